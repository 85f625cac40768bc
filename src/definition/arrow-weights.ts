// Weights named by the units they join (`w(x1→h1)`, `w_{h1→o3}`, `w₁,₁ = 0.2 (x₁→h₁)`): the layers follow from the names.
import type { Matrix } from '../core/types.js';
import type { Found } from './collect.js';
import type { PairReading } from './unit-pairs.js';

/** One weight and the units it joins, as the page names them (`x1`, `h1`, `o3`). */
export interface ArrowWeight extends Found<number> {
  from: string;
  to: string;
}

/** Units ordered within a layer by their letters, then their number (`h2` before `h10`). */
function byName(a: string, b: string): number {
  const [, la = '', na = '0'] = /^(\D*)(\d*)$/.exec(a) ?? [];
  const [, lb = '', nb = '0'] = /^(\D*)(\d*)$/.exec(b) ?? [];
  return la.localeCompare(lb) || Number(na) - Number(nb);
}

/**
 * Units that are never a destination are the inputs; each further layer is the units fed by the one before.
 * Every unit of a layer must be fed by every unit of the previous layer and by nothing else; else undefined.
 */
export function readArrowWeights(
  arrows: readonly ArrowWeight[],
  biasOf: ReadonlyMap<string, Found<number>> = new Map(),
): PairReading | undefined {
  if (arrows.length === 0) return undefined;
  const destinations = new Set(arrows.map((a) => a.to));
  const units = [...new Set(arrows.flatMap((a) => [a.from, a.to]))];
  const level = new Map<string, number>();
  // Levels by relaxation: at most one pass per unit (the graph is small and acyclic when it is a network).
  for (const unit of units) level.set(unit, destinations.has(unit) ? 1 : 0);
  for (let pass = 0; pass < units.length; pass++) {
    let changed = false;
    for (const a of arrows) {
      const wanted = level.get(a.from)! + 1;
      if (level.get(a.to)! < wanted) {
        level.set(a.to, wanted);
        changed = true;
      }
    }
    if (!changed) break;
    if (pass === units.length - 1) return undefined;
  }
  const depth = Math.max(...level.values());
  const byLevel = Array.from({ length: depth + 1 }, (_, l) =>
    units.filter((u) => level.get(u) === l).sort(byName),
  );
  const weights: Matrix[] = [];
  const pageNames: PairReading['pageNames'] = [];
  for (let l = 1; l <= depth; l++) {
    const matrix: Matrix = [];
    for (const [j, to] of byLevel[l]!.entries()) {
      const fed = arrows.filter((a) => a.to === to);
      if (fed.length !== byLevel[l - 1]!.length) return undefined;
      const row: number[] = [];
      for (const [i, from] of byLevel[l - 1]!.entries()) {
        const arrow = fed.find((a) => a.from === from);
        if (!arrow) return undefined;
        row.push(arrow.value);
        pageNames.push({ name: `w(${arrow.from}→${arrow.to})`, ref: { kind: 'weight', l: l - 1, j, i } });
      }
      matrix.push(row);
    }
    weights.push(matrix);
  }
  const biases = byLevel.slice(1).map((toUnits, l) =>
    toUnits.map((unit, j) => {
      const found = biasOf.get(unit);
      if (found) pageNames.push({ name: `b(${unit})`, ref: { kind: 'bias', l, j } });
      return found?.value ?? 0;
    }),
  );
  // The units' own names, for a solution that writes `Z₁` and `Z₁(in)`.
  byLevel.forEach((unitsOf, layer) =>
    unitsOf.forEach((unit, j) => pageNames.push({ name: unit, ref: { kind: 'unit', layer, j } })),
  );
  const example = arrows[0]!;
  return {
    layers: byLevel.map((unitsOf) => unitsOf.length),
    weights,
    ...(biasOf.size > 0 ? { biases } : {}),
    pageNames,
    notes: [
      {
        id: 'definition.note.arrow_weights',
        params: {
          example: `w(${example.from}→${example.to})`,
          from: example.from,
          to: example.to,
          layers: byLevel.map((unitsOf) => unitsOf.join(', ')).join(' → '),
        },
      },
    ],
  };
}
