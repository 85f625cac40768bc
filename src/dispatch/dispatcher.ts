// The one place where errors become replies: find the command, check its options, run it, never throw.
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { z } from 'zod';
import { UserFacingError, type UserError } from '../errors.js';
import { fitSections } from '../text/fit-message.js';
import { t } from '../text/i18n.js';
import { layOutReply } from '../text/reply-direction.js';
import { CHAT_MESSAGE_LIMIT } from '../text/limits.js';
import { formatUserErrors } from '../text/user-errors.js';
import { didYouMean } from '../did-you-mean.js';
import { defaultsLookup } from '../settings/defaults-cache.js';
import { withPlaceDefaults } from '../settings/place-defaults.js';
import { optionInfos, type Command, type OptionInfo } from './define-command.js';
import { registeredCommands } from './registry.js';
import type { Source } from './fair-queue.js';
import type { Deps, Locale, Reply, Request } from './types.js';
import type { DispatchTicket } from './worker-pool.js';

/** A command may take this long (rendering included) before the user gets a "took too long" reply. */
export const DEFAULT_TIME_LIMIT_MS = 20_000;

export interface DispatchOptions {
  commands?: readonly Command[];
  timeLimitMs?: number;
  /** When set, commands run on its worker threads (src/dispatch/worker-pool.ts) instead of here. */
  pool?: { dispatch(request: Request, ticket?: DispatchTicket): Promise<Reply> };
  /** Where the request came from (the pool's fair queue serves the chat platforms before the playground). */
  source?: Source;
  /** Aborted when the client went away: a command still waiting for a worker is dropped. */
  signal?: AbortSignal;
  /**
   * Runs a command that uses the database in the process that has it, when this one has none (a Discord shard:
   * its manager, src/platforms/discord/manager-link.ts).
   */
  storeElsewhere?: (request: Request) => Promise<Reply>;
}

export function findCommand(name: string, commands: readonly Command[]): Command | undefined {
  const wanted = name.replace(/^\//, '').trim().toLowerCase();
  return commands.find((command) => command.name === wanted);
}

/**
 * `lang:fa` on the command wins, then the place's default (/settings), then the platform's locale; for errors as
 * well as for the answer.
 */
export function effectiveLocale(request: Request): Locale {
  const lang = request.options?.lang;
  if (lang === 'fa' || lang === 'en') return lang;
  if (request.defaults?.lang) return request.defaults.lang;
  return request.locale === 'fa' ? 'fa' : 'en';
}

/** "That took too long": a command stopped at its time limit (/check has no `steps` to suggest fewer of). */
export function timeoutReply(locale: Locale, timeLimitMs: number, command?: string): Reply {
  const id = command?.replace(/^\//, '') === 'check' ? 'commands.timeout_check' : 'commands.timeout';
  return {
    text: t(locale, id, { seconds: Math.round(timeLimitMs / 1000) }),
    kind: 'user-error',
    visibility: 'private',
  };
}

/** "Something went wrong (reference ab12cd)": the full error is logged under that reference. */
export function internalErrorReply(locale: Locale, reference: string): Reply {
  return {
    text: t(locale, 'commands.internal_error', { reference }),
    kind: 'user-error',
    visibility: 'private',
    reference,
  };
}

const TRUE_WORDS = new Set(['true', 'yes', 'on', '1', 'بله']);
const FALSE_WORDS = new Set(['false', 'no', 'off', '0', 'خیر']);

/** Platforms and the command line hand over strings; turn them into what each option declares. */
function coerce(value: string | number | boolean, info: OptionInfo): unknown {
  if (info.kind === 'string' || info.kind === 'attachment') {
    const text = String(value).trim();
    return info.choices ? text.toLowerCase() : text;
  }
  if (typeof value !== 'string') return value;
  const text = value.trim().toLowerCase();
  if (info.kind === 'boolean') {
    if (TRUE_WORDS.has(text)) return true;
    if (FALSE_WORDS.has(text)) return false;
    return value;
  }
  return /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?$/.test(text) ? Number(text) : value;
}

function optionError(
  id: string,
  option: string,
  params: Record<string, string | number>,
  value?: unknown,
): UserError {
  const shown = value === undefined ? '' : String(value);
  const allParams = { option, value: shown, ...params };
  return {
    id,
    message: `${id} (${option}=${shown})`,
    params: allParams,
    location: { field: option },
  };
}

/** A zod issue as a typed error located by the option's name. */
function issueToError(
  issue: z.core.$ZodIssue,
  infos: OptionInfo[],
  input: Record<string, unknown>,
): UserError {
  const option = String(issue.path[0] ?? '');
  const info = infos.find((i) => i.name === option);
  const value = input[option];
  if (value === undefined) return optionError('commands.option_missing', option, {});
  switch (issue.code) {
    case 'invalid_value': {
      const choices = (info?.choices ?? issue.values.map(String)).map((c) => `\`${c}\``).join(', ');
      const suggestion = didYouMean(String(value), info?.choices ?? []);
      return optionError(
        'commands.option_not_choice',
        option,
        { choices, ...(suggestion ? { suggestion } : {}) },
        value,
      );
    }
    case 'invalid_type': {
      const id =
        info?.kind === 'integer' || issue.expected === 'int'
          ? 'commands.option_not_integer'
          : info?.kind === 'number'
            ? 'commands.option_not_number'
            : info?.kind === 'boolean'
              ? 'commands.option_not_boolean'
              : 'commands.option_invalid';
      return optionError(id, option, {}, value);
    }
    case 'too_small':
      return issue.origin === 'string'
        ? optionError('commands.option_invalid', option, {}, value)
        : optionError('commands.option_too_small', option, { min: String(issue.minimum) }, String(value));
    case 'too_big':
      return issue.origin === 'string'
        ? optionError(
            'commands.option_too_long',
            option,
            { max: String(issue.maximum), length: String(value).length },
            undefined,
          )
        : optionError('commands.option_too_big', option, { max: String(issue.maximum) }, String(value));
    default:
      return optionError('commands.option_invalid', option, {}, value);
  }
}

/** Checks and converts a request's options against the command's schema, or says what is wrong with each. */
export function validateOptions(
  command: Command,
  options: Request['options'],
): { ok: true; value: Record<string, unknown> } | { ok: false; error: UserError[] } {
  const infos = optionInfos(command);
  const errors: UserError[] = [];
  const input: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(options)) {
    const info = infos.find((i) => i.name === name.toLowerCase());
    if (!info) {
      const suggestion = didYouMean(
        name,
        infos.map((i) => i.name),
      );
      errors.push({
        id: 'commands.unknown_option',
        message: `/${command.name} has no option ${name}`,
        params: { command: command.name, option: name, ...(suggestion ? { suggestion } : {}) },
        location: { field: name },
      });
      continue;
    }
    input[info.name] = coerce(value, info);
  }
  const parsed = command.options.safeParse(input);
  if (!parsed.success) errors.push(...parsed.error.issues.map((issue) => issueToError(issue, infos, input)));
  return errors.length > 0
    ? { ok: false, error: errors }
    : { ok: true, value: parsed.data as Record<string, unknown> };
}

function isUserError(value: unknown): value is UserError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as UserError).id === 'string' &&
    typeof (value as UserError).message === 'string'
  );
}

