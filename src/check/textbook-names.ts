// Names from textbooks and code that number units across the whole network or drop the unit: I4, O4, Err6, θ4,
// w14, w_{46}, w04 (Han & Kamber: inputs 1–3, hidden 4–5, output 6), z^{(3)} (non-input units 1, 2, 3, …),
// w11/w12 of a single neuron, and the unindexed z, y_pred, b of a network with one output unit.
import type { ResolvedSpec } from '../core/index.js';
import type { Quantity } from './quantities.js';

/** A unit as (layer, unit), layer 0 = the inputs; both 0-based. */
export interface GlobalUnit {
  layer: number;
  j: number;
}

/** Unit `n` (1-based) counted across every layer, inputs first (Han & Kamber). */
export function unitNumbered(n: number, spec: ResolvedSpec, countInputs = true): GlobalUnit | undefined {
  let rest = n - 1;
  for (let layer = countInputs ? 0 : 1; layer < spec.layers.length; layer++) {
    const size = spec.layers[layer]!;
    if (rest < size) return rest >= 0 ? { layer, j: rest } : undefined;
    rest -= size;
  }
  return undefined;
}

/** The bias of a non-input unit (shared per layer or its own). */
export function biasOf(spec: ResolvedSpec, unit: GlobalUnit): Quantity | undefined {
  const l = unit.layer - 1;
  if (l < 0 || l >= spec.biases.length) return undefined;
  return typeof spec.biases[l] === 'number' ? { kind: 'bias', l } : { kind: 'bias', l, j: unit.j };
}

/** `w14`, `w46` as the weight from unit a to unit b in the whole-network numbering; `w04` as b's bias. */
export function numberedPair(digits: string, spec: ResolvedSpec): Quantity[] {
  const results: Quantity[] = [];
  for (let cut = 1; cut < digits.length; cut++) {
    const a = Number(digits.slice(0, cut));
    const b = Number(digits.slice(cut));
    if (digits[cut] === '0') continue;
    const to = unitNumbered(b, spec);
    if (!to || to.layer === 0) continue;
    if (a === 0) {
      const bias = biasOf(spec, to);
      if (bias) results.push(bias);
      continue;
    }
    const weight = unitPair(a, b, spec);
    if (weight) results.push(weight);
  }
  return results;
}

/** The weight from unit a to unit b (whole-network numbering), when they are in adjacent layers. */
export function unitPair(a: number, b: number, spec: ResolvedSpec): Quantity | undefined {
  const from = unitNumbered(a, spec);
  const to = unitNumbered(b, spec);
  if (!from || !to || from.layer + 1 !== to.layer) return undefined;
  return { kind: 'weight', l: from.layer, j: to.j, i: from.j };
}

/**
 * `w_{i,j}` as a page of neurons numbers it (GeeksforGeeks): from unit i of the layer below to neuron j,
 * neurons numbered across the non-input layers (hidden 1, 2, output 3 in a 2-2-1 net).
 */
export function neuronPair(i: number, j: number, spec: ResolvedSpec): Quantity | undefined {
  const to = unitNumbered(j, spec, false);
  if (!to || i < 1 || i > spec.layers[to.layer - 1]!) return undefined;
  return { kind: 'weight', l: to.layer - 1, j: to.j, i: i - 1 };
}

/** How a sheet's `w_{a,b}` pairs count: units across the whole network (Han & Kamber) or neurons (see neuronPair). */
export type PairScheme = 'units' | 'neurons';

/**
 * The scheme under which every `w_{a,b}` the sheet writes names a weight: units across the network when it
 * fits them all, else neurons when that does (`w_{1,1}` is no weight between units 1 and 1).
 */
export function pairSchemeOf(pairs: readonly [number, number][], spec: ResolvedSpec): PairScheme {
  const all = (fits: (a: number, b: number) => unknown) => pairs.every(([a, b]) => fits(a, b));
  if (all((a, b) => unitPair(a, b, spec))) return 'units';
  return all((a, b) => neuronPair(a, b, spec)) ? 'neurons' : 'units';
}

/** `w11`, `w12` of a network without hidden layers: destination first, then source (then the other way). */
export function singleLayerPair(digits: string, spec: ResolvedSpec): Quantity[] {
  if (spec.layers.length !== 2 || digits.length !== 2) return [];
  const [a, b] = [Number(digits[0]) - 1, Number(digits[1]) - 1];
  const fits = (j: number, i: number) => j >= 0 && i >= 0 && j < spec.layers[1]! && i < spec.layers[0]!;
  if (fits(a, b)) return [{ kind: 'weight', l: 0, j: a, i: b }];
  if (fits(b, a)) return [{ kind: 'weight', l: 0, j: b, i: a }];
  return [];
}

/** The only bias of a network with one non-input unit (`b` in a single neuron's worked example). */
export function onlyBias(spec: ResolvedSpec): Quantity[] {
  if (spec.layers.length !== 2 || spec.layers[1] !== 1 || spec.biases.length === 0) return [];
  return [typeof spec.biases[0] === 'number' ? { kind: 'bias', l: 0 } : { kind: 'bias', l: 0, j: 0 }];
}
