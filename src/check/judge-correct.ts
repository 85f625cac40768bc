// Judging, steps 1 and 2: the true value to the digits given, or the value from the student's own correct numbers.
import { fromOwnNumbers, type CheckSession } from './check-session.js';
import { valueOf, type Finding } from './finding.js';
import type { Meaning } from './names.js';
import { matchMistake } from './judge-mistake.js';
import { matchCarried } from './judge-carried.js';
import { agreesToGivenDigits, withinRounding, type GivenNumber } from './numbers.js';

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

/**
 * ≈: follows from the student's own earlier (correct, rounded) numbers. Only within one unit of the last
 * digit, it yields to a catalogued mistake that gives the number to the digits written (nathansamsel's
 * 0.3972: the hidden δ from the updated weights gives 0.39723, the own numbers 0.39715), and to the
 * student's earlier wrong numbers when they give it exactly (kaifeng's ∂L/∂a_1 = 0.0478 × 0.9 = 0.0430: carried).
 */
export function matchOwnRounding(
  session: CheckSession,
  claim: GivenNumber,
  meanings: Meaning[],
): Finding | undefined {
  const fromCorrect = fromOwnNumbers(session, (r) => !r.wrong);
  for (const m of meanings) {
    if (fromCorrect.sources(m.quantity).size === 0) continue;
    const own = valueOf(fromCorrect, m);
    if (agreesToGivenDigits(own, claim)) return { meaning: m, verdict: 'correct', approximate: true };
    if (withinRounding(own, claim))
      return (
        matchMistake(session, claim, [m], true) ?? matchCarried(session, claim, [m], true) ?? approximately(m)
      );
  }
  return undefined;
}

/**
 * ≈: one unit off the true value in the last digit, in a number computed from the student's own rounded
 * numbers (keonhee's ŷ = 0.5199 for 0.51981 after rounded updates): the rounding on the way, unless a
 * catalogued mistake gives it to the digits written.
 */
export function matchTrueWithinRounding(
  session: CheckSession,
  claim: GivenNumber,
  meanings: Meaning[],
): Finding | undefined {
  const fromCorrect = fromOwnNumbers(session, (r) => !r.wrong);
  for (const m of meanings) {
    if (fromCorrect.sources(m.quantity).size === 0 || !withinRounding(valueOf(session.truth, m), claim))
      continue;
    return matchMistake(session, claim, [m], true) ?? approximately(m);
  }
  return undefined;
}

function approximately(m: Meaning): Finding {
  return { meaning: m, verdict: 'correct', approximate: true };
}
