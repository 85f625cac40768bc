// Judging, steps 1 and 2: the true value to the digits given, or the value from the student's own correct numbers.
import { fromOwnNumbers, type CheckSession } from './check-session.js';
import { valueOf, type Finding } from './finding.js';
import type { Meaning } from './names.js';
import { agreesToGivenDigits, withinOneUnit, type GivenNumber } from './numbers.js';

/** ✓: the true value, rounded or truncated to the digits given. */
export function matchTrueValue(
  session: CheckSession,
  claim: GivenNumber,
  meanings: Meaning[],
): Finding | undefined {
  for (const m of meanings)
    if (agreesToGivenDigits(valueOf(session.truth, m), claim)) return { meaning: m, verdict: 'correct' };
  return undefined;
}

/** ≈: follows from the student's own earlier (correct, rounded) numbers. */
export function matchOwnRounding(
  session: CheckSession,
  claim: GivenNumber,
  meanings: Meaning[],
): Finding | undefined {
  const fromCorrect = fromOwnNumbers(session, (r) => !r.wrong);
  for (const m of meanings) {
    if (fromCorrect.sources(m.quantity).size > 0 && withinOneUnit(valueOf(fromCorrect, m), claim)) {
      return { meaning: m, verdict: 'correct', approximate: true };
    }
  }
  return undefined;
}