/** Typed errors a command may throw: UserFacingError, one UserError or a list of them. */
function userErrorsOf(thrown: unknown): UserError[] | undefined {
  if (thrown instanceof UserFacingError) return thrown.errors;
  if (isUserError(thrown)) return [thrown];
  if (Array.isArray(thrown) && thrown.length > 0 && thrown.every(isUserError)) return thrown;
  return undefined;
}

export function userErrorReply(errors: readonly UserError[], locale: Locale): Reply {
  return { text: formatUserErrors(errors, locale), kind: 'user-error', visibility: 'private' };
}

/**
 * A safety net for commands that do not build their text to fit: an over-long reply keeps its whole
 * first lines, and the full text travels as a file (Discord rejects messages over 2000 characters).
 */
function fitReply(reply: Reply, locale: Locale, deps: Deps): Reply {
  if (reply.text.length <= CHAT_MESSAGE_LIMIT) return reply;
  quietly(() =>
    deps.log.warn({ length: reply.text.length }, 'reply text over the chat limit: moved to a file'),
  );
  const name = 'reply.md';
  const [first = '', ...rest] = reply.text.split('\n');
  const text = fitSections(
    [
      {
        lines: [first, ...rest],
        droppableRows: true,
        required: true,
        more: () => t(locale, 'commands.reply_continued', { file: name }),
      },
    ],
    CHAT_MESSAGE_LIMIT,
  );
  return { ...reply, text, files: [...(reply.files ?? []), { name, content: reply.text }] };
}

class TimeLimitExceeded extends Error {}

/** Logging must never turn an answer into a failure. */
function quietly(log: () => void): void {
  try {
    log();
  } catch {
    // The log sink is down; the user still gets the reply.
  }
}

function withTimeLimit<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeLimitExceeded()), ms);
    timer.unref();
  });
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}

