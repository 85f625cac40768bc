// The one message catalogue: every user-facing string, in English and Persian, looked up by id.
import type { Locale } from '../dispatch/types.js';
import type { UserError } from '../errors.js';
import { catalogue } from './messages/index.js';

export type MessageParams = Record<string, string | number>;
export type MessageTemplate = string | ((params: MessageParams) => string);
/** Each area of the bot owns one file of entries under ./messages; every entry has both languages. */
export type Messages = Record<string, { en: MessageTemplate; fa: MessageTemplate }>;

export { ltr } from './bidi.js';

export function t(locale: Locale, id: string, params: MessageParams = {}): string {
  const entry = catalogue[id];
  if (!entry) return id;
  const template = entry[locale] ?? entry.en;
  return typeof template === 'function' ? template(params) : template;
}

export function hasMessage(id: string): boolean {
  return id in catalogue;
}

/** A token (a run without spaces) longer than this is cut: 7990 digits must not push the reason out. */
export const QUOTE_MAX = 40;
/** A quoted piece with spaces is cut here (the catalogue's own lists of names are shorter). */
const PARAM_MAX = 400;
const LONG_TOKEN = new RegExp(`\\S{${QUOTE_MAX + 1},}`, 'g');

/** A piece of the user's text as a message may quote it: long tokens and long pieces are cut, marked `…`. */
export function shortQuote(text: string): string {
  const tokensCut = text.replace(LONG_TOKEN, (token) => `${token.slice(0, QUOTE_MAX - 1)}…`);
  return tokensCut.length <= PARAM_MAX ? tokensCut : `${tokensCut.slice(0, PARAM_MAX - 1)}…`;
}

/** A user error in the user's language: the catalogue's text when it has the id, else its English message. */
export function describeError(error: UserError, locale: Locale): string {
  const params: MessageParams = {};
  for (const [name, value] of Object.entries(error.params ?? {})) {
    params[name] = typeof value === 'string' ? shortQuote(value) : value;
  }
  if (error.hint !== undefined && params.hint === undefined) params.hint = shortQuote(error.hint);
  return hasMessage(error.id) ? t(locale, error.id, params) : error.message;
}
