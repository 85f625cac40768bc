// Scores a page that contradicts itself (`contradiction:` in source.md): the right answer names the contradiction.
import type { Contradiction } from './cases.js';
import type { SetupReading } from './read-setup.js';

/** A number as a whole word of a message (`0.5` in "0.5 on line 41", never inside `0.55` or `10.5`). */
const mentions = (text: string, value: string) =>
  new RegExp(`(?<![\\d.])${value.replace(/[.+]/g, '\\$&')}(?![\\d])`).test(text);

/** The message names the quantity (as code: `W2`) and every one of its values. */
function namesContradiction(text: string, contradiction: Contradiction): boolean {
  return (
    text.includes(`\`${contradiction.quantity}\``) &&
    contradiction.values.every((value) => mentions(text, value))
  );
}

/** A refusal that names the contradiction: its id, the quantity and both values (any other refusal does not count). */
export function refusalNamesContradiction(reading: SetupReading, contradiction: Contradiction): boolean {
  if (reading.ok) return false;
  return reading.ids.some(
    (id, k) =>
      id === 'definition.contradictory_values' && namesContradiction(reading.errors[k] ?? '', contradiction),
  );
}

/** A reading that took one value says so: a note naming the quantity and both values. */
export function noteNamesContradiction(reading: SetupReading, contradiction: Contradiction): boolean {
  return reading.ok && reading.notes.some((note) => namesContradiction(note, contradiction));
}
