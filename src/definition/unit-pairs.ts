// Weights named by the units they join, numbered across the whole network as textbooks do (Han & Kamber:
// inputs 1–3, hidden 4–5, output 6; `w14` from unit 1 to unit 4; `w04` or `θ4` the bias of unit 4),
// or per layer (`w11, w12` of one neuron). Which unit is the source is read from the numbers, never assumed.
import type { LayerBias, Matrix } from '../core/types.js';
import type { Found } from './collect.js';
import type { Note } from './defaults.js';

export interface PageName {
  /** The name as the page writes it (after normalising: `w14`, `w_14`, `θ4`). */
  name: string;
  ref:
    | { kind: 'weight'; l: number; j: number; i: number }
    | { kind: 'bias'; l: number; j?: number }
    /** A unit the page names (`Z1`, `x2`): layer 0 is the input layer. */
    | { kind: 'unit'; layer: number; j: number };
}

export interface PairReading {
  layers: number[];
  weights: Matrix[];
  biases?: LayerBias[];
  notes: Note[];
  pageNames: PageName[];
}

/** The two unit numbers of a name like `w14`, `w_14` or `w_{14}`, when it has exactly two digits. */
export function pairOf(key: string): [number, number] | undefined {
  const match = /^[wW]_?\{?(\d)(\d)\}?$/.exec(key.replace(/\s+/g, ''));
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}

/** Numbered weights that are not w1..wN but two-digit unit pairs (`w14, w15, …, w46, w56`). */
export function looksLikeUnitPairs(numbered: Map<number, Found<number>>): boolean {
  if (numbered.size === 0) return false;
  const numbers = [...numbered.keys()];
  const contiguous = numbers.every((n) => n >= 1 && n <= numbered.size);
  return !contiguous && [...numbered.values()].every((found) => pairOf(found.entry.key.text.trim()));
}

const nameOf = (found: Found<number>) => found.entry.key.text.trim();

/**
 * Units numbered across the network: the smaller number of each pair is the source (numbering runs
 * from the inputs to the outputs), units never a destination are the inputs, each further layer is
 * the units fed by the previous one. Pair `0j` (and `θj`) is unit j's bias.
 */
export function readGlobalPairs(
  numbered: Map<number, Found<number>>,
  unitBiases: Map<number, Found<number>>,
): PairReading | undefined {
  const edges: { from: number; to: number; found: Found<number> }[] = [];
  const biasOf = new Map<number, Found<number>>(unitBiases);
  for (const found of numbered.values()) {
    const [a, b] = pairOf(nameOf(found))!;
    if (a === b) return undefined;
    if (a === 0 || b === 0) biasOf.set(a + b, found);
    else edges.push({ from: Math.min(a, b), to: Math.max(a, b), found });
  }
  if (edges.length === 0) return undefined;
  const destinations = new Set(edges.map((e) => e.to));
  const units = [...new Set(edges.flatMap((e) => [e.from, e.to]))].sort((x, y) => x - y);
  const level = new Map<number, number>();
  for (const unit of units) {
    const sources = edges.filter((e) => e.to === unit).map((e) => e.from);
    level.set(unit, destinations.has(unit) ? 1 + Math.max(...sources.map((s) => level.get(s) ?? 0)) : 0);
  }
  const depth = Math.max(...level.values());
  const byLevel = Array.from({ length: depth + 1 }, (_, l) => units.filter((u) => level.get(u) === l));
  // Every unit of a layer must be fed by every unit of the layer before, and by nothing else.
  for (let l = 1; l <= depth; l++) {
    for (const to of byLevel[l]!) {
      const sources = edges
        .filter((e) => e.to === to)
        .map((e) => e.from)
        .sort((x, y) => x - y);
      if (sources.join() !== byLevel[l - 1]!.join()) return undefined;
    }
  }
  const layers = byLevel.map((unitsOf) => unitsOf.length);
  const pageNames: PageName[] = [];
  const weights: Matrix[] = byLevel.slice(1).map((toUnits, l) =>
    toUnits.map((to, j) =>
      byLevel[l]!.map((from, i) => {
        const edge = edges.find((e) => e.from === from && e.to === to)!;
        pageNames.push({ name: nameOf(edge.found), ref: { kind: 'weight', l, j, i } });
        return edge.found.value;
      }),
    ),
  );
  const hasBiases = byLevel.slice(1).some((toUnits) => toUnits.some((u) => biasOf.has(u)));
  const biases: LayerBias[] | undefined = hasBiases
    ? byLevel.slice(1).map((toUnits, l) =>
        toUnits.map((u, j) => {
          const found = biasOf.get(u);
          if (found) pageNames.push({ name: nameOf(found), ref: { kind: 'bias', l, j } });
          return found?.value ?? 0;
        }),
      )
    : undefined;
  const range = (unitsOf: number[]) =>
    unitsOf.length === 1 ? `${unitsOf[0]}` : `${unitsOf[0]}–${unitsOf.at(-1)}`;
  const example = edges[0]!;
  return {
    layers,
    weights,
    ...(biases ? { biases } : {}),
    pageNames,
    notes: [
      {
        id: 'definition.note.unit_pairs',
        params: {
          units: byLevel.map(range).join(', '),
          example: nameOf(example.found),
          from: example.from,
          to: example.to,
        },
      },
    ],
  };
}

/**
 * Pairs numbered within one layer (`w11, w12` into one neuron): the shape decides which index is the
 * destination when only one way fits the inputs and outputs; when both fit, `sourceFirst` chooses.
 */
export function readLayerPairs(
  numbered: Map<number, Found<number>>,
  inputs: number,
  outputs: number,
  sourceFirst: boolean | undefined,
): { reading: PairReading; ambiguous: boolean; sourceFirst: boolean } | undefined {
  const pairs = [...numbered.values()].map((found) => ({ pair: pairOf(nameOf(found))!, found }));
  const maxFirst = Math.max(...pairs.map((p) => p.pair[0]));
  const maxSecond = Math.max(...pairs.map((p) => p.pair[1]));
  if (pairs.some((p) => p.pair[0] === 0 || p.pair[1] === 0)) return undefined;
  const complete = pairs.length === inputs * outputs;
  const destinationFirstFits = complete && maxFirst === outputs && maxSecond === inputs;
  const sourceFirstFits = complete && maxFirst === inputs && maxSecond === outputs;
  if (!destinationFirstFits && !sourceFirstFits) return undefined;
  const ambiguous = destinationFirstFits && sourceFirstFits;
  const useSourceFirst = ambiguous ? (sourceFirst ?? true) : sourceFirstFits;
  const pageNames: PageName[] = [];
  const matrix: Matrix = Array.from({ length: outputs }, () => new Array<number>(inputs).fill(0));
  for (const { pair, found } of pairs) {
    const [j, i] = useSourceFirst ? [pair[1] - 1, pair[0] - 1] : [pair[0] - 1, pair[1] - 1];
    matrix[j]![i] = found.value;
    pageNames.push({ name: nameOf(found), ref: { kind: 'weight', l: 0, j, i } });
  }
  const example = pairs[0]!;
  return {
    ambiguous,
    sourceFirst: useSourceFirst,
    reading: {
      layers: [inputs, outputs],
      weights: [matrix],
      pageNames,
      notes: [
        {
          id: ambiguous ? 'definition.note.pair_order_assumed' : 'definition.note.pair_order_fits',
          params: {
            example: nameOf(example.found),
            order: useSourceFirst ? 'source-first' : 'destination-first',
            other: useSourceFirst ? 'destination-first' : 'source-first',
          },
        },
      ],
    },
  };
}
