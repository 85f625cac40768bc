// Stateless buttons: the network and options of a reply travel inside the message itself (an embed),
// and each button's custom_id (≤ 100 chars) only names what to change, so any instance can answer a click.
import type { Locale, Request } from '../../dispatch/types.js';
import { t } from '../../text/i18n.js';
import type { DiscordEmbed, DiscordMessage } from './payload.js';

export const VIEWS = ['forward', 'backward', 'update'] as const;
export type View = (typeof VIEWS)[number];

/** What a button asks for; parsed from its custom_id. */
export type ButtonAction = { kind: 'view'; view: View } | { kind: 'train' } | { kind: 'walkthrough' };

const PREFIX = 'bp';
export const TRAIN_MORE_STEPS = 10;
/** Options that survive a click besides the network (short values without spaces). */
const CARRIED_OPTIONS = ['view', 'steps', 'precision', 'lang', 'theme'] as const;
/** Embed descriptions hold ≤ 4096 characters; leave room for the code fence. */
const MAX_SOURCE_LENGTH = 4000;

export function buttonCustomId(action: ButtonAction): string {
  if (action.kind === 'view') return `${PREFIX}:view:${action.view}`;
  return `${PREFIX}:${action.kind}`;
}

export function parseButtonCustomId(customId: string): ButtonAction | undefined {
  const [prefix, kind, view] = customId.split(':');
  if (prefix !== PREFIX) return undefined;
  if (kind === 'train') return { kind: 'train' };
  if (kind === 'walkthrough') return { kind: 'walkthrough' };
  if (kind === 'view' && (VIEWS as readonly string[]).includes(view ?? ''))
    return { kind: 'view', view: view as View };
  return undefined;
}

/** /check's modal remembers the short options typed with the command (the network may be long: it is an input). */
const CHECK_CARRIED_OPTIONS = ['preset', 'public', 'hide', 'lang'] as const;

/** `bp:<kind>:name=value;…` with the options a modal must remember; without them if that would pass 100 characters. */
function carriedCustomId(kind: string, names: readonly string[], options: Request['options']): string {
  const carried = names
    .filter((name) => options[name] !== undefined)
    .map((name) => `${name}=${String(options[name])}`)
    .join(';');
  const id = `${PREFIX}:${kind}:${carried}`;
  return id.length <= 100 ? id : `${PREFIX}:${kind}:`;
}

function parseCarried(
  kind: string,
  names: readonly string[],
  customId: string,
): Request['options'] | undefined {
  const prefix = `${PREFIX}:${kind}:`;
  if (!customId.startsWith(prefix)) return undefined;
  const options: Request['options'] = {};
  for (const pair of customId.slice(prefix.length).split(';')) {
    const [name, value] = pair.split('=');
    if (!name || !value || !names.includes(name)) continue;
    options[name] = value === 'true' ? true : value === 'false' ? false : value;
  }
  return options;
}

/** The modal remembers the options typed with `/backprop` (everything but the definition) in its custom_id. */
export function modalCustomId(options: Request['options']): string {
  return carriedCustomId('modal', CARRIED_OPTIONS, options);
}

export function parseModalCustomId(customId: string): Request['options'] | undefined {
  return parseCarried('modal', CARRIED_OPTIONS, customId);
}

export function checkModalCustomId(options: Request['options']): string {
  return carriedCustomId('checkmodal', CHECK_CARRIED_OPTIONS, options);
}

export function parseCheckModalCustomId(customId: string): Request['options'] | undefined {
  return parseCarried('checkmodal', CHECK_CARRIED_OPTIONS, customId);
}

/**
 * The network a request computes, written so that it can be sent back as the `definition` option:
 * `preset:NAME` for a preset, else the canonical one-line definition (from `canonicalize`).
 */
export function networkSource(
  request: Request,
  canonicalize: (text: string) => string | undefined,
): string | undefined {
  const preset = request.options.preset;
  if (typeof preset === 'string' && preset.trim() !== '') return `preset:${preset.trim()}`;
  const definition = request.options.definition;
  const text = typeof definition === 'string' && definition.trim() !== '' ? definition : request.text;
  if (!text) return undefined;
  const line = canonicalize(text);
  return line !== undefined && line.length <= MAX_SOURCE_LENGTH && !line.includes('```') ? line : undefined;
}

/** The embed that carries a reply's network and options under its text. */
export function stateEmbed(source: string, options: Request['options'], locale: Locale): DiscordEmbed {
  const carried = CARRIED_OPTIONS.filter((name) => options[name] !== undefined).map(
    (name) => `${name}:${String(options[name])}`,
  );
  const embed: DiscordEmbed = {
    title: t(locale, 'platforms.networkFooter'),
    description: '```\n' + source + '\n```',
  };
  if (carried.length > 0) embed.footer = { text: carried.join(' ') };
  return embed;
}

/** Reads a reply's network and options back from its message; undefined when the embed is gone. */
export function readState(message: DiscordMessage | undefined): Request['options'] | undefined {
  const embed = message?.embeds?.find((e) => e.description?.startsWith('```'));
  const source = /^```\n([\s\S]*)\n```$/.exec(embed?.description ?? '')?.[1]?.trim();
  if (!source) return undefined;
  const options: Request['options'] = {};
  const preset = /^preset:(\S+)$/.exec(source);
  if (preset?.[1]) options.preset = preset[1];
  else options.definition = source;
  for (const token of (embed?.footer?.text ?? '').split(/\s+/)) {
    const [name, value] = [token.slice(0, token.indexOf(':')), token.slice(token.indexOf(':') + 1)];
    if ((CARRIED_OPTIONS as readonly string[]).includes(name) && value) options[name] = value;
  }
  return options;
}

/** Steps already trained: the option, else the definition's own `steps:`, else one. */
function stepsSoFar(options: Request['options']): number {
  const fromDefinition = /(?:^|\s)steps:(\d+)(?:\s|$)/.exec(String(options.definition ?? ''))?.[1];
  return Number(options.steps) || Number(fromDefinition) || 1;
}

/** The options of the request a button click makes, from the message's options and the action. */
export function optionsAfterClick(options: Request['options'], action: ButtonAction): Request['options'] {
  const next = { ...options };
  if (action.kind === 'view') next.view = action.view;
  if (action.kind === 'train') next.steps = stepsSoFar(options) + TRAIN_MORE_STEPS;
  if (action.kind === 'walkthrough') next.view = 'all';
  return next;
}
