// The Bolt app: slash commands, the "Run backprop" message shortcut and the definition modal.
// ack() comes first every time; the work then runs from a queue and its reply goes out through send.ts.
import { App, HTTPReceiver, LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Command } from '../../dispatch/define-command.js';
import {
  decodeState,
  encodeState,
  shownButtons,
  keptOptions,
  modalRequestParts,
  stateOptions,
  visibleFields,
  type ButtonState,
  type ModalDeclaration,
} from '../../dispatch/interactions.js';
import type { Locale, Logger, Reply, Request } from '../../dispatch/types.js';
import { placeLocale, withPlaceLanguage, type DefaultsLookup } from '../../settings/request-language.js';
import { t } from '../../text/i18n.js';
import { readAttachedText } from '../attached-file.js';
import { definitionInMessage, downloadText, type MessageFile } from '../message-definition.js';
import type { Limiter } from '../rate-limit.js';
import type { WorkQueue } from '../work-queue.js';
import { slashNames, type SlackConfig } from './config.js';
import { isSlackFileUrl } from './file-host.js';
import { markdownToMrkdwn } from './mrkdwn.js';
import { sendReply, type SlackTarget } from './send.js';
import { slackRoles } from './roles.js';
import { slackUser, slashToRequest, textRequest } from './translate.js';

export const SLACK_EVENTS_PATH = '/slack/events';
export const RUN_BACKPROP_SHORTCUT = 'run_backprop';
/** A declared modal's callback_id is `modal:<command>`; a declared button's action_id `b:<command>:<button>`. */
const MODAL_CALLBACK = /^modal:([a-z0-9-]+)$/;
const BUTTON_ACTION = /^b:([a-z0-9-]+):([a-z0-9-]+)$/;
/** Slack's limits: a plain-text input ≤ 3000 characters, a button value ≤ 2000, its text ≤ 75, a title ≤ 24. */
const INPUT_MAX = 3000;
const BUTTON_VALUE_MAX = 2000;

export interface SlackRuntime {
  config: SlackConfig;
  commands: readonly Command[];
  dispatch: (request: Request) => Promise<Reply>;
  /** A workspace's defaults (/settings): its language goes before the configured one in modals and notices. */
  placeDefaults?: DefaultsLookup;
  limiter: Limiter;
  /** False while the process stops: new commands are answered "restarting, try again in a moment". */
  accepting?: () => boolean;
  /** Counts a command refused because the process is stopping (metrics). */
  onRestartingRefusal?: () => void;
  log: Logger;
  queue: WorkQueue;
  /** Sees every queued follow-up (tests and the load bench await them). */
  track?: (work: Promise<void>) => void;
}

/** Bolt's logger interface over ours, so Bolt's warnings land in the structured log. */
function boltLogger(log: Logger): BoltLogger {
  let level = LogLevel.INFO;
  const join = (parts: unknown[]) => parts.map((p) => (p instanceof Error ? p.message : String(p))).join(' ');
  return {
    debug: () => {},
    info: (...parts) => log.info({ source: 'bolt' }, join(parts)),
    warn: (...parts) => log.warn({ source: 'bolt' }, join(parts)),
    error: (...parts) => log.error({ source: 'bolt' }, join(parts)),
    setLevel: (next) => (level = next),
    getLevel: () => level,
    setName: () => {},
  };
}

async function rateLimitText(
  runtime: SlackRuntime,
  user: string,
  channel: string,
  locale: Locale,
): Promise<string | undefined> {
  if (runtime.accepting && !runtime.accepting()) {
    runtime.onRestartingRefusal?.();
    return t(locale, 'runtime.restarting');
  }
  const wait = await runtime.limiter.check(user, channel);
  if (wait === 0) return undefined;
  const seconds = Number.isFinite(wait) ? Math.max(1, Math.ceil(wait / 1000)) : 60;
  return t(locale, 'platforms.rateLimited', { seconds });
}

