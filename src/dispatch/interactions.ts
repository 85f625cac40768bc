// What a command declares about its interactions (modals, buttons and the state a button holds), as data
// that every platform adapter renders the same way: no adapter branches on a command's name.
import { t } from '../text/i18n.js';
import type { Locale, Reply, Request } from './types.js';

/** A text in both languages of the bot. */
export interface Bilingual {
  en: string;
  fa: string;
}

/** A message of the catalogue in both languages (labels already written in src/text/messages). */
export function bilingual(id: string): Bilingual {
  return { en: t('en', id), fa: t('fa', id) };
}

/** One multi-line text input of a modal. */
export interface ModalField {
  /** Short and stable: Discord's custom_id and Slack's block_id of the input. */
  id: string;
  /** ≤ 45 characters (Discord). */
  label: Bilingual;
  /** Where the typed value goes: the request's text (so line numbers are those typed) or an option. */
  into: { text: true } | { option: string };
  placeholder?: string;
  /** The value shown when the modal opens, from the options typed with the command. */
  initial?: (options: Request['options'], locale: Locale) => string | undefined;
  /** Left out when the typed options already give what it asks (a /check preset). */
  skipWhen?: (options: Request['options']) => boolean;
  /** An empty optional field sends nothing. */
  optional?: boolean;
}

export interface ModalDeclaration {
  /** The command opens this modal instead of running when the typed options lack its body. */
  opensWhen: (options: Request['options']) => boolean;
  /** ≤ 45 characters on Discord, 24 on Slack. */
  title: Bilingual;
  /** Short options typed with the command that the submission keeps (Discord: in the 100-character custom_id). */
  keeps: readonly string[];
  fields: readonly ModalField[];
  /**
   * A file input (Slack's `file_input`) whose text becomes the request's text when the text fields leave it
   * empty; the text fields are then optional. Discord's modal has no file input: the command's attachment
   * option does the same there.
   */
  file?: { id: string; label: Bilingual };
}

/** The state a reply's buttons hold: option-like names and short single-line values. */
export type ButtonState = Record<string, string>;

export interface ButtonDeclaration {
  /** Short and stable ([a-z0-9-]): part of the platform's custom_id / action_id. */
  id: string;
  label: Bilingual;
  style?: 'primary' | 'secondary' | 'danger';
  /** The options of the request a click makes, from the state the reply carries. */
  click: (state: ButtonState) => Request['options'];
  /** Left out of a reply whose state has nothing for it (the other reading of a page read in an assumed order). */
  shown?: (state: ButtonState) => boolean;
  /** Shown pressed and disabled (e.g. the view already on screen). */
  pressed?: (state: ButtonState) => boolean;
  /** `replace`: the answer takes the message's place; `private`: only the clicker sees it. */
  answer: 'replace' | 'private';
}

/** The buttons a reply with this state carries. */
export function shownButtons(declared: ReplyButtons, state: ButtonState): readonly ButtonDeclaration[] {
  return declared.buttons.filter((button) => button.shown?.(state) ?? true);
}

export interface ReplyButtons {
  /** The state a successful reply's buttons hold; undefined: this reply has no buttons. */
  state: (request: Request, reply: Reply) => ButtonState | undefined;
  buttons: readonly ButtonDeclaration[];
  /** A title for the state when it travels visibly in the message (Discord's embed). */
  stateTitle?: Bilingual;
  /** The state value shown as the embed's body when the state does not fit a custom_id (the network). */
  stateBody?: string;
}

export interface CommandInteractions {
  modal?: ModalDeclaration;
  buttons?: ReplyButtons;
}

/** The options a modal's submission runs with: the kept options, then each field into its place. */
export function modalRequestParts(
  modal: ModalDeclaration,
  kept: Request['options'],
  values: Record<string, string | undefined>,
): { options: Request['options']; text?: string } {
  const options: Request['options'] = { ...kept };
  let text: string | undefined;
  for (const field of modal.fields) {
    const value = values[field.id];
    if (value === undefined || (field.optional && value.trim() === '')) continue;
    if ('text' in field.into) text = value;
    else options[field.into.option] = value.trim();
  }
  return text === undefined ? { options } : { options, text };
}

/** The fields a modal shows for the options typed with the command. */
export function visibleFields(modal: ModalDeclaration, options: Request['options']): ModalField[] {
  return modal.fields.filter((field) => !field.skipWhen?.(options));
}

/** The options the modal keeps, as strings (booleans and numbers come back through the option schema). */
export function keptOptions(modal: ModalDeclaration, options: Request['options']): ButtonState {
  const kept: ButtonState = {};
  for (const name of modal.keeps) if (options[name] !== undefined) kept[name] = String(options[name]);
  return kept;
}

/** `name=value;…` with values percent-encoded, so any value survives the round trip. */
export function encodeState(state: ButtonState): string {
  return Object.entries(state)
    .map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
    .join(';');
}

export function decodeState(text: string): ButtonState {
  const state: ButtonState = {};
  for (const pair of text.split(';')) {
    const at = pair.indexOf('=');
    if (at <= 0) continue;
    try {
      state[pair.slice(0, at)] = decodeURIComponent(pair.slice(at + 1));
    } catch {
      // A mangled value is dropped; the command's schema then says what is missing.
    }
  }
  return state;
}

/** State values come back as strings; `true`/`false` become booleans so boolean options accept them. */
export function stateOptions(state: ButtonState): Request['options'] {
  const options: Request['options'] = {};
  for (const [name, value] of Object.entries(state))
    options[name] = value === 'true' ? true : value === 'false' ? false : value;
  return options;
}
