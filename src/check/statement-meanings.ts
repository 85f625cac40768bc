// A statement's candidate meanings: what its name can mean, with the pass (before/after the update) from context.
import type { ResolvedSpec } from '../core/index.js';
import type { Statement } from './answer-sheet.js';
import type { SheetContext } from './check-session.js';
import { compactName, resolveName, type Meaning } from './names.js';
import { quantityKey, type Quantity } from './quantities.js';
import { USUAL_NAMES, type SheetNames } from './sheet-names.js';
import { asPreActivation } from './sigma-arguments.js';

/**
 * Meanings of a statement: what its name (the left-hand side) can mean, never a name inside the expression.
 * The expression may only say which of the name's meanings comes first: `a_o1 = σ(a_o1) = …` is the output.
 */
export function meaningsOfStatement(
  statement: Statement,
  spec: ResolvedSpec,
  context: SheetContext,
  names: SheetNames = USUAL_NAMES,
): Meaning[] {
  const written = statement.segments[0] ?? '';
  const read = nameOf(written, spec, names);
  const named = context.insideActivation?.has(compactName(written)) ? asPreActivation(read) : read;
  if (named.length === 0) return [];
  const explained = new Set(
    statement.segments
      .slice(1)
      .flatMap((segment) => (segment.includes('(') ? resolveName(segment, spec, names) : []))
      .filter((m) => m.note === 'sigma_of')
      .map((m) => quantityKey(m.quantity)),
  );
  const ordered = [
    ...named
      .filter((m) => explained.has(quantityKey(m.quantity)))
      .map((m) => ({ ...m, note: 'sigma_of' as const })),
    ...named.filter((m) => !explained.has(quantityKey(m.quantity))),
  ];
  const seen = new Set<string>();
  const result: Meaning[] = [];
  for (const meaning of ordered) {
    for (const m of withTiming(meaning, context)) {
      const id = `${quantityKey(m.quantity)}×${m.scale}`;
      if (seen.has(id)) continue;
      seen.add(id);
      result.push(m);
    }
  }
  return result;
}

/**
 * The left-hand side's meanings. With a colon, the name is after it when that is a plain name
 * ("Input values: x1"), else before it ("h1 : σ(z) = 0.90", "w5: 0.45 -> …").
 */
function nameOf(written: string, spec: ResolvedSpec, names: SheetNames): Meaning[] {
  const colon = written.indexOf(':');
  if (colon < 0) return resolveName(written, spec, names);
  const after = written.slice(written.lastIndexOf(':') + 1);
  if (after.trim() !== '' && !/[-+*·×()\d.]\s|\(/.test(after)) {
    const meanings = resolveName(after, spec, names);
    if (meanings.length > 0) return meanings;
  }
  return resolveName(written.slice(0, colon), spec, names);
}

/** A forward name after the update is the second pass; an unmarked weight after the backward pass is the new one. */
export function withTiming(m: Meaning, context: SheetContext): Meaning[] {
  const q = m.quantity;
  if (m.timing === 'forward' && 'pass' in q) {
    const restated = context.sawBackward && (context.statedForward?.has(quantityKey(q)) ?? false);
    if (!context.sawUpdate && !restated) return [m];
    // Already stated before the backward pass: written again, it is the second pass only.
    if (restated) return [{ quantity: { ...q, pass: 1 } as Quantity, scale: m.scale, note: 'after_update' }];
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
