// A pasted page's own names for weights and biases (`w14`, `v1`, `θ4`) laid over a notation: the walkthrough,
// the reply and the diagrams then name each parameter as the homework sheet does, ours where the page is silent.
import type { LayerBias } from '../core/types.js';
import type { Notation } from './notations.js';

/** Where a page's name was read into the network (the shape of src/definition's PageName, as plain data). */
export interface PageParameterName {
  name: string;
  ref:
    | { kind: 'weight'; l: number; j: number; i: number }
    | { kind: 'bias'; l: number; j?: number }
    | { kind: 'unit'; layer: number; j: number };
}

const SUBSCRIPT = '₀₁₂₃₄₅₆₇₈₉';
/** Longer than ninjakx's `w_H21.H11`: a label that long would crowd the diagram, so ours is written instead. */
export const MAX_SHOWN_NAME = 12;

/**
 * A name as the page typesets it, in plain Unicode: LaTeX braces and backslashes go (`w_{H11.I1}` → `w_H11.I1`),
 * and an index of digits becomes subscripts (`w_{14}` → `w₁₄`, `w_{1,2}` → `w₁,₂`), as the page's reader sees it.
 */
export function shownPageName(name: string): string {
  const plain = name.replace(/\\(?=[A-Za-z])/g, '').replace(/[{}\s]/g, '');
  return plain.replace(/_(\d{1,3}(?:,\d{1,3})?)$/, (_m, index: string) =>
    [...index].map((c) => (c === ',' ? ',' : SUBSCRIPT[Number(c)])).join(''),
  );
}

/** The network's parameters, for checking that no name stands for two of them. */
export interface ParameterShape {
  layers: readonly number[];
  biases: readonly LayerBias[];
}

/** Every parameter's name under a notation, weights then biases. */
function everyName(nt: Notation, { layers, biases }: ParameterShape): string[] {
  const names: string[] = [];
  for (let l = 0; l + 1 < layers.length; l++)
    for (let j = 0; j < layers[l + 1]!; j++)
      for (let i = 0; i < layers[l]!; i++) names.push(nt.weight(l, j, i));
  biases.forEach((bias, l) => {
    if (typeof bias === 'number') names.push(nt.bias(l, true));
    else bias.forEach((_b, j) => names.push(nt.bias(l, false, j)));
  });
  return names;
}

/**
 * The notation with the page's names for the weights and biases it named; every other name is the notation's.
 * When a page's name would also be ours for another parameter (it named w2 where we count w3, and left our w2
 * unnamed), one name would stand for two: ours are written throughout instead.
 */
export function withPageNames(
  nt: Notation,
  names: readonly PageParameterName[] | undefined,
  shape: ParameterShape,
): Notation {
  if (!names || names.length === 0) return nt;
  const weights = new Map<string, string>();
  const biases = new Map<string, string>();
  for (const { name, ref } of names) {
    const shown = shownPageName(name);
    if (shown === '' || [...shown].length > MAX_SHOWN_NAME) continue;
    // The first name read for a place wins: a later repeat (a worked sum's term) is the same parameter.
    if (ref.kind === 'weight') {
      const key = `${ref.l}:${ref.j}:${ref.i}`;
      if (!weights.has(key)) weights.set(key, shown);
    } else if (ref.kind === 'bias') {
      const key = `${ref.l}:${ref.j ?? '*'}`;
      if (!biases.has(key)) biases.set(key, shown);
    }
  }
  if (weights.size === 0 && biases.size === 0) return nt;
  const page: Notation = {
    ...nt,
    weight: (l, j, i) => weights.get(`${l}:${j}:${i}`) ?? nt.weight(l, j, i),
    // A layer's shared bias is the page's name for it; a unit's own, its name for that unit.
    bias: (l, shared, j) =>
      (shared || j === undefined ? biases.get(`${l}:*`) : biases.get(`${l}:${j}`)) ?? nt.bias(l, shared, j),
  };
  const all = everyName(page, shape);
  return new Set(all).size === all.length ? page : nt;
}
