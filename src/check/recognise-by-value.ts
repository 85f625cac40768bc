// An unnamed number (`= 0.95281224`, `0.3 * 0.0822 = 0.0247`): the one quantity whose value it states.
import type { CheckSession } from './check-session.js';
import { fromOwnNumbers } from './check-session.js';
import type { Meaning } from './names.js';
import { agreesToGivenDigits, type GivenNumber } from './numbers.js';
import { allQuantities } from './quantities.js';

/** An unnamed number is matched to a quantity only when it has this many digits (fewer fit too much). */
export const MIN_DIGITS_TO_RECOGNISE = 5;

/** The one quantity whose value (true, or from the student's numbers) the claim states; none when several fit. */
export function recogniseByValue(session: CheckSession, claim: GivenNumber): Meaning[] {
  if (claim.significantDigits < MIN_DIGITS_TO_RECOGNISE) return [];
  const fromAll = fromOwnNumbers(session, () => true);
  const candidates = allQuantities(session.spec, session.context.sawUpdate ? 1 : 0).filter(
    (q) => agreesToGivenDigits(fromAll.value(q), claim) || agreesToGivenDigits(session.truth.value(q), claim),
  );
  return candidates.length === 1 ? [{ quantity: candidates[0]!, scale: 1, note: 'by_value' }] : [];
}
