// Judging, step 4: a wrong number reproduced by a catalogued mistake, from the true values or the student's own.
import { createEvaluator } from './evaluator.js';
import { overrides, type CheckSession } from './check-session.js';
import { firstFormPerId, valueOf, type Finding } from './finding.js';
import type { Meaning } from './names.js';
import { agreesToGivenDigits, withinOneUnit, type GivenNumber } from './numbers.js';
import { phaseOf, type Phase } from './quantities.js';

const SAME_VALUE = 1e-9;
/** Below this many significant digits a number is matched only by exact rounding or truncation (0.0005 fits too much). */
const MIN_DIGITS_FOR_LOOSE_MATCH = 3;

function differs(a: number, b: number): boolean {
  return Math.abs(a - b) > SAME_VALUE * Math.max(1, Math.abs(b));
}

/** Within the drift the student's own rounding can cause: 1% or a hundred units of the last digit. */
function near(value: number, claim: GivenNumber): boolean {
  return Math.abs(value - claim.value) <= Math.max(100 * claim.quantum, 0.01 * Math.abs(claim.value));
}

/**
 * Applied to the student's own numbers too (which may carry an earlier slip: a new mistake on top of a
 * carried error is still named).
 */
/** `exactOnly`: the mistake must give the student's number to the digits written (not within one unit). */
export function matchMistake(
  session: CheckSession,
  claim: GivenNumber,
  meanings: Meaning[],
  exactOnly = false,
): Finding | undefined {
  const { spec, forms, formEvaluators, truth, budget } = session;
  const loose = !exactOnly && claim.significantDigits >= MIN_DIGITS_FOR_LOOSE_MATCH;
  const own = overrides(session, () => true);
  const ownRight = createEvaluator(spec, {}, own, budget);
  for (const m of meanings) {
    const phase: Phase = phaseOf(m.quantity);
    const right = valueOf(truth, m);
    const ownValue = valueOf(ownRight, m);
    // When the student's inputs are far from the true ones, the true variant says nothing about their number.
    const inputsDrifted = !near(ownValue, { ...claim, value: right });
    const matching = forms.filter((form, k) => {
      if (!form.scope.includes(phase)) return false;
      const v = valueOf(formEvaluators[k]!, m);
      // Rounding drift is a few units of the last digit: a variant far off cannot be rescued by it.
      if (!(near(v, claim) || inputsDrifted)) return false;
      // The mistake must also fit what the student wrote on the way (with η = ½, doubling the
      // gradient and leaving out η give the same weights, but a correct ∂E/∂w rules out the first).
      const w = valueOf(createEvaluator(spec, form.variant, own, budget), m);
      if (!differs(w, ownValue)) return false;
      return agreesToGivenDigits(w, claim) || (loose && withinOneUnit(w, claim));
    });
    if (matching.length > 0) {
      const ids = [...new Set(matching.map((f) => f.id))];
      return { meaning: m, verdict: 'incorrect', diagnoses: ids, forms: firstFormPerId(matching) };
    }
  }
  return undefined;
}
