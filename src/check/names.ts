// What a name on an answer sheet can mean: net_h1, a_{h_1}, h1, E_total, ∂E/∂w5, Δw5, w5+, δ_o1, σ'(a_o1), z^{(2)}_1, …
import type { ResolvedSpec } from '../core/index.js';
import { walk } from '../work-meter.js';
import { biasFits, quantityKey, type Quantity } from './quantities.js';
import { outputWordMeanings } from './output-words.js';
import { withoutLeadingStar } from './star-marks.js';
import { numberedWeight, USUAL_NAMES, type SheetNames } from './sheet-names.js';
import {
  biasOf,
  neuronPair,
  numberedPair,
  onlyBias,
  singleLayerPair,
  unitNumbered,
  unitPair,
} from './textbook-names.js';

/** Why a name was read the way it was, when that is not obvious (shown next to the verdict). */
export type MeaningNote =
  | 'pre_activation' // a_h1 read as net_h1 (the course notes' notation)
  | 'activation' // a_h1 read as out_h1 (activation a = σ(z))
  | 'sigma_of' // σ(a_o1) = out_o1
  | 'change' // Δw5 read as w5⁺ − w5 = −η·∂E/∂w5
  | 'step' // Δw5 read as η·∂E/∂w5 (the course notes: w5⁺ = w5 − Δw5)
  | 'delta_other_sign' // δ = −∂E/∂net (t − o convention)
  | 'local_derivative' // ∂net_o1/∂w5 = out_h1, ∂net_o1/∂out_h1 = w5
  | 'after_update' // a forward value after the weights were updated (second forward pass)
  | 'before_update' // the same name, read as the first forward pass
  | 'initial' // a weight written without a mark, read as the given value
  | 'updated' // a weight written again after the backward pass, read as the new value
  | 'by_value' // no name: recognised as the one quantity with this value
  | 'actual_target' // "actual output" read as the target (HMKCode: prediction vs actual)
  | 'actual_output'; // "actual output" read as the network's output (desired vs actual)

export interface Meaning {
  quantity: Quantity;
  /** The student's number is `scale ×` the quantity (−1 for sign conventions). */
  scale: number;
  note?: MeaningNote;
  /** Forward values and unmarked weights whose pass (before/after the update) comes from context. */
  timing?: 'forward' | 'parameter';
}

interface UnitRef {
  /** 0 = input layer, then 1.. for the non-input layers. */
  layer: number;
  j: number;
}

const PERSIAN_LETTERS = /[\u0600-\u06FF\u200c]+/g;
/** Chinese, Japanese, Korean and full-width prose (偏置梯度：) around a name. */
const CJK_PROSE = /[\u3000-\u303F\u3040-\u30FF\u4E00-\u9FFF\uAC00-\uD7AF\uFF00-\uFFEF]+/g;
/** After/before the update, in English, Spanish (w_{nuevo}, w_{viejo}), Indonesian (baru, lama) and Persian. */
const NEW_WORDS = /(?:^|[^a-z])(new|updated|next|nuevo|nueva|baru)(?:[^a-z]|$)|جدید|به[‌ ]?روز/i;
const OLD_WORDS = /(?:^|[^a-z])(old|initial|previous|viejo|vieja|lama)(?:[^a-z]|$)|قبلی|اولیه/i;

