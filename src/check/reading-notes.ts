// The readings a pasted setup left open (numbering, W or Wᵀ, ½ or not): which the numbers settled, which were assumed;
// and a page read without biases (never a silent reading).
import type { Locale } from '../dispatch/types.js';
import type { Note } from '../definition/index.js';
import { offeredOrder } from '../definition/other-reading.js';
import { hasMessage, t } from '../text/i18n.js';

/** Notes that name a reading (or one of two values a page states) the page's or the answers' numbers confirmed. */
const CONFIRMED =
  /^definition\.note\.(?:(?:reading|shape|defaults)_confirmed|repeat_settled|repeat_confirmed_by_numbers|learning_rate_from_solution)$/;

/** Notes that name a reading taken by convention because nothing on the page decided it (never silently). */
const ASSUMED = /^definition\.note\.(?:(?:reading|pair_order|shape|layer_biases)_assumed|mse_reading)$/;
/** The assumed order of w1, w2, …: said by the report itself when the sheet's numbers chose another. */
const ORDER_ASSUMED = /^definition\.note\.(?:reading|pair_order)_assumed$/;

/** One line per reading the numbers settled, in the reply's language (a preset or JSON settles none). */
export function confirmedReadings(notes: readonly Note[], locale: Locale): string[] {
  return linesOf(notes, locale, (id) => CONFIRMED.test(id));
}

/**
 * One line per reading taken by convention, with the option for the other; the order of w1, w2, … is left
 * out when the sheet's own numbers chose it (`numberingFromSheet`: the report's note says so).
 */
export function assumedReadings(
  notes: readonly Note[],
  locale: Locale,
  numberingFromSheet: boolean,
): string[] {
  return linesOf(notes, locale, (id) => ASSUMED.test(id) && !(numberingFromSheet && ORDER_ASSUMED.test(id)));
}

/** Defaults a setup took where it said nothing that /check's numbers depend on (never a silent learning rate). */
export function defaultsTaken(notes: readonly Note[], locale: Locale): string[] {
  return linesOf(
    notes.filter((note) => note.id !== 'definition.note.default' || note.params.key !== 'steps'),
    locale,
    (id) => id === 'definition.note.default' || id === 'definition.note.default_layer_activation',
  );
}

/** The definition's "no biases" note (a page read as a network without biases), as /backprop's reply says it. */
export function noBiasesReading(notes: readonly Note[], locale: Locale): string[] {
  return linesOf(notes, locale, (id) => id === 'definition.note.no_biases');
}

/** The notes whose id `wanted` keeps, each as one line in the reply's language. */
function linesOf(notes: readonly Note[], locale: Locale, wanted: (id: string) => boolean): string[] {
  return notes
    .filter((note) => wanted(note.id) && hasMessage(note.id))
    .map((note) => t(locale, note.id, note.params));
}

/** The other order of w1, w2, … when the setup's was taken by convention and neither a typed `numbering` nor the
 * sheet's own numbers chose one: what the reply's "Other reading" button re-checks with. */
export function otherOrderToOffer(
  notes: readonly Note[],
  typed: string | undefined,
  numberingFromSheet: boolean,
): 'destination-first' | 'source-first' | undefined {
  return typed === undefined && !numberingFromSheet ? offeredOrder(notes) : undefined;
}
