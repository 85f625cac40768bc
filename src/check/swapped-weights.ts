// Where weights read in the other numbering (w2 = i1→h2) showed: the layer and unit, with that unit's net both ways.
import { biasName, unitName, weightNumber } from '../core/naming.js';
import { hasNoBiases } from '../core/no-biases.js';
import type { ResolvedSpec } from '../core/types.js';
import type { MistakeForm } from './mistakes.js';
import type { Quantity } from './quantities.js';

/** A wide layer's net input is shown with its first terms only (the swap shows in the second). */
const MAX_TERMS = 4;

/** Layers whose matrix changes when read in the other numbering (at least two sources and two destinations). */
export function swappableLayers(spec: ResolvedSpec): number[] {
  return spec.weights.flatMap((W, l) => (W.length > 1 && W[0]!.length > 1 ? [l] : []));
}

/** The weight number a source-major reading gives the student's weight (l, j, i). */
function sourceMajorNumber(layers: readonly number[], l: number, j: number, i: number): number {
  return weightNumber(layers, l, 0, 0) + i * layers[l + 1]! + j;
}

/** net of unit j of layer l+1 as the weights are numbered (destination-first) and as the student read them. */
export function swappedNetFormulas(
  spec: ResolvedSpec,
  l: number,
  j: number,
): { correct: string; used: string } {
  const { layers } = spec;
  const count = layers.length;
  const sources = Array.from({ length: Math.min(layers[l]!, MAX_TERMS) }, (_s, i) => i);
  const more = layers[l]! > MAX_TERMS ? ' + …' : '';
  // A bias of 0 is still a bias (it moves with the update); only a network without biases has no `+ b`.
  const bias = hasNoBiases(spec) ? '' : ` + ${biasName(l, typeof spec.biases[l] === 'number', j)}`;
  const net = `net_${unitName(l + 1, j, count)} = `;
  const sum = (number: (i: number) => number) =>
    net + sources.map((i) => `w${number(i)}·${unitName(l, i, count)}`).join(' + ') + more + bias;
  return {
    correct: sum((i) => weightNumber(layers, l, j, i)),
    used: sum((i) => sourceMajorNumber(layers, l, j, i)),
  };
}

/** What the first weights of layer l stand for, numbered destination-first and as the student numbered them. */
export function swappedNameFormulas(spec: ResolvedSpec, l: number): { correct: string; used: string } {
  const { layers } = spec;
  const count = layers.length;
  const first = weightNumber(layers, l, 0, 0);
  const rows = layers[l + 1]!;
  const columns = layers[l]!;
  const link = (source: number, destination: number) =>
    `${unitName(l, source, count)}→${unitName(l + 1, destination, count)}`;
  const positions = [0, 1, 2];
  return {
    correct: `${positions.map((r) => `w${first + r} = ${link(r % columns, Math.floor(r / columns))}`).join(', ')} (numbered by destination unit)`,
    used: `${positions.map((r) => `w${first + r} = ${link(Math.floor(r / rows), r % rows)}`).join(', ')} (numbered by source unit)`,
  };
}

/** The sentence's example: the layer's second weight as the student read it, and what it is. */
function example(spec: ResolvedSpec, l: number): { read: string; meant: string } {
  const { layers } = spec;
  const count = layers.length;
  const second = weightNumber(layers, l, 0, 0) + 1;
  const rows = layers[l + 1]!;
  const columns = layers[l]!;
  return {
    read: `w${second} = ${unitName(l, Math.floor(1 / rows), count)}→${unitName(l + 1, 1 % rows, count)}`,
    meant: `${unitName(l, 1 % columns, count)}→${unitName(l + 1, Math.floor(1 / columns), count)}`,
  };
}

/** The layer (non-input, 0-based) and unit a quantity belongs to, if any. */
function unitOf(spec: ResolvedSpec, q: Quantity): { l: number; j: number } | undefined {
  const last = spec.layers.length - 2;
  switch (q.kind) {
    case 'input':
    case 'learningRate':
      return undefined;
    case 'target':
    case 'lossTerm':
      return { l: last, j: q.j };
    case 'loss':
      return { l: last, j: 0 };
    case 'contribution':
      return { l: q.l + 1, j: q.k };
    case 'bias':
    case 'gradBias':
    case 'stepBias':
    case 'newBias':
      return { l: q.l, j: q.j ?? 0 };
    default:
      return { l: q.l, j: q.j };
  }
}

/** A hidden layer's place among several, for the sentence ("hidden layer 2"); '' with one hidden layer. */
function layerParams(spec: ResolvedSpec, l: number): { layer: string; index: string } {
  const last = spec.layers.length - 2;
  if (l === last) return { layer: 'output', index: '' };
  return { layer: 'hidden', index: last > 1 ? String(l + 1) : '' };
}

/**
 * A swapped-numbering form as the row of `q` shows it: the formulas of q's own unit when the swap is in q's
 * layer, else of the first unit of the layer where it is; other forms are returned as they are.
 */
export function formAt(spec: ResolvedSpec, form: MistakeForm, q: Quantity): MistakeForm {
  if (form.layer === undefined) return form;
  const swappable = swappableLayers(spec);
  const at = unitOf(spec, q);
  const inLayer =
    at !== undefined && swappable.includes(at.l) && (form.layer === 'all' || form.layer === at.l);
  const l = inLayer ? at.l : form.layer === 'all' ? swappable[0] : form.layer;
  if (l === undefined) return form;
  const j = inLayer ? at.j : 0;
  const formulas =
    form.variant.weightsNamedTransposed === true
      ? swappedNameFormulas(spec, l)
      : swappedNetFormulas(spec, l, j);
  const where = form.layer === 'all' ? { layer: 'every', index: '' } : layerParams(spec, l);
  return { ...form, ...formulas, params: { ...where, ...example(spec, l) } };
}