/** A command's declared modal as a Slack view; the channel and the kept options ride in private_metadata. */
function declaredView(
  command: string,
  modal: ModalDeclaration,
  channel: string,
  options: Request['options'],
  locale: Locale,
): object {
  return {
    type: 'modal',
    callback_id: `modal:${command}`,
    private_metadata: JSON.stringify({ channel, options: keptOptions(modal, options) }),
    title: { type: 'plain_text', text: modal.title[locale].slice(0, 24) },
    submit: { type: 'plain_text', text: t(locale, 'platforms.modalSubmit') },
    blocks: [
      ...visibleFields(modal, options).map((field) => {
        const initial = field.initial?.(options, locale);
        return {
          type: 'input',
          block_id: field.id,
          // With a file input beside it, either one gives the text.
          optional: (field.optional ?? false) || modal.file !== undefined,
          label: { type: 'plain_text', text: field.label[locale].slice(0, 2000) },
          element: {
            type: 'plain_text_input',
            action_id: field.id,
            multiline: true,
            max_length: INPUT_MAX,
            ...(field.placeholder ? { placeholder: { type: 'plain_text', text: field.placeholder } } : {}),
            ...(initial !== undefined && initial.length <= INPUT_MAX ? { initial_value: initial } : {}),
          },
        };
      }),
      ...(modal.file
        ? [
            {
              type: 'input',
              block_id: modal.file.id,
              optional: true,
              label: { type: 'plain_text', text: modal.file.label[locale].slice(0, 2000) },
              // Block Kit's file input (scope files:read); the type is checked again when it is read.
              element: {
                type: 'file_input',
                action_id: modal.file.id,
                filetypes: ['txt', 'md', 'csv', 'json'],
                max_files: 1,
              },
            },
          ]
        : []),
    ],
  };
}

/** A file a modal's file input received, as view_submission carries it. */
interface UploadedFile {
  name?: string;
  mimetype?: string;
  size?: number;
  url_private_download?: string;
  url_private?: string;
}

/** The buttons a command declares under a successful reply, the state in each button's value. */
function declaredButtonBlocks(
  command: Command | undefined,
  request: Request,
  reply: Reply,
  log: Logger,
): object[] {
  const declared = command?.interactions?.buttons;
  if (!declared || reply.kind === 'user-error') return [];
  let state: ButtonState | undefined;
  try {
    state = declared.state(request, reply);
  } catch (error) {
    log.warn({ err: error, command: request.command }, 'button state could not be built');
  }
  const value = state && encodeState(state);
  if (!state || value === undefined || value.length > BUTTON_VALUE_MAX) return [];
  const elements = shownButtons(declared, state)
    .slice(0, 25)
    .map((button) => ({
      type: 'button',
      action_id: `b:${request.command}:${button.id}`,
      text: { type: 'plain_text', text: button.label[request.locale].slice(0, 75) },
      value,
      ...(button.style === 'danger' || button.style === 'primary' ? { style: button.style } : {}),
      ...(!button.style && button.pressed?.(state) ? { style: 'primary' } : {}),
    }));
  return [{ type: 'actions', elements }];
}

/** The host of a URL for the log (never the path: it may carry a file's secret name). */
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '(not a URL)';
  }
}

/**
 * Each Web API call is retried at most twice (after 0.5 s and 1 s) and waits at most 10 s for an answer:
 * the client's default retries for about 20 minutes, holding its reply (and, before, a queue slot) all along.
 */
export const SLACK_DELIVERY_LIMITS = {
  retryConfig: { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 1000, randomize: false },
  timeout: 10_000,
};

export interface SlackApp {
  app: App;
  /** HTTP mode only: mount `receiver.requestListener` on POST /slack/events. */
  receiver?: HTTPReceiver;
}

/** Exercises and the defaults of /settings belong to a workspace. */
const placeOf = (team: string | undefined): string => `slack:${team ?? 'workspace'}`;

