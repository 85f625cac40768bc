// What judging one statement found: the meaning that fits, the verdict, and why.
import type { Recorded } from './check-session.js';
import type { Evaluator } from './evaluator.js';
import type { MistakeForm, MistakeId } from './mistakes.js';
import type { Meaning } from './names.js';
import type { Verdict } from './report.js';

export interface Finding {
  meaning: Meaning;
  verdict: Verdict;
  approximate?: boolean;
  diagnoses?: MistakeId[];
  forms?: MistakeForm[];
  carriedFrom?: Recorded[];
  /** The mistakes made upstream, on the lines a carried number came from. */
  upstream?: MistakeId[];
}

/** The number a meaning has under an evaluator (its scale applied). */
export function valueOf(evaluator: Evaluator, m: Meaning): number {
  return m.scale * evaluator.value(m.quantity);
}

/** The first form of each mistake (one line per mistake in the reply). */
export function firstFormPerId(forms: MistakeForm[]): MistakeForm[] {
  const seen = new Set<MistakeId>();
  return forms.filter((f) => (seen.has(f.id) ? false : (seen.add(f.id), true)));
}
