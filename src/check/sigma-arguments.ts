// Names a sheet passes through its activation (`ŷ1 = σ(y1)`): on that sheet they are pre-activations.
import type { Statement } from './answer-sheet.js';
import { compactName, type Meaning } from './names.js';

/** A whole segment that is an activation of one plain name: `σ (y1)`, `sigmoid(h)`, `f(z_2)`. */
const ACTIVATION_OF_NAME = /^(?:σ|sigmoid|f|g|tanh|relu)\(([a-zà-ÿ][\w,']{0,12})\)$/u;

/** The compact names the sheet writes inside σ(…) anywhere in a statement (melfm: `\hat{y1} = \sigma (y1)`). */
export function namesInsideActivation(statements: readonly Statement[]): Set<string> {
  const names = new Set<string>();
  for (const statement of statements) {
    const own = compactName(statement.segments[0] ?? '');
    for (const segment of statement.segments.slice(1)) {
      const match = ACTIVATION_OF_NAME.exec(compactName(segment));
      // `a_o1 = σ(a_o1)` (the course notes) names the output by its own σ: no pre-activation is named there.
      if (match && match[1] !== own) names.add(match[1]!);
    }
  }
  return names;
}

/** A name the sheet itself puts inside σ(…) means the unit's net input, whatever our notation reads it as. */
export function asPreActivation(meanings: Meaning[]): Meaning[] {
  return meanings.map((m) =>
    m.quantity.kind === 'out'
      ? { ...m, quantity: { ...m.quantity, kind: 'net' }, note: 'pre_activation' as const }
      : m,
  );
}
