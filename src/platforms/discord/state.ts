// Stateless modals and buttons, for any command's declared interactions: the custom_id (≤ 100 characters) names
// the command and the button, and holds the state when it fits; a long state (a network) travels in an embed of
// the message itself, so any instance can answer a click.
import type { ButtonState, ReplyButtons } from '../../dispatch/interactions.js';
import { decodeState, encodeState } from '../../dispatch/interactions.js';
import type { Locale } from '../../dispatch/types.js';
import type { DiscordEmbed, DiscordMessage } from './payload.js';

/** Discord's limit on every custom_id. */
export const CUSTOM_ID_MAX = 100;
/** The custom_id's state part when the state rides in the message's embed. */
const IN_MESSAGE = '@';
/** Embed descriptions hold ≤ 4096 characters; leave room for the code fence. */
const MAX_BODY_LENGTH = 4000;

const NAME = /^[a-z0-9-]+$/;

/** `m:<command>:<kept options>`; the kept options are dropped when they would pass 100 characters. */
export function modalCustomId(command: string, kept: ButtonState): string {
  const id = `m:${command}:${encodeState(kept)}`;
  return id.length <= CUSTOM_ID_MAX ? id : `m:${command}:`;
}

export function parseModalCustomId(customId: string): { command: string; kept: ButtonState } | undefined {
  const [prefix, command, ...rest] = customId.split(':');
  if (prefix !== 'm' || !command || !NAME.test(command)) return undefined;
  return { command, kept: decodeState(rest.join(':')) };
}

/** A button's custom_id with its state, or undefined when the state must travel in the message. */
export function buttonCustomId(command: string, button: string, state?: ButtonState): string | undefined {
  const id = `b:${command}:${button}:${state ? encodeState(state) : IN_MESSAGE}`;
  return id.length <= CUSTOM_ID_MAX ? id : undefined;
}

export interface ParsedButton {
  command: string;
  button: string;
  /** Undefined: read it from the message's embed. */
  state?: ButtonState;
}

export function parseButtonCustomId(customId: string): ParsedButton | undefined {
  const [prefix, command, button, ...rest] = customId.split(':');
  if (prefix !== 'b' || !command || !button || !NAME.test(command) || !NAME.test(button)) return undefined;
  const state = rest.join(':');
  return state === IN_MESSAGE ? { command, button } : { command, button, state: decodeState(state) };
}

/** The embed that shows a reply's state under its text: the body value in a code block, the rest as a footer. */
export function stateEmbed(
  declared: ReplyButtons,
  state: ButtonState,
  locale: Locale,
): DiscordEmbed | undefined {
  const bodyName = declared.stateBody;
  const body = bodyName ? state[bodyName] : undefined;
  // A body may span lines (/check's setup and answers); only a fence inside would end the code block early.
  if (body === undefined || body.length > MAX_BODY_LENGTH || body.includes('```')) return undefined;
  const rest = Object.entries(state)
    .filter(([name]) => name !== bodyName)
    .map(([name, value]) => `${name}:${value}`);
  if (rest.some((entry) => /\s/.test(entry))) return undefined;
  const embed: DiscordEmbed = { description: '```\n' + body + '\n```' };
  if (declared.stateTitle) embed.title = declared.stateTitle[locale];
  if (rest.length > 0) embed.footer = { text: rest.join(' ') };
  return embed;
}

/** Reads a reply's state back from its message; undefined when the embed is gone. */
export function readState(
  declared: ReplyButtons,
  message: DiscordMessage | undefined,
): ButtonState | undefined {
  const bodyName = declared.stateBody;
  if (!bodyName) return undefined;
  const embed = message?.embeds?.find((e) => e.description?.startsWith('```'));
  const body = /^```\n([\s\S]*)\n```$/.exec(embed?.description ?? '')?.[1]?.trim();
  if (!body) return undefined;
  const state: ButtonState = { [bodyName]: body };
  for (const token of (embed?.footer?.text ?? '').split(/\s+/)) {
    const at = token.indexOf(':');
    if (at > 0 && at < token.length - 1) state[token.slice(0, at)] = token.slice(at + 1);
  }
  return state;
}
