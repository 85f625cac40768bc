// Judging one statement: the steps in order, the first that fits decides the verdict.
import type { CheckSession } from './check-session.js';
import { valueOf, type Finding } from './finding.js';
import { matchCarried } from './judge-carried.js';
import { matchOwnRounding, matchTrueValue, matchTrueWithinRounding } from './judge-correct.js';
import { matchMistake } from './judge-mistake.js';
import type { Meaning } from './names.js';
import type { GivenNumber } from './numbers.js';

const STEPS = [matchTrueValue, matchOwnRounding, matchCarried, matchMistake, matchTrueWithinRounding];

export function judge(session: CheckSession, claim: GivenNumber, meanings: Meaning[]): Finding {
  for (const step of STEPS) {
    const finding = step(session, claim, meanings);
    if (finding) return finding;
  }
  return { meaning: nearestMeaning(session, claim, meanings), verdict: 'incorrect' };
}

/** A wrong number nothing explains: of a name's several meanings, the one whose true value it is nearest. */
function nearestMeaning(session: CheckSession, claim: GivenNumber, meanings: Meaning[]): Meaning {
  let best = meanings[0]!;
  let bestDistance = Infinity;
  for (const m of meanings) {
    const distance = Math.abs(valueOf(session.truth, m) - claim.value);
    if (distance < bestDistance) [best, bestDistance] = [m, distance];
  }
  return best;
}
