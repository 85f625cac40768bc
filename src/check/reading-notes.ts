// The readings a pasted setup left open that the worked numbers settled (numbering, W or Wᵀ, ½ or not): /check says which.
import type { Locale } from '../dispatch/types.js';
import type { Note } from '../definition/index.js';
import { hasMessage, t } from '../text/i18n.js';

/** Notes that name a reading the page's (or the answers') own numbers confirmed over another that also fit. */
const CONFIRMED = /^definition\.note\.(?:reading|shape|defaults)_confirmed$/;

/** One line per reading the numbers settled, in the reply's language (a preset or JSON settles none). */
export function confirmedReadings(notes: readonly Note[], locale: Locale): string[] {
  return notes
    .filter((note) => CONFIRMED.test(note.id) && hasMessage(note.id))
    .map((note) => t(locale, note.id, note.params));
}
