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

/** A quoted token longer than this is cut: 7990 digits must not push the reason out of the message. */
export const QUOTE_MAX = 40;

/** The start of a long piece of the user's text, marked as cut (`1111…`); short ones unchanged. */
export function shortQuote(text: string): string {
  return text.length <= QUOTE_MAX ? text : `${text.slice(0, QUOTE_MAX - 1)}…`;
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
