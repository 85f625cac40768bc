// Judging, step 3: a number that follows from the student's earlier wrong numbers (carried, or the same mistake at work).
import { fromOwnNumbers, type CheckSession } from './check-session.js';
import { valueOf, type Finding } from './finding.js';
import type { Meaning } from './names.js';
import { agreesToGivenDigits, withinRounding, type GivenNumber } from './numbers.js';

/**
 * → carried: computed correctly from the student's own earlier wrong numbers. Even when a catalogued mistake
 * would reproduce it too, the mistake was made once, upstream: it is named there and only recalled here.
 */
/** `exactOnly`: the student's numbers must give the claim to the digits written (not within one unit). */
export function matchCarried(
  session: CheckSession,
  claim: GivenNumber,
  meanings: Meaning[],
  exactOnly = false,
): Finding | undefined {
  const fits = exactOnly ? agreesToGivenDigits : withinRounding;
  const byKey = new Map(session.recorded.map((r) => [r.key, r]));
  const fromAll = fromOwnNumbers(session, () => true);
  for (const m of meanings) {
    if (!fits(valueOf(fromAll, m), claim)) continue;
    const sources = [...fromAll.sources(m.quantity)]
      .map((key) => byKey.get(key)!)
      .filter((r) => r && r.wrong);
    if (sources.length === 0) continue;
    const upstream = [...new Set(sources.flatMap((r) => r.diagnoses))];
    return {
      meaning: m,
      verdict: 'carried',
      carriedFrom: sources,
      ...(upstream.length > 0 ? { upstream } : {}),
    };
  }
  return undefined;
}