/** Lower-case compact form: no spaces, underscores or braces; Δ → '@', δ → '%'; digits joined by ',' where an underscore separated them. */
export function compactName(text: string): string {
  return (
    text
      .replace(PERSIAN_LETTERS, ' ')
      .replace(/Δ/g, '@')
      .replace(/δ/g, '%')
      .replace(/′/g, "'")
      .replace(/[₀-₉]/g, (d) => String(d.charCodeAt(0) - 0x2080))
      .replace(/ŷ/g, 'yhat')
      .replace(/(\d)\s*_\s*(?:\{\s*)?(\d)/g, '$1,$2')
      // Capital I and O before a number stay marked: a textbook's I4, O4 may number units across the network.
      .replace(/(?<![A-Za-z])I(?=[_{\s]*\d)/g, 'ɪ')
      .replace(/(?<![A-Za-z])O(?=[_{\s]*\d)/g, 'ᴏ')
      .toLowerCase()
      .replace(/\\?delta/g, '%')
      .replace(/\\?partial/g, '∂')
      .replace(/\\?sigma/g, 'σ')
      .replace(/[\s_{}\\]/g, '')
      .replace(/(?<!\*)\*+$/, '')
      .replace(/\^$/, '')
  );
}

function unitRef(token: string, spec: ResolvedSpec): UnitRef | undefined {
  const match = /^(i|x|h|o|y|ɪ|ᴏ)(\d+)(?:,(\d+))?$/.exec(token);
  if (!match) return undefined;
  const [, written, first, second] = match;
  const kind = written === 'ɪ' ? 'i' : written === 'ᴏ' ? 'o' : written;
  const layerCount = spec.layers.length;
  const a = Number(first);
  if (kind === 'i' || kind === 'x')
    return second === undefined && a >= 1 && a <= spec.layers[0]! ? { layer: 0, j: a - 1 } : undefined;
  if (kind === 'o' || kind === 'y') {
    return second === undefined && a >= 1 && a <= spec.layers[layerCount - 1]!
      ? { layer: layerCount - 1, j: a - 1 }
      : undefined;
  }
  // h: h3 with one hidden layer, h2,3 (hidden layer 2, unit 3) with several, and h21 there when both are one digit.
  const hiddenLayers = layerCount - 2;
  const joined = second === undefined && hiddenLayers > 1 && /^\d\d$/.test(first!);
  const layer = joined ? Number(first![0]) : second === undefined ? (hiddenLayers === 1 ? 1 : undefined) : a;
  const j = (joined ? Number(first![1]) : second === undefined ? a : Number(second)) - 1;
  if (layer === undefined || layer < 1 || layer > hiddenLayers || j < 0 || j >= spec.layers[layer]!)
    return undefined;
  return { layer, j };
}

/** `(2)1`, `[2]1`, `2,1` after a letter: layer l (1 = first non-input layer) and unit j, both 1-based. */
function layerIndexed(rest: string, spec: ResolvedSpec): UnitRef | undefined {
  const match = /^\^?[([](\d+)[)\]](\d+)$/.exec(rest) ?? /^(\d+),(\d+)$/.exec(rest);
  if (!match) return undefined;
  const layer = Number(match[1]);
  const j = Number(match[2]) - 1;
  if (layer < 1 || layer >= spec.layers.length || j < 0 || j >= spec.layers[layer]!) return undefined;
  return { layer, j };
}

function unitOrIndexed(rest: string, spec: ResolvedSpec): UnitRef | undefined {
  return unitRef(rest, spec) ?? layerIndexed(rest, spec);
}

const LOSS_NAMES = new Set([
  'e',
  'etotal',
  'etot',
  'error',
  'err',
  'loss',
  'l',
  'j',
  'c',
  'cost',
  'totalerror',
  'errortotal',
  'ltotal',
  'mse',
  'sse',
]);

function net(u: UnitRef, note?: MeaningNote): Meaning {
  return {
    quantity: { kind: 'net', l: u.layer - 1, j: u.j, pass: 0 },
    scale: 1,
    timing: 'forward',
    ...(note ? { note } : {}),
  };
}
function out(u: UnitRef, note?: MeaningNote): Meaning {
  return {
    quantity: { kind: 'out', l: u.layer - 1, j: u.j, pass: 0 },
    scale: 1,
    timing: 'forward',
    ...(note ? { note } : {}),
  };
}
const plain = (quantity: Quantity, scale = 1, note?: MeaningNote): Meaning => ({
  quantity,
  scale,
  ...(note ? { note } : {}),
});

/** Weight or bias references: w5, w^{(2)}_{12}, w_{h1o1}, w_{i1→h1}, b1, b1_2, b_{h1}, b^{(2)}_1. */
function parameter(token: string, spec: ResolvedSpec, names: SheetNames): Quantity[] {
  // The page's own names (from its setup) first: v1, w_{x1→h1}, w2 when the page numbers source-first.
  const named = names.page.get(token);
  if (named && (named.kind === 'weight' || named.kind === 'bias')) return [named];
  let match = /^w(\d+)$/.exec(token);
  if (match) {
    const at = match[1]!.startsWith('0')
      ? undefined
      : numberedWeight(spec.layers, Number(match[1]), names.numbering);
    // Otherwise a textbook's pair of unit numbers (w14, w46, w04) or a single neuron's w11, w12.
    return at
      ? [{ kind: 'weight', ...at }]
      : [...numberedPair(match[1]!, spec), ...singleLayerPair(match[1]!, spec)];
  }
  match = /^θ(\d+)$/.exec(token);
  if (match) {
    const unit = unitNumbered(Number(match[1]), spec);
    const bias = unit && unit.layer > 0 ? biasOf(spec, unit) : undefined;
    return bias ? [bias] : [];
  }
  if (token === 'b') return onlyBias(spec);
  match = /^w\^?[([](\d+)[)\]](\d)(\d)$/.exec(token) ?? /^w\^?[([](\d+)[)\]](\d+),(\d+)$/.exec(token);
  if (match) {
    const l = Number(match[1]) - 1;
    const j = Number(match[2]) - 1;
    const i = Number(match[3]) - 1;
    const ok =
      l >= 0 && l < spec.weights.length && j >= 0 && j < spec.layers[l + 1]! && i >= 0 && i < spec.layers[l]!;
    return ok ? [{ kind: 'weight', l, j, i }] : [];
  }
  match = /^w\(?([ihox]\d+(?:,\d+)?)[,→\-<>←]*([ihox]\d+(?:,\d+)?)\)?$/.exec(
    token.replace(/->/g, '→').replace(/<-/g, '←'),
  );
  if (match) {
    const a = unitRef(match[1]!, spec);
    const b = unitRef(match[2]!, spec);
    if (a && b) {
      const [from, to] =
        a.layer + 1 === b.layer ? [a, b] : b.layer + 1 === a.layer ? [b, a] : [undefined, undefined];
      if (from && to) return [{ kind: 'weight', l: from.layer, j: to.j, i: from.j }];
    }
    return [];
  }
  // w_{a,b}: a pair of unit numbers, counted as the sheet counts them (see pairSchemeOf).
  match = /^w(\d+),(\d+)$/.exec(token);
  if (match) {
    const [a, b] = [Number(match[1]), Number(match[2])];
    const weight =
      names.pairs === 'neurons'
        ? (neuronPair(a, b, spec) ?? unitPair(a, b, spec))
        : (unitPair(a, b, spec) ?? neuronPair(a, b, spec));
    return weight ? [weight] : singleLayerPair(`${a}${b}`, spec);
  }
  match = /^b(\d+)$/.exec(token);
  if (match) {
    const l = Number(match[1]) - 1;
    if (biasFits(spec, l, undefined)) return [{ kind: 'bias', l }];
    // The bias of a layer with one unit, given per unit: b_2 of a 2-2-1 network.
    if (spec.layers[l + 1] === 1 && biasFits(spec, l, 0)) return [{ kind: 'bias', l, j: 0 }];
    return [];
  }
  match = /^b(\d+),(\d+)$/.exec(token) ?? /^b\^?[([](\d+)[)\]](\d+)$/.exec(token);
  if (match) return biasOfUnit(spec, Number(match[1]), Number(match[2]) - 1);
  match = /^b\(?([ho]\d+(?:,\d+)?)\)?$/.exec(token);
  if (match) {
    const u = unitRef(match[1]!, spec);
    return u && u.layer >= 1 ? biasOfUnit(spec, u.layer, u.j) : [];
  }
  return [];
}

function biasOfUnit(spec: ResolvedSpec, layer: number, j: number): Quantity[] {
  const l = layer - 1;
  if (l < 0 || l >= spec.biases.length || j < 0 || j >= spec.layers[layer]!) return [];
  return typeof spec.biases[l] === 'number' ? [{ kind: 'bias', l }] : [{ kind: 'bias', l, j }];
}

const asGradient = (q: Quantity): Quantity | undefined =>
  q.kind === 'weight'
    ? { ...q, kind: 'gradWeight' }
    : q.kind === 'bias'
      ? { ...q, kind: 'gradBias' }
      : undefined;
const asStep = (q: Quantity): Quantity | undefined =>
  q.kind === 'weight'
    ? { ...q, kind: 'stepWeight' }
    : q.kind === 'bias'
      ? { ...q, kind: 'stepBias' }
      : undefined;
const asNew = (q: Quantity): Quantity | undefined =>
  q.kind === 'weight'
    ? { ...q, kind: 'newWeight' }
    : q.kind === 'bias'
      ? { ...q, kind: 'newBias' }
      : undefined;

/** A unit's value names: net_h1 / z_h1 / in_h1 / a_h1 (pre-activation), out_h1 / h1 / y1 / ŷ1 / a^{(l)}_j (output). */
function unitValue(token: string, spec: ResolvedSpec): Meaning[] {
  const last = spec.layers.length - 1;
  // One output unit: y, ŷ, o, out and t need no index.
  if (spec.layers[last] === 1) {
    if (/^(y|yhat|o|out|output|ypred|prediction|predictedoutput)$/.test(token))
      return [out({ layer: last, j: 0 })];
    // A single neuron's a (its activation; its z is the net input).
    if (token === 'a' && last === 1) return [out({ layer: last, j: 0 }, 'activation')];
    if (/^(z|net|s|zout|netout)$/.test(token)) return [net({ layer: last, j: 0 })];
    if (/^(t|target)$/.test(token)) return [plain({ kind: 'target', j: 0 })];
  }
  // One hidden unit in one hidden layer (a chain x → h → ŷ): h needs no index either.
  if (token === 'h' && spec.layers.length === 3 && spec.layers[1] === 1) return [out({ layer: 1, j: 0 })];
  const bare = unitRef(token, spec);
  if (bare) {
    if (bare.layer === 0) return [plain({ kind: 'input', i: bare.j })];
    return [out(bare)];
  }
  let match = /^(net|z|in|s)(.+)$/.exec(token);
  if (match) {
    const u = unitOrIndexed(match[2]!, spec);
    if (u && u.layer >= 1) return [net(u)];
  }
  match = /^a(.+)$/.exec(token);
  if (match) {
    const u = unitRef(match[1]!, spec);
    // The course notes write a_h1 for the pre-activation; elsewhere a is the activation.
    if (u && u.layer >= 1) return [net(u, 'pre_activation'), out(u, 'activation')];
    const indexed = layerIndexed(match[1]!, spec);
    if (indexed)
      return indexed.layer === 0 ? [] : [out(indexed, 'activation'), net(indexed, 'pre_activation')];
  }
  match = /^(out|yhat|y|o)(.+)$/.exec(token);
  if (match) {
    const u = unitOrIndexed(match[2]!, spec);
    if (u && u.layer >= 1) return [out(u)];
    if (/^\d+$/.test(match[2]!) && match[1] !== 'o') {
      const k = Number(match[2]) - 1;
      if (k >= 0 && k < spec.layers[last]!) return [out({ layer: last, j: k })];
    }
  }
  match = /^(t|target)(.+)$/.exec(token);
  if (match) {
    const u = unitRef(match[2]!, spec);
    if (u && u.layer === spec.layers.length - 1) return [plain({ kind: 'target', j: u.j })];
    if (/^\d+$/.test(match[2]!)) {
      const k = Number(match[2]) - 1;
      if (k >= 0 && k < spec.layers[spec.layers.length - 1]!) return [plain({ kind: 'target', j: k })];
    }
  }
  return textbookUnitValue(token, spec);
}

/** H1_net / y1_net (net written after the unit), I4 / O4 (whole-network numbering), z^{(3)}, z1, a^{(2)} (one index). */
function textbookUnitValue(token: string, spec: ResolvedSpec): Meaning[] {
  let match = /^([a-z]\d+)(net|in)$/.exec(token);
  if (match) {
    const u = unitRef(match[1]!, spec);
    return u && u.layer >= 1 ? [net(u)] : [];
  }
  match = /^(ɪ|ᴏ|y)(\d+)$/.exec(token);
  if (match) {
    const u = unitNumbered(Number(match[2]), spec);
    if (!u) return [];
    if (u.layer === 0) return match[1] !== 'ɪ' ? [plain({ kind: 'input', i: u.j })] : [];
    return [match[1] === 'ɪ' ? net(u) : out(u)];
  }
  match = /^(z|net|s|a)(\^\(|\^|\()?(\d+)\)?$/.exec(token);
  if (match) {
    const k = Number(match[3]);
    // z^{(2)}: layer 2 when it has a single unit; z^{(3)}, z1, a_2: the k-th non-input unit (either may be meant).
    const layerMark = match[2] !== undefined;
    const single = k >= 1 && spec.layers[k] === 1 ? { layer: k, j: 0 } : undefined;
    const numbered = unitNumbered(k, spec, false);
    const units = (layerMark ? [single, numbered] : [numbered, single]).filter(
      (u): u is { layer: number; j: number } => u !== undefined,
    );
    return units.flatMap((u) => {
      if (match![1] !== 'a') return [net(u)];
      // a^{(l)} is the activation; a_k is as often the course notes' pre-activation.
      return layerMark
        ? [out(u, 'activation'), net(u, 'pre_activation')]
        : [net(u, 'pre_activation'), out(u, 'activation')];
    });
  }
  return [];
}

function lossNames(token: string, spec: ResolvedSpec): Meaning[] {
  // `Error_j` of a net with one output: that output's error, as if unindexed (gfg's Error_j = y_target − y_5).
  const generic = /^(e|error|err)[jk]$/.exec(token);
  if (generic && spec.layers[spec.layers.length - 1] === 1) return lossNames(generic[1]!, spec);
  if (LOSS_NAMES.has(token)) {
    const loss: Meaning = { quantity: { kind: 'loss', pass: 0 }, scale: 1, timing: 'forward' };
    // Code's `error = target - output` of one output unit: −∂E/∂out under E = ½(t − o)², tried second.
    const last = spec.layers.length - 1;
    if (/^(error|err)$/.test(token) && spec.layers[last] === 1 && spec.loss === 'half_sse')
      return [loss, plain({ kind: 'dE_dOut', l: last - 1, j: 0 }, -1, 'delta_other_sign')];
    return [loss];
  }
  const lossTerm = (j: number): Meaning[] => [
    { quantity: { kind: 'lossTerm', j, pass: 0 }, scale: 1, timing: 'forward' },
  ];
  let match = /^(e|error|err|l|loss)((?:o|y|ᴏ)\d+)$/.exec(token);
  if (match) {
    const u = unitRef(match[2]!, spec);
    if (u) return lossTerm(u.j);
  }
  match = /^(e|error|err|l|loss)(\d+)$/.exec(token);
  if (match) {
    const n = Number(match[2]);
    const outputs = spec.layers[spec.layers.length - 1]!;
    // Han & Kamber's Err_j = O_j(1 − O_j)(T_j − O_j) = −∂E/∂I_j of unit j in the whole-network numbering.
    const unit = match[1] === 'err' ? unitNumbered(n, spec) : undefined;
    if (unit && unit.layer > 0 && (n > outputs || spec.layers.length > 2)) {
      const q: Quantity = { kind: 'delta', l: unit.layer - 1, j: unit.j };
      return [plain(q, -1, 'delta_other_sign'), plain(q)];
    }
    // With one output its term is the loss itself: `err1`, `E1` read as the loss (a MATLAB lab's err1).
    if (n === 1 && outputs === 1)
      return [{ quantity: { kind: 'loss', pass: 0 }, scale: 1, timing: 'forward' }];
    if (n >= 1 && n <= outputs) return lossTerm(n - 1);
  }
  return [];
}

/** ∂A/∂B or dA/dB with A, B already compact; parentheses around either side dropped. */
function derivative(
  numerator: string,
  denominator: string,
  spec: ResolvedSpec,
  names: SheetNames,
): Meaning[] {
  const last = spec.layers.length - 1;
  // ∂L/∂y': y' is the prediction (ŷ) beside the target y, never an output after the update, under a derivative.
  if (denominator === "y'") return derivative(numerator, 'yhat', spec, names);
  const bottomParam = parameter(denominator, spec, names);
  const top = LOSS_NAMES.has(numerator) ? 'loss' : lossNames(numerator, spec)[0];
  if (top === 'loss') {
    if (bottomParam.length > 0)
      return bottomParam.flatMap((q) => (asGradient(q) ? [plain(asGradient(q)!)] : []));
    // ∂L/∂a_2, ∂L/∂a^{(2)}: a numbered a under a derivative is the activation first.
    const readings = unitValue(denominator, spec);
    if (!/^a\^?\(?\d+\)?$/.test(denominator)) return readings.flatMap((m) => fromLossTo(m));
    const ordered = [
      ...readings.filter((m) => m.note !== 'pre_activation'),
      ...readings.filter((m) => m.note === 'pre_activation'),
    ];
    return ordered.flatMap((m) => fromLossTo(m));
  }
  if (top && top.quantity.kind === 'lossTerm') {
    const k = top.quantity.j;
    return unitValue(denominator, spec).flatMap((m) => {
      const q = m.quantity;
      if (q.kind === 'out' && q.l === last - 1 && q.j === k)
        return [plain({ kind: 'dE_dOut', l: q.l, j: q.j }, 1, m.note)];
      if (q.kind === 'net' && q.l === last - 1 && q.j === k)
        return [plain({ kind: 'delta', l: q.l, j: q.j }, 1, m.note)];
      if (q.kind === 'out' && q.l === last - 2)
        return [plain({ kind: 'contribution', l: q.l, j: q.j, k }, 1, m.note)];
      return [];
    });
  }
  const upper = unitValue(numerator, spec);
  // dy1/dnet, dy_pred/dz: the net input of the numerator's own unit.
  const lower = /^(net|z|in|s)$/.test(denominator)
    ? upper.flatMap((m) =>
        m.quantity.kind === 'out' ? [net({ layer: m.quantity.l + 1, j: m.quantity.j })] : [],
      )
    : unitValue(denominator, spec);
  const meanings: Meaning[] = [];
  for (const a of upper) {
    const qa = a.quantity;
    if (qa.kind === 'out') {
      for (const b of lower) {
        const qb = b.quantity;
        if (qb.kind === 'net' && qb.l === qa.l && qb.j === qa.j)
          meanings.push(plain({ kind: 'dOut_dNet', l: qa.l, j: qa.j }));
      }
    }
    if (qa.kind === 'net') {
      for (const q of bottomParam) {
        if (q.kind === 'weight' && q.l === qa.l && q.j === qa.j) {
          const source: Quantity =
            q.l === 0 ? { kind: 'input', i: q.i } : { kind: 'out', l: q.l - 1, j: q.i, pass: 0 };
          meanings.push(plain(source, 1, 'local_derivative'));
        }
      }
      for (const b of lower) {
        const qb = b.quantity;
        if (qb.kind === 'out' && qb.l === qa.l - 1)
          meanings.push(plain({ kind: 'weight', l: qa.l, j: qa.j, i: qb.j }, 1, 'local_derivative'));
        if (qb.kind === 'input' && qa.l === 0)
          meanings.push(plain({ kind: 'weight', l: 0, j: qa.j, i: qb.i }, 1, 'local_derivative'));
      }
    }
  }
  return meanings;
}

function fromLossTo(m: Meaning): Meaning[] {
  const q = m.quantity;
  if (q.kind === 'out') return [plain({ kind: 'dE_dOut', l: q.l, j: q.j }, 1, m.note)];
  if (q.kind === 'net') return [plain({ kind: 'delta', l: q.l, j: q.j }, 1, m.note)];
  return [];
}

/** A unit the page named (`Z1` its output, `Z1(in)`, `Z1_in`, `Z_in1` its net input), as its setup read it. */
function pageUnit(token: string, names: SheetNames): Meaning | undefined {
  const net = /^(.+?)(?:\(in\)|in|\(net\)|net)$/.exec(token) ?? /^([a-z])in(\d+)$/.exec(token);
  const name = net ? (net[2] === undefined ? net[1]! : `${net[1]}${net[2]}`) : token;
  const q = names.page.get(name);
  if (q?.kind === 'input' && !net) return { quantity: q, scale: 1 };
  if (q?.kind !== 'out') return undefined;
  return { quantity: net ? { ...q, kind: 'net' } : q, scale: 1, timing: 'forward' };
}

/** Meanings of a compact token with the after-update marks already removed. */
function meaningsOf(token: string, spec: ResolvedSpec, names: SheetNames): Meaning[] {
  if (token === '') return [];
  const unit = pageUnit(token, names);
  if (unit) return [unit];
  if (/^(η|eta|lr|α|alpha|learningrate)$/.test(token)) return [plain({ kind: 'learningRate' })];
  const losses = lossNames(token, spec);
  if (losses.length > 0) return losses;

  let match = /^\(?(∂|d)([^/]+?)\)?\/\(?(∂|d)(.+?)\)?$/.exec(token);
  if (match && !/[*+·×-]/.test(token)) {
    return derivative(match[2]!.replace(/[()]/g, ''), match[4]!.replace(/[()]/g, ''), spec, names);
  }
  match = /^(?:dedw|dedb)(\d+)$/.exec(token);
  if (match) return meaningsOf(`∂e/∂${token[3]}${match[1]}`, spec, names);

  // Activation of something: σ(a_o1), f(net_h1) = the unit's output.
  match = /^(σ|sigmoid|f|g|tanh|relu|act)\((.+)\)$/.exec(token);
  if (match) {
    return unitValue(match[2]!, spec).flatMap((m) =>
      m.quantity.kind === 'net' ? [out({ layer: m.quantity.l + 1, j: m.quantity.j }, 'sigma_of')] : [],
    );
  }
  // Its derivative: σ'(a_o1), f'(net_h1), σ'(out_h1).
  match = /^(σ|sigmoid|f|g|tanh|relu|act)'\((.+)\)$/.exec(token);
  if (match) {
    return unitValue(match[2]!, spec).flatMap((m) =>
      m.quantity.kind === 'net' || m.quantity.kind === 'out'
        ? [plain({ kind: 'dOut_dNet', l: m.quantity.l, j: m.quantity.j })]
        : [],
    );
  }
  // Code's dw5, dW11, db: the gradient of that parameter.
  match = /^d([wbθ].*)$/.exec(token);
  if (match) {
    const gradients = parameter(match[1]!, spec, names).flatMap((q) =>
      asGradient(q) ? [plain(asGradient(q)!)] : [],
    );
    if (gradients.length > 0) return gradients;
  }
  // "sigmoid derivative" of the one output unit.
  if (/^(σ|sigmoid|activation)(derivative|')$/.test(token) && spec.layers[spec.layers.length - 1] === 1)
    return [plain({ kind: 'dOut_dNet', l: spec.layers.length - 2, j: 0 })];
  // δ_o1, delta_h1, δ^{(2)}_1, delta1 (output 1, or unit 1 of the whole-network numbering): ∂E/∂net, or its negative.
  // δ alone: the output unit's, when there is one.
  // Δ alone is δ too (HMKCode's Δ = prediction - actual).
  if ((token === '%' || token === '@') && spec.layers[spec.layers.length - 1] === 1) {
    const q: Quantity = { kind: 'delta', l: spec.layers.length - 2, j: 0 };
    return [plain(q), plain(q, -1, 'delta_other_sign')];
  }
  match = /^%(.+)$/.exec(token);
  if (match) {
    // δ of a unit the page named (tailvar's `delta_f` for its output f).
    const named = pageUnit(match[1]!, names)?.quantity;
    if (named?.kind === 'out') {
      const q: Quantity = { kind: 'delta', l: named.l, j: named.j };
      return [plain(q), plain(q, -1, 'delta_other_sign')];
    }
    const index = /^\d+$/.test(match[1]!) ? Number(match[1]) : 0;
    const outputs = spec.layers[spec.layers.length - 1]!;
    const numbered = index > outputs ? unitNumbered(index, spec) : undefined;
    const u =
      unitOrIndexed(match[1]!, spec) ??
      (index >= 1 && index <= outputs ? { layer: spec.layers.length - 1, j: index - 1 } : undefined) ??
      (numbered && numbered.layer > 0 ? numbered : undefined) ??
      // δ_2 of kaifeng's 2-2-1 network: layer 2, which has one unit.
      (index >= 1 && index < spec.layers.length && spec.layers[index] === 1
        ? { layer: index, j: 0 }
        : undefined);
    if (u && u.layer >= 1) {
      const q: Quantity = { kind: 'delta', l: u.layer - 1, j: u.j };
      return [plain(q), plain(q, -1, 'delta_other_sign')];
    }
    return [];
  }
  // Δw5 / Δb1: the course notes' η·∂E/∂w, or the change w⁺ − w. Δ_(h2,o): the course notes' ∂E/∂h2.
  match = /^@(.+)$/.exec(token);
  if (match) {
    const rest = match[1]!;
    const params = parameter(rest, spec, names);
    if (params.length > 0) {
      return params.flatMap((q) => [plain(asStep(q)!, 1, 'step'), plain(asStep(q)!, -1, 'change')]);
    }
    const pair = /^\(?([ho]\d+(?:,\d+)?),[a-z0-9,]*\)?$/.exec(rest);
    if (pair) {
      const u = unitRef(pair[1]!, spec);
      if (u && u.layer >= 1) return [plain({ kind: 'dE_dOut', l: u.layer - 1, j: u.j })];
    }
    return [];
  }
  const params = parameter(token, spec, names);
  if (params.length > 0) return params.map((q) => ({ quantity: q, scale: 1, timing: 'parameter' as const }));
  const words = outputWordMeanings(token, spec, names.actualOutput);
  return words.length > 0 ? words : unitValue(token, spec);
}

const AFTER_MARK = /(?:\^?\+|\^\(?new\)?|\(new\)|new|updated|'|\^\*|\^\(?t\+1\)?|\(t\+1\)|\^\(?1\)?)$/;
const BEFORE_MARK = /(?:\^\(?old\)?|\(old\)|old|\^\(?0\)?|\(t\)|\^\(?t\)?)$/;

/** Reads one name (possibly with prose around it); returns every meaning it can have, most likely first. */
/** Persian names of quantities (the rest of a Persian sentence is prose around the name). */
const PERSIAN_NAMES: [RegExp, string][] = [
  [/خطای\s*کل|خطا(?:ی)?/g, ' Error '],
  [/نرخ\s*یادگیری/g, ' eta '],
];

/** A name is read from at most its last few words ("the updated weight w5"), and never from a longer text. */
const MAX_NAME_WORDS = 6;
const MAX_NAME_LENGTH = 80;

/** Remarks in brackets: "(after)" and "(before)" mark the pass, "(for w5)" is left out. */
const REMARKS: [RegExp, string][] = [
  [/\((?:after|new|updated)[^()]{0,40}\)/gi, ' new '],
  [/\((?:before|old|initial)[^()]{0,40}\)/gi, ' old '],
  [/\((?:for|of|wrt|w\.r\.t\.?)\s[^()]{0,40}\)/gi, ' '],
];

export function resolveName(written: string, spec: ResolvedSpec, names: SheetNames = USUAL_NAMES): Meaning[] {
  let text = withoutLeadingStar(written, names.starMeansNew ?? false);
  for (const [pattern, replacement] of REMARKS) text = text.replace(pattern, replacement);
  text = text.replace(/\b(before|after)\s(?:the\s)?(?:weight\s)?update\b/i, (_m, when: string) =>
    when.toLowerCase() === 'after' ? ' new ' : ' old ',
  );
  // "Gradient w2", "gradient of b1": ∂E/∂ of that parameter.
  text = text.replace(/\b(?:gradient|grad)\s(?:of\s|for\s)?([wbθ][^\s]{0,20})/i, 'dE/d$1');
  // Only when no Latin name is written: "خطای کل برای o1: E_o1" keeps its E_o1.
  if (!/[A-Za-zΔδ∂σ]/.test(text))
    for (const [pattern, name] of PERSIAN_NAMES) text = text.replace(pattern, name);
  const markedNew = NEW_WORDS.test(text);
  const markedOld = OLD_WORDS.test(text);
  const words = text
    .replace(NEW_WORDS, (m) => m.replace(/new|updated|next|nuevo|nueva|baru|جدید|به[‌ ]?روز/i, ' '))
    .replace(OLD_WORDS, (m) => m.replace(/old|initial|previous|viejo|vieja|lama|قبلی|اولیه/i, ' '))
    .replace(PERSIAN_LETTERS, ' ')
    .replace(CJK_PROSE, ' ')
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '');
  // The longest tail that can be a name first, then ever shorter ones: "the new weight w5" → "w5".
  let characters = 0;
  let first = words.length;
  while (first > 0 && words.length - first < MAX_NAME_WORDS) {
    characters += words[first - 1]!.length + 1;
    if (characters > MAX_NAME_LENGTH) break;
    first--;
  }
  walk(words.length);
  for (let start = first; start < words.length; start++) {
    const meanings = resolveToken(
      compactName(words.slice(start).join(' ')),
      spec,
      markedNew,
      markedOld,
      names,
    );
    if (meanings.length > 0) return unique(meanings);
  }
  return [];
}

/** `out(h1)`, `net(o1)`, `w(5)+`: the unit or index in parentheses instead of a subscript. */
const PARENTHESISED = /^(net|out|z|in|a|s|e|err|error|l|loss|%|t|target|w|b)\(([a-z0-9,]+)\)(.*)$/;

function resolveToken(
  token: string,
  spec: ResolvedSpec,
  markedNew: boolean,
  markedOld: boolean,
  names: SheetNames,
): Meaning[] {
  const parenthesised = PARENTHESISED.exec(token);
  if (parenthesised) {
    const unwrapped = `${parenthesised[1]}${parenthesised[2]}${parenthesised[3]}`;
    const meanings = resolveToken(unwrapped, spec, markedNew, markedOld, names);
    if (meanings.length > 0) return meanings;
  }
  const direct = meaningsOf(token, spec, names);
  const afterMark = AFTER_MARK.exec(token);
  if (afterMark && afterMark.index > 0) {
    const base = meaningsOf(token.slice(0, afterMark.index), spec, names);
    const marked = base.flatMap((m) => markAfter(m));
    if (marked.length > 0) return marked;
  }
  const beforeMark = BEFORE_MARK.exec(token);
  if (beforeMark && beforeMark.index > 0) {
    const base = meaningsOf(token.slice(0, beforeMark.index), spec, names);
    if (base.length > 0) return base.map(({ timing: _timing, ...m }) => m);
  }
  if (markedNew) return direct.flatMap((m) => markAfter(m));
  if (markedOld) return direct.map(({ timing: _timing, ...m }) => m);
  return direct;
}

/** The same name after the update: the new parameter, or the second forward pass. */
function markAfter(m: Meaning): Meaning[] {
  const q = m.quantity;
  const updated = asNew(q);
  if (updated) return [{ quantity: updated, scale: m.scale, note: 'updated' }];
  if (q.kind === 'net' || q.kind === 'out' || q.kind === 'lossTerm' || q.kind === 'loss') {
    return [{ quantity: { ...q, pass: 1 }, scale: m.scale, note: 'after_update' }];
  }
  return [];
}

/** One meaning per quantity and scale (σ'(a_o1) reaches ∂out/∂net through both readings of a). */
function unique(meanings: Meaning[]): Meaning[] {
  const seen = new Set<string>();
  return meanings.filter((m) => {
    const id = `${quantityKey(m.quantity)}×${m.scale}`;
    return seen.has(id) ? false : (seen.add(id), true);
  });
}
