// A typed command line (`/backprop preset:mazur`) through the same dispatcher the chat platforms use.
import { classifyKey } from '../definition/keys.js';
import { localeWritten, parseCommandLine } from './command-line.js';
import { optionInfos, type Command } from './define-command.js';
import { dispatch, findCommand, userErrorReply, type DispatchOptions } from './dispatcher.js';
import { registeredCommands } from './registry.js';
import type { Deps, Locale, Reply, Request } from './types.js';

export interface CommandLineContext {
  locale: Locale;
  user?: Request['user'];
  /** Where exercises live for this caller (`playground`, `cli`). */
  place?: string;
  /** A body from elsewhere (a file given with --text-file); lines after the command line win over it. */
  text?: string;
  /**
   * Options filled in when the command has them and the user did not give them (the playground's language and
   * theme switches, which go before the place's /settings); never into /settings, whose options set those.
   */
  defaults?: Record<string, string>;
}

export function parseLine(line: string, commands: readonly Command[]) {
  return parseCommandLine(
    line,
    (name) => {
      const command = findCommand(name, commands);
      return command ? optionInfos(command).map((info) => info.name) : undefined;
    },
    (name) => findCommand(name, commands)?.firstOption,
    isNetworkKey,
  );
}

/** A `name:value` word that is a key of the definition language (`layers:2-2-1`, `w1:0.15`), not a mistyped option. */
export function isNetworkKey(name: string): boolean {
  return classifyKey(name) !== undefined;
}

export async function runCommandLine(
  line: string,
  context: CommandLineContext,
  deps: Deps,
  options: DispatchOptions = {},
): Promise<Reply> {
  const commands = options.commands ?? (await registeredCommands());
  const parsed = parseLine(line, commands);
  if (!parsed.ok) return userErrorReply(parsed.error, localeWritten(line) ?? context.locale);
  const { command, options: given, text } = parsed.value;
  const known = findCommand(command, commands);
  const defaults = Object.fromEntries(
    Object.entries(context.defaults ?? {}).filter(
      ([name]) =>
        known !== undefined &&
        !known.ignoresPlaceDefaults &&
        optionInfos(known).some((info) => info.name === name) &&
        !(name in given),
    ),
  );
  const body = text ?? context.text;
  const request: Request = {
    command,
    options: { ...defaults, ...given },
    ...(body !== undefined ? { text: body } : {}),
    user: context.user ?? { id: 'local' },
    locale: context.locale,
    ...(context.place !== undefined ? { place: context.place } : {}),
  };
  return dispatch(request, deps, { ...options, commands });
}
