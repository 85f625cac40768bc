// A statement's candidate meanings: what its name can mean, with the pass (before/after the update) from context.
import type { ResolvedSpec } from '../core/index.js';
import type { Statement } from './answer-sheet.js';
import type { SheetContext } from './check-session.js';
import { resolveName, type Meaning } from './names.js';
import { quantityKey, type Quantity } from './quantities.js';

/** Meanings of a statement: every segment that reads as a name, the first segment's first; the pass from context. */
export function meaningsOfStatement(
  statement: Statement,
  spec: ResolvedSpec,
  context: SheetContext,
): Meaning[] {
  const seen = new Set<string>();
  const result: Meaning[] = [];
  const readings = statement.segments.map((segment) => resolveName(segment, spec));
  // `a_o1 = σ(a_o1) = …`: the σ(…) written out says what the name means, so it goes first.
  const explicit = readings.filter((r) => r.some((m) => m.note === 'sigma_of'));
  for (const meanings of [...explicit, ...readings]) {
    for (const meaning of meanings) {
      for (const m of withTiming(meaning, context)) {
        const id = `${quantityKey(m.quantity)}×${m.scale}`;
        if (seen.has(id)) continue;
        seen.add(id);
        result.push(m);
      }
    }
  }
  return result;
}

/** A forward name after the update is the second pass; an unmarked weight after the backward pass is the new one. */
export function withTiming(m: Meaning, context: SheetContext): Meaning[] {
  const q = m.quantity;
  if (m.timing === 'forward' && 'pass' in q) {
    if (!context.sawUpdate) return [m];
    return [
      { quantity: { ...q, pass: 1 } as Quantity, scale: m.scale, note: 'after_update' },
      { quantity: q, scale: m.scale, note: m.note ?? 'before_update' },
    ];
  }
  if (m.timing === 'parameter' && (q.kind === 'weight' || q.kind === 'bias')) {
    const updated: Meaning = {
      quantity: { ...q, kind: q.kind === 'weight' ? 'newWeight' : 'newBias' } as Quantity,
      scale: 1,
      note: 'updated',
    };
    const initial: Meaning = { quantity: q, scale: 1, note: 'initial' };
    return context.sawBackward ? [updated, initial] : [initial, updated];
  }
  return [m];
}
