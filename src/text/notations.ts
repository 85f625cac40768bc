// The names a course writes for the quantities of backpropagation: one record per notation (`notation:`).
import { biasName, unitName, weightName } from '../core/naming.js';

export const NOTATION_NAMES = ['classic', 'course', 'layered', 'textbook'] as const;
export type NotationName = (typeof NOTATION_NAMES)[number];

/** Layer l counts from 0 (the input); unit j and source i count from 0, as in the trace. */
export interface Notation {
  name: NotationName;
  /** The pre-activation (net input) of unit j of layer l ≥ 1. */
  net(l: number, j: number): string;
  /** The output of unit j of layer l (l = 0: input j). */
  out(l: number, j: number): string;
  /** δ of unit j of layer l ≥ 1 (∂E/∂net). */
  delta(l: number, j: number): string;
  /** The weight into unit j of layer l+1 from unit i of layer l (trace index l). */
  weight(l: number, j: number, i: number): string;
  /** The bias of layer l+1 (trace index l): shared by the layer, or unit j's own. */
  bias(l: number, shared: boolean, j?: number): string;
  /** The unit itself, as a row label (h1, O_4). */
  unit(l: number, j: number): string;
  /** One output's share of the loss, and the whole loss. */
  lossTerm(j: number): string;
  total: string;
  /** The notation's own words for legends and headings: the pre-activation, the output, ∂E/∂output. */
  symbols: { net: string; out: string; dOut: string };
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const SUBSCRIPT = '₀₁₂₃₄₅₆₇₈₉';
const digits = (n: number, set: string) => [...String(n)].map((d) => set[Number(d)]).join('');
const layerMark = (l: number) => `⁽${digits(l, SUPERSCRIPT)}⁾`;
const sub = (n: number) => digits(n, SUBSCRIPT);

/** net_h1, out_h1, δ_h1, E_total: the classic worked example (Mazur). */
function classic(layers: readonly number[]): Notation {
  const unit = (l: number, j: number) => unitName(l, j, layers.length);
  return {
    name: 'classic',
    unit,
    net: (l, j) => `net_${unit(l, j)}`,
    out: (l, j) => (l === 0 ? unit(0, j) : `out_${unit(l, j)}`),
    delta: (l, j) => `δ_${unit(l, j)}`,
    weight: (l, j, i) => weightName(layers, l, j, i),
    bias: (l, shared, j) => biasName(l, shared, j),
    lossTerm: (j) => `E_${unit(layers.length - 1, j)}`,
    total: 'E_total',
    symbols: { net: 'net', out: 'out', dOut: '∂E/∂out' },
  };
}

/** a_h1 (pre-activation), h1 and o1 (outputs), δ_h1, E: the course notes' own notation. */
function course(layers: readonly number[]): Notation {
  const unit = (l: number, j: number) => unitName(l, j, layers.length);
  return {
    ...classic(layers),
    name: 'course',
    net: (l, j) => `a_${unit(l, j)}`,
    out: (l, j) => unit(l, j),
    total: 'E',
    symbols: { net: 'a', out: 'h, o', dOut: '∂E/∂h, ∂E/∂o' },
  };
}

/** z⁽¹⁾₁, a⁽¹⁾₁, δ⁽¹⁾₁, W⁽¹⁾₁₂, b⁽¹⁾: layer-indexed, as in most deep-learning texts. */
function layered(layers: readonly number[]): Notation {
  const index = (j: number, i: number) =>
    layers.some((size) => size > 9) ? `${sub(j + 1)},${sub(i + 1)}` : `${sub(j + 1)}${sub(i + 1)}`;
  return {
    name: 'layered',
    unit: (l, j) => (l === 0 ? `x${sub(j + 1)}` : `a${layerMark(l)}${sub(j + 1)}`),
    net: (l, j) => `z${layerMark(l)}${sub(j + 1)}`,
    out: (l, j) => (l === 0 ? `x${sub(j + 1)}` : `a${layerMark(l)}${sub(j + 1)}`),
    delta: (l, j) => `δ${layerMark(l)}${sub(j + 1)}`,
    weight: (l, j, i) => `W${layerMark(l + 1)}${index(j, i)}`,
    bias: (l, shared, j) =>
      shared || j === undefined ? `b${layerMark(l + 1)}` : `b${layerMark(l + 1)}${sub(j + 1)}`,
    lossTerm: (j) => `E${sub(j + 1)}`,
    total: 'E',
    symbols: { net: 'z', out: 'a', dOut: '∂E/∂a' },
  };
}

/**
 * I_4, O_4, w14, θ_4: units numbered through the whole network, as in Han & Kamber. Their Err_j is
 * O_j(1 − O_j)(T_j − O_j), the opposite sign of δ, so δ is written ∂E/∂I_j rather than Err_j.
 */
function textbook(layers: readonly number[]): Notation {
  const number = (l: number, j: number) => layers.slice(0, l).reduce((sum, size) => sum + size, 0) + j + 1;
  const pair = (a: number, b: number) => (a > 9 || b > 9 ? `w_${a},${b}` : `w${a}${b}`);
  const last = layers.length - 1;
  return {
    name: 'textbook',
    unit: (l, j) => `O_${number(l, j)}`,
    net: (l, j) => `I_${number(l, j)}`,
    out: (l, j) => `O_${number(l, j)}`,
    delta: (l, j) => `∂E/∂I_${number(l, j)}`,
    weight: (l, j, i) => pair(number(l, i), number(l + 1, j)),
    // A bias shared by a layer has no unit number of its own: name it by the layer's units (θ_3…4).
    bias: (l, shared, j) =>
      shared || j === undefined
        ? `θ_${number(l + 1, 0)}…${number(l + 1, layers[l + 1]! - 1)}`
        : `θ_${number(l + 1, j)}`,
    lossTerm: (j) => `E_${number(last, j)}`,
    total: 'E',
    symbols: { net: 'I', out: 'O', dOut: '∂E/∂O' },
  };
}

const BUILDERS: Record<NotationName, (layers: readonly number[]) => Notation> = {
  classic,
  course,
  layered,
  textbook,
};

export function notationFor(name: NotationName, layers: readonly number[]): Notation {
  return BUILDERS[name](layers);
}

// Telltale names of each notation on a pasted page (a_h1 / a_{h_1}; net_h1 / out_{o1}; z^{(1)}, a^{[2]}; Err_6, O_j).
const PAGE_SIGNS: [NotationName, RegExp][] = [
  ['course', /\ba_\{?[hoi]_?\{?\d/g],
  ['classic', /\b(?:net|out)_\{?[hoi]_?\{?\d/gi],
  ['layered', /\b[zaδ]\s*\^\s*(?:\{\s*)?[([]\d|[zaδ]⁽/g],
  ['textbook', /(?<![A-Za-z])(?:Err|I|O)_\{?\d|θ_?\{?\d/g],
];

/** The notation a pasted page writes in (the one with the most telltale names), or undefined. */
export function notationOfPage(text: string): NotationName | undefined {
  let best: NotationName | undefined;
  let most = 0;
  for (const [name, sign] of PAGE_SIGNS) {
    const count = text.match(sign)?.length ?? 0;
    if (count > most) [best, most] = [name, count];
  }
  return best;
}
