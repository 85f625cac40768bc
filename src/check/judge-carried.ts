// Judging, step 3: a number that follows from the student's earlier wrong numbers (carried, or the same mistake at work).
import { fromOwnNumbers, type CheckSession } from './check-session.js';
import { firstFormPerId, valueOf, type Finding } from './finding.js';
import type { Meaning } from './names.js';
import { withinOneUnit, type GivenNumber } from './numbers.js';
import { phaseOf } from './quantities.js';

export function matchCarried(
  session: CheckSession,
  claim: GivenNumber,
  meanings: Meaning[],
): Finding | undefined {
  const byKey = new Map(session.recorded.map((r) => [r.key, r]));
  const fromAll = fromOwnNumbers(session, () => true);
  for (const m of meanings) {
    if (!withinOneUnit(valueOf(fromAll, m), claim)) continue;
    const sources = [...fromAll.sources(m.quantity)]
      .map((key) => byKey.get(key)!)
      .filter((r) => r && r.wrong);
    if (sources.length === 0) continue;
    const inherited = [...new Set(sources.flatMap((r) => r.diagnoses))];
    const phase = phaseOf(m.quantity);
    const stillAtWork =
      inherited.length > 0 &&
      inherited.every((id) => session.forms.some((f) => f.id === id && f.scope.includes(phase)));
    if (stillAtWork) {
      const matching = session.forms.filter((f) => inherited.includes(f.id) && f.scope.includes(phase));
      return {
        meaning: m,
        verdict: 'incorrect',
        diagnoses: inherited,
        forms: firstFormPerId(matching),
        carriedFrom: sources,
      };
    }
    return { meaning: m, verdict: 'carried', carriedFrom: sources };
  }
  return undefined;
}
