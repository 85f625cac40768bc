// Builds the definition area's typed errors: stable id, English message from the catalogue, location, hint.
import type { UserError } from '../errors.js';
import { t } from '../text/i18n.js';
import { lineAndColumn, originOf, type MappedText } from './source.js';

export type Params = Record<string, string | number>;

/** Where an error points: a piece of the user's text (line/column/excerpt) and/or a spec field. */
export interface Place {
  original: string;
  piece: MappedText;
  field?: string;
}

const EXCERPT_MAX = 60;

export function excerptOf(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > EXCERPT_MAX ? `${oneLine.slice(0, EXCERPT_MAX - 1)}…` : oneLine;
}

export function locate(place: Place): NonNullable<UserError['location']> {
  const { line, column } = lineAndColumn(place.original, originOf(place.piece));
  return {
    line,
    column,
    ...(place.field ? { field: place.field } : {}),
    ...(place.piece.text.trim() ? { excerpt: excerptOf(place.piece.text) } : {}),
  };
}

/** One definition error; `hint` is the closest valid word when there is one, else a short example. */
export function definitionError(id: string, params: Params, place?: Place, hint?: string): UserError {
  const full: Params = { ...params };
  if (hint !== undefined) full.hint = hint;
  return {
    id,
    message: t('en', id, full),
    params: full,
    ...(place ? { location: locate(place) } : {}),
    ...(hint !== undefined ? { hint } : {}),
  };
}
