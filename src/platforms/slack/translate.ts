// Slack payloads -> Requests: slash-command text is parsed like a chat command line (`preset:mazur view:all`),
// a shortcut's message and a modal's text arrive as the request's text.
import { localeWritten, parseCommandLine } from '../../dispatch/command-line.js';
import { isNetworkKey } from '../../dispatch/run-command-line.js';
import { optionInfos, type Command } from '../../dispatch/define-command.js';
import { userErrorReply } from '../../dispatch/dispatcher.js';
import type { Locale, Reply, Request } from '../../dispatch/types.js';

/** Slack escapes these three in every text it sends us. */
export function unescapeSlack(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function localeOf(options: Request['options'], defaultLocale: Locale): Locale {
  return options.lang === 'fa' || options.lang === 'en' ? options.lang : defaultLocale;
}

export function slackUser(id: string, name: string | undefined): Request['user'] {
  return name ? { id, name } : { id };
}

/** `/backprop preset:mazur view:all` (Slack gives us only the text after the command). */
export function slashToRequest(
  text: string,
  commandName: string,
  user: Request['user'],
  commands: readonly Command[],
  defaultLocale: Locale,
): { request: Request } | { reply: Reply } {
  const find = (name: string) => commands.find((c) => c.name === name);
  const parsed = parseCommandLine(
    `/${commandName} ${unescapeSlack(text)}`,
    (name) => {
      const command = find(name);
      return command ? optionInfos(command).map((o) => o.name) : undefined;
    },
    (name) => find(name)?.firstOption,
    isNetworkKey,
  );
  if (!parsed.ok) return { reply: userErrorReply(parsed.error, localeWritten(text) ?? defaultLocale) };
  const options: Request['options'] = { ...parsed.value.options };
  const request: Request = { command: commandName, options, user, locale: localeOf(options, defaultLocale) };
  if (parsed.value.text !== undefined) request.text = parsed.value.text;
  return { request };
}

/** A request whose network is given as text (a modal, a message): the options ride along. */
export function textRequest(
  commandName: string,
  options: Request['options'],
  text: string,
  user: Request['user'],
  defaultLocale: Locale,
): Request {
  return {
    command: commandName,
    options,
    text: unescapeSlack(text),
    user,
    locale: localeOf(options, defaultLocale),
  };
}