/**
 * Runs a request and always answers: a typed user error becomes a located message in the user's
 * language; anything unexpected becomes "something went wrong (reference ab12cd)", logged in full.
 * With `options.pool` the request runs on a worker thread, whose pool stops a command over the time
 * limit; in-process, the limit can only interrupt asynchronous work (rendering), and the synchronous
 * maths is bounded by the core's LIMITS and /backprop's training cap.
 */
export async function dispatch(received: Request, deps: Deps, options: DispatchOptions = {}): Promise<Reply> {
  const request = await withDefaultsOfPlace(received, deps);
  // A command that uses the database runs here, where the one store connection is; the others on the pool.
  const usesStore =
    (options.pool !== undefined || options.storeElsewhere !== undefined) &&
    findCommand(request.command, options.commands ?? (await registeredCommands()))?.usesStore;
  if (usesStore && !deps.store && options.storeElsewhere)
    return layOutReply(
      await storedElsewhere(request, options.storeElsewhere, deps),
      effectiveLocale(request),
    );
  const onPool = options.pool !== undefined && !usesStore;
  const ticket = {
    ...(options.source ? { source: options.source } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  };
  const pool = options.pool;
  const reply = onPool
    ? await pool!.dispatch(request, ticket)
    : await answer(
        request,
        // A command held here for the store sends its CPU work to the pool (see Deps.offload).
        pool ? { ...deps, offload: (work: Request) => pool.dispatch(work, ticket) } : deps,
        options,
      );
  return layOutReply(reply, effectiveLocale(request));
}

/** The process with the database answers; if it cannot be reached, the user is told so politely (and it is logged). */
async function storedElsewhere(
  request: Request,
  run: (request: Request) => Promise<Reply>,
  deps: Deps,
): Promise<Reply> {
  try {
    return await run(request);
  } catch (error) {
    const reference = randomBytes(3).toString('hex');
    deps.log.error(
      { err: error, reference, command: request.command },
      'the process with the database did not answer',
    );
    return internalErrorReply(effectiveLocale(request), reference);
  }
}

/** The place's defaults travel with the request, read here where the database is (a worker has none). */
async function withDefaultsOfPlace(request: Request, deps: Deps): Promise<Request> {
  const lookup = defaultsLookup(deps);
  if (request.defaults !== undefined || !lookup || request.place === undefined) return request;
  return { ...request, defaults: await lookup(request.place) };
}

async function answer(request: Request, deps: Deps, options: DispatchOptions): Promise<Reply> {
  const timeLimitMs = options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
  const locale = effectiveLocale(request);
  try {
    const commands = options.commands ?? (await registeredCommands());
    const command = findCommand(request.command, commands);
    if (!command) {
      const name = request.command.replace(/^\//, '');
      const suggestion = didYouMean(
        name,
        commands.map((c) => c.name),
      );
      return userErrorReply(
        [
          {
            id: 'commands.unknown_command',
            message: `unknown command /${name}`,
            params: { command: name, ...(suggestion ? { suggestion: `/${suggestion}` } : {}) },
          },
        ],
        locale,
      );
    }
    const given = command.ignoresPlaceDefaults
      ? request.options
      : withPlaceDefaults(
          request.options,
          optionInfos(command).map((info) => info.name),
          request.defaults,
        );
    const validated = validateOptions(command, given);
    if (!validated.ok) return userErrorReply(validated.error, locale);
    const parsedRequest = { ...request, locale, options: validated.value };
    const started = performance.now();
    const reply = await withTimeLimit(command.run(parsedRequest, deps), timeLimitMs);
    // One line per answered command: what ran, how it ended and how long it took (no user text).
    quietly(() =>
      deps.log.info(
        {
          command: command.name,
          kind: reply.kind ?? 'ok',
          ms: Math.round(performance.now() - started),
          user: request.user.id,
        },
        'command answered',
      ),
    );
    return fitReply(layOutReply(reply, locale), locale, deps);
  } catch (thrown) {
    const userErrors = userErrorsOf(thrown);
    if (userErrors) return userErrorReply(userErrors, locale);
    if (thrown instanceof TimeLimitExceeded) {
      quietly(() =>
        deps.log.warn({ command: request.command, timeLimitMs }, 'command exceeded its time limit'),
      );
      return timeoutReply(locale, timeLimitMs, request.command);
    }
    const reference = randomBytes(3).toString('hex');
    try {
      deps.log.error(
        { err: thrown, reference, command: request.command, options: request.options, user: request.user.id },
        'command failed',
      );
    } catch {
      // A failing logger must not turn a polite reply into a crash.
    }
    return internalErrorReply(locale, reference);
  }
}
