// An unnamed number (`= 0.95281224`, `(0.35 * 0.1) + (0.9 * 0.8) = 0.755`): the one quantity whose value it states.
import type { CheckSession } from './check-session.js';
import { fromOwnNumbers } from './check-session.js';
import type { Evaluator } from './evaluator.js';
import type { Meaning } from './names.js';
import { agreesToGivenDigits, parseGivenNumber, withinOneUnit, type GivenNumber } from './numbers.js';
import { allQuantities, type Quantity } from './quantities.js';

/** An unnamed number is matched by its value alone only when it has this many digits (fewer fit too much). */
export const MIN_DIGITS_TO_RECOGNISE = 5;

/** The numbers written in an unnamed statement's arithmetic, as magnitudes (`e^(-0.755)` gives 0.755). */
export function numbersIn(expression: string): GivenNumber[] {
  const found: GivenNumber[] = [];
  for (const match of expression.matchAll(/\d+(?:\.\d+)?|\.\d+/g)) {
    const given = parseGivenNumber(match[0]);
    if (given) found.push(given);
  }
  return found;
}

/** Every non-zero value q is computed from appears among the written numbers: the arithmetic is q's own. */
function madeFrom(evaluator: Evaluator, q: Quantity, written: readonly GivenNumber[]): boolean {
  const ingredients = evaluator.ingredients(q).filter((v) => v !== 0);
  return (
    ingredients.length > 0 &&
    ingredients.every((v) =>
      written.some((n) => agreesToGivenDigits(Math.abs(v), n) || withinOneUnit(Math.abs(v), n)),
    )
  );
}

/**
 * The one quantity whose value (true, or from the student's numbers) the claim states; none when several fit.
 * `expression`: the arithmetic written before the value; a quantity whose ingredients it uses is chosen even
 * from a short number (`1 / (1 + e^(-0.755)) = 0.68` is out_h1, not net_h2 = 0.68).
 */
export function recogniseByValue(session: CheckSession, claim: GivenNumber, expression = ''): Meaning[] {
  const fromAll = fromOwnNumbers(session, () => true);
  const written = numbersIn(expression);
  const byValue: Quantity[] = [];
  const byIngredients: Quantity[] = [];
  for (const q of allQuantities(session.spec, session.context.sawUpdate ? 1 : 0)) {
    const agreeing = [fromAll, session.truth].filter((e) => agreesToGivenDigits(e.value(q), claim));
    if (agreeing.length === 0) continue;
    byValue.push(q);
    if (written.length >= 2 && agreeing.some((e) => madeFrom(e, q, written))) byIngredients.push(q);
  }
  const chosen =
    byIngredients.length === 1
      ? byIngredients[0]
      : claim.significantDigits >= MIN_DIGITS_TO_RECOGNISE && byValue.length === 1
        ? byValue[0]
        : undefined;
  return chosen ? [{ quantity: chosen, scale: 1, note: 'by_value' }] : [];
}