export function createSlackApp(runtime: SlackRuntime): SlackApp {
  const { config, log } = runtime;
  const logger = boltLogger(log);
  const clientOptions = {
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
    ...SLACK_DELIVERY_LIMITS,
  };
  let receiver: HTTPReceiver | undefined;
  let app: App;
  if (config.mode === 'socket') {
    app = new App({
      token: config.botToken,
      appToken: config.appToken!,
      socketMode: true,
      clientOptions,
      // The Socket Mode client calls apps.connections.open with a Web API client of its own.
      installerOptions: { clientOptions },
      logger,
    });
  } else {
    receiver = new HTTPReceiver({
      signingSecret: config.signingSecret!,
      endpoints: SLACK_EVENTS_PATH,
      logger,
    });
    app = new App({ token: config.botToken, receiver, clientOptions, logger });
  }

  /**
   * Computes in a queue slot, then delivers outside it: a channel whose posts fail (and are retried a bounded
   * number of times) holds no slot, so it never delays another channel's answer.
   */
  const later = (compute: () => Promise<() => Promise<void>>) => {
    const running = runtime.queue
      .run(compute)
      .then((deliver) => deliver())
      .catch((error: unknown) => log.error({ err: error }, 'slack follow-up failed'));
    runtime.track?.(running);
  };
  const findCommand = (name: string) => runtime.commands.find((command) => command.name === name);
  /** The workspace's language (its /settings default, else the configured one), for what comes before a request. */
  const workspaceLocale = (team: string | undefined) =>
    placeLocale(placeOf(team), runtime.placeDefaults, config.defaultLocale);
  /** The request in its workspace, with the defaults attached: its locale is the answer's (the user's lang: first). */
  const inWorkspace = (request: Request, team: string | undefined) =>
    withPlaceLanguage({ ...request, place: placeOf(team) }, runtime.placeDefaults);
  let roleOf: ((userId: string) => Promise<'ta' | 'student'>) | undefined;
  const answer = (
    client: App['client'],
    target: SlackTarget,
    request: Request,
    team?: string,
    /** Work before the command, after the acknowledgement (downloading a modal's file). */
    prepare?: () => Promise<Request | { refusal: Reply }>,
  ) =>
    later(async () => {
      if (prepare) {
        const ready = await prepare();
        if ('refusal' in ready) return () => sendReply(client, target, ready.refusal, request.locale, log);
        request = ready;
      }
      request = await inWorkspace(request, team);
      if (findCommand(request.command)?.usesStore) {
        roleOf ??= slackRoles(client, config.taUsergroup, log);
        request.user.role = await roleOf(request.user.id);
      }
      const reply = await runtime.dispatch(request);
      const buttons = declaredButtonBlocks(findCommand(request.command), request, reply, log);
      return () => sendReply(client, target, reply, request.locale, log, buttons);
    });

  const names = slashNames(
    runtime.commands.map((command) => command.name),
    config.commandOverrides,
  );
  for (const [commandName, slashName] of Object.entries(names)) {
    app.command(slashName, async ({ command, ack, respond, client }) => {
      runtime.queue.noteArrival();
      const user = slackUser(command.user_id, command.user_name);
      const translated = slashToRequest(
        command.text ?? '',
        commandName,
        user,
        runtime.commands,
        await workspaceLocale(command.team_id),
      );
      if ('reply' in translated) {
        await ack({ response_type: 'ephemeral', text: markdownToMrkdwn(translated.reply.text) });
        return;
      }
      const request = await inWorkspace(translated.request, command.team_id);
      const modal = findCommand(commandName)?.interactions?.modal;
      if (modal && request.text === undefined && modal.opensWhen(request.options)) {
        await ack();
        try {
          const view = declaredView(commandName, modal, command.channel_id, request.options, request.locale);
          await client.views.open({ trigger_id: command.trigger_id, view: view as never });
        } catch (error) {
          log.error({ err: error }, 'slack views.open failed');
        }
        return;
      }
      const limited = await rateLimitText(runtime, user.id, command.channel_id, request.locale);
      if (limited) {
        await ack({ response_type: 'ephemeral', text: limited });
        return;
      }
      await ack();
      answer(client, { channel: command.channel_id, user: user.id, respond }, request, command.team_id);
    });
  }

  app.view(MODAL_CALLBACK, async ({ ack, view, body, client }) => {
    runtime.queue.noteArrival();
    const commandName = MODAL_CALLBACK.exec(view.callback_id)?.[1] ?? '';
    const modal = findCommand(commandName)?.interactions?.modal;
    const { channel, options } = JSON.parse(view.private_metadata || '{}') as {
      channel?: string;
      options?: ButtonState;
    };
    const user = slackUser(body.user.id, body.user.name);
    if (!modal) {
      await ack();
      return;
    }
    const values: Record<string, string | undefined> = {};
    for (const field of modal.fields) {
      const value = view.state.values[field.id]?.[field.id]?.value;
      if (typeof value === 'string') values[field.id] = value;
    }
    const parts = modalRequestParts(modal, stateOptions(options ?? {}), values);
    const request = await inWorkspace(
      textRequest(commandName, parts.options, parts.text ?? '', user, config.defaultLocale),
      body.team?.id,
    );
    const file: UploadedFile | undefined = modal.file
      ? view.state.values[modal.file.id]?.[modal.file.id]?.files?.[0]
      : undefined;
    // A typed solution wins; the file is read only when the text fields were left empty.
    const fromFile =
      file && (request.text ?? '').trim() === ''
        ? async (): Promise<Request | { refusal: Reply }> => {
            const url = file.url_private_download ?? file.url_private ?? '';
            if (!isSlackFileUrl(url, config.apiUrl))
              log.warn({ host: hostOf(url) }, 'slack file URL is not on a Slack file host: not downloaded');
            const read = await readAttachedText(
              {
                name: file.name ?? 'file',
                size: file.size ?? 0,
                ...(file.mimetype ? { contentType: file.mimetype } : {}),
                url,
              },
              {
                allowed: (candidate) => isSlackFileUrl(candidate, config.apiUrl),
                // Slack files need the bot token (scope files:read); it goes only to Slack's file hosts.
                headers: { Authorization: `Bearer ${config.botToken}` },
              },
              request.locale,
            );
            return 'refusal' in read ? read : { ...request, text: read.text };
          }
        : undefined;
    const limited = await rateLimitText(runtime, user.id, channel ?? user.id, request.locale);
    if (limited) {
      const first = visibleFields(modal, parts.options)[0]?.id ?? modal.fields[0]?.id ?? 'text';
      await ack({ response_action: 'errors', errors: { [first]: limited } });
      return;
    }
    await ack();
    answer(client, { channel: channel ?? user.id, user: user.id }, request, body.team?.id, fromFile);
  });

  app.action(BUTTON_ACTION, async ({ ack, action, body, respond, client }) => {
    await ack();
    runtime.queue.noteArrival();
    const [, commandName = '', buttonId = ''] =
      BUTTON_ACTION.exec((action as { action_id: string }).action_id) ?? [];
    const declared = findCommand(commandName)?.interactions?.buttons;
    const button = declared?.buttons.find((b) => b.id === buttonId);
    const user = slackUser(body.user.id, (body.user as { username?: string }).username ?? body.user.name);
    const channel = (body as { channel?: { id?: string } }).channel?.id ?? user.id;
    if (!button) return;
    const state = decodeState(String((action as { value?: string }).value ?? ''));
    const options = button.click(state);
    const team = body.team?.id;
    const request = await inWorkspace(
      {
        command: commandName,
        options,
        user,
        locale: options.lang === 'fa' || options.lang === 'en' ? options.lang : config.defaultLocale,
      },
      team,
    );
    const limited = await rateLimitText(runtime, user.id, channel, request.locale);
    if (limited) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: limited });
      return;
    }
    answer(
      client,
      { channel, user: user.id, respond, replaceOriginal: button.answer === 'replace' },
      request,
      team,
    );
  });

  app.shortcut(
    { callback_id: RUN_BACKPROP_SHORTCUT, type: 'message_action' },
    async ({ ack, shortcut, respond, client }) => {
      await ack();
      const user = slackUser(shortcut.user.id, shortcut.user.username ?? shortcut.user.name);
      const target: SlackTarget = { channel: shortcut.channel.id, user: user.id, respond };
      const team = shortcut.team?.id;
      const locale = await workspaceLocale(team);
      const limited = await rateLimitText(runtime, user.id, target.channel, locale);
      if (limited) {
        await respond({ response_type: 'ephemeral', text: limited });
        return;
      }
      const message = shortcut.message as {
        text?: string;
        files?: {
          name: string;
          size: number;
          mimetype?: string;
          url_private_download?: string;
          url_private?: string;
        }[];
      };
      const files: MessageFile[] = (message.files ?? []).map((file) => ({
        name: file.name,
        size: file.size,
        ...(file.mimetype ? { contentType: file.mimetype } : {}),
        // Slack files need the bot token to download (scope files:read).
        download: async () => {
          const url = file.url_private_download ?? file.url_private ?? '';
          if (!isSlackFileUrl(url, config.apiUrl)) {
            log.warn({ host: hostOf(url) }, 'slack file URL is not on a Slack file host: not downloaded');
            throw new Error('not a Slack file host');
          }
          return downloadText(url, { Authorization: `Bearer ${config.botToken}` });
        },
      }));
      later(async () => {
        const found = await definitionInMessage(message.text, files, locale);
        if ('error' in found) {
          const refusal: Reply = { text: found.error, kind: 'user-error', visibility: 'private' };
          return () => sendReply(client, target, refusal, locale, log);
        }
        const request = await inWorkspace(textRequest('backprop', {}, found.text, user, locale), team);
        const reply = await runtime.dispatch(request);
        return () => sendReply(client, target, reply, request.locale, log);
      });
    },
  );

  app.error(async (error) => {
    log.error({ err: error }, 'slack app error');
  });

  return receiver ? { app, receiver } : { app };
}
