// A page read as a network without biases: /check's reply says so, as /backprop's does (never a silent reading).
import type { Locale } from '../dispatch/types.js';
import type { Note } from '../definition/index.js';
import { t } from '../text/i18n.js';

/** The definition's "no biases" note, in the reply's language (none when the page gives biases). */
export function noBiasesReading(notes: readonly Note[], locale: Locale): string[] {
  return notes
    .filter((note) => note.id === 'definition.note.no_biases')
    .map((note) => t(locale, note.id, note.params));
}
