// One record per activation: the function, its derivative, its symbol, its formulas, the words
// people write for it and what /check knows about it. Everything else reads these records.
import type { ActivationName, Vector } from '../types.js';

/** The one place the leaky-ReLU slope for negative inputs is written. */
export const LEAKY_RELU_SLOPE = 0.01;

/** Derivative families /check can substitute for one another (each is the derivative of one record). */
export type DerivativeFamily = 'one' | 'sigmoid' | 'tanh' | 'relu';

export interface ActivationRecord {
  name: ActivationName;
  /** The function symbol in `out = f(net)`. */
  symbol: string;
  /** What it is called, in each language. */
  title: { en: string; fa: string };
  /** The definition, e.g. `σ(net) = 1/(1 + e^(−net))` (mathematics reads the same in en and fa). */
  formula: string;
  /** Words the definition language accepts for it (compared after compactKey: lowercase, no spaces). */
  aliases: readonly string[];
  /** One unit's output and f′ from its net and out, for elementwise activations (not softmax). */
  unit?: { value(z: number): number; slope(net: number, out: number): number };
  /** The whole layer's outputs. */
  apply(net: Vector): Vector;
  /**
   * f′(net_j) computed from net and out as the worked examples do (σ′ = out(1−out)); for softmax the
   * Jacobian's diagonal.
   */
  derivative(net: Vector, out: Vector): Vector;
  /** f′ written with the given out and net (names like `out_h1` or numbers); undefined when constant. */
  derivativeText(out: string, net: string): string;
  /** Whether the derivative has anything to substitute (the identity's is just 1). */
  derivativeDependsOnUnit: boolean;
  /** f′ as /check states it next to a mistake. */
  checkText: string;
  /** Which derivative family /check uses for it (undefined: none of the simple ones). */
  derivativeFamily: DerivativeFamily | undefined;
  /** Whether f′ is written from out, so computing it from net instead is a known mistake (net_vs_out). */
  derivativeFromOut: boolean;
  /** Only allowed on the output layer (it couples the units of its layer). */
  outputOnly: boolean;
}

/** σ(z) without overflow for large negative z. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** Softmax with the maximum subtracted first, so large inputs cannot overflow. */
export function softmax(net: Vector): Vector {
  let max = -Infinity;
  for (const z of net) if (z > max) max = z;
  const exps = net.map((z) => Math.exp(z - max));
  let sum = 0;
  for (const e of exps) sum += e;
  return exps.map((e) => e / sum);
}

/** `(x)` when x is written with a leading minus, as homework writes a negative factor. */
function bracketNegative(text: string): string {
  return text.startsWith('-') ? `(${text})` : text;
}

const outTimesOneMinusOut = (out: Vector) => out.map((o) => o * (1 - o));

/** The unit functions of an elementwise activation and their layer-wide forms. */
function elementwise(
  value: (z: number) => number,
  slope: (net: number, out: number) => number,
): Pick<ActivationRecord, 'unit' | 'apply' | 'derivative'> {
  return {
    unit: { value, slope },
    apply: (net) => net.map(value),
    derivative: (net, out) => net.map((z, j) => slope(z, out[j]!)),
  };
}

export const ACTIVATIONS: Readonly<Record<ActivationName, ActivationRecord>> = {
  sigmoid: {
    name: 'sigmoid',
    symbol: 'σ',
    title: { en: 'sigmoid (logistic)', fa: 'سیگموید (لجستیک)' },
    formula: 'σ(net) = 1/(1 + e^(−net))',
    aliases: ['sigmoid', 'logistic', 'sigma', 'σ', 'sig', 'سیگموید', 'سیگموئید'],
    ...elementwise(sigmoid, (_net, out) => out * (1 - out)),
    derivativeText: (out) => `${out}(1 − ${out})`,
    derivativeDependsOnUnit: true,
    checkText: 'f′ = out·(1 − out)',
    derivativeFamily: 'sigmoid',
    derivativeFromOut: true,
    outputOnly: false,
  },
  tanh: {
    name: 'tanh',
    symbol: 'tanh',
    title: { en: 'hyperbolic tangent', fa: 'تانژانت هذلولوی' },
    formula: 'tanh(net) = (e^net − e^(−net))/(e^net + e^(−net))',
    aliases: ['tanh', 'تانژانتهذلولوی'],
    ...elementwise(Math.tanh, (_net, out) => 1 - out * out),
    derivativeText: (out) => `1 − ${bracketNegative(out)}²`,
    derivativeDependsOnUnit: true,
    checkText: 'f′ = 1 − out²',
    derivativeFamily: 'tanh',
    derivativeFromOut: true,
    outputOnly: false,
  },
  relu: {
    name: 'relu',
    symbol: 'ReLU',
    title: { en: 'ReLU (rectified linear unit)', fa: 'ReLU (واحد خطی یکسوشده)' },
    formula: 'ReLU(net) = max(0, net)',
    aliases: ['relu', 'رلو'],
    // derivative 0 at exactly 0 (PyTorch's convention)
    ...elementwise(
      (z) => (z > 0 ? z : 0),
      (net) => (net > 0 ? 1 : 0),
    ),
    derivativeText: (_out, net) => `(${net} > 0 ? 1 : 0)`,
    derivativeDependsOnUnit: true,
    checkText: 'f′ = 1 if net > 0, else 0',
    derivativeFamily: 'relu',
    derivativeFromOut: false,
    outputOnly: false,
  },
  leaky_relu: {
    name: 'leaky_relu',
    symbol: 'LeakyReLU',
    title: { en: 'leaky ReLU', fa: 'ReLU نشتی' },
    formula: `LeakyReLU(net) = net if net > 0, else ${LEAKY_RELU_SLOPE}·net`,
    aliases: ['leaky_relu', 'leakyrelu', 'lrelu', 'leaky'],
    ...elementwise(
      (z) => (z > 0 ? z : LEAKY_RELU_SLOPE * z),
      (net) => (net > 0 ? 1 : LEAKY_RELU_SLOPE),
    ),
    derivativeText: (_out, net) => `(${net} > 0 ? 1 : ${LEAKY_RELU_SLOPE})`,
    derivativeDependsOnUnit: true,
    checkText: `f′ = 1 if net > 0, else ${LEAKY_RELU_SLOPE}`,
    derivativeFamily: undefined,
    derivativeFromOut: false,
    outputOnly: false,
  },
  linear: {
    name: 'linear',
    symbol: 'id',
    title: { en: 'linear (identity)', fa: 'خطی (همانی)' },
    formula: 'id(net) = net',
    aliases: ['linear', 'identity', 'none', 'خطی'],
    ...elementwise(
      (z) => z,
      () => 1,
    ),
    derivativeText: () => '1',
    derivativeDependsOnUnit: false,
    checkText: 'f′(net) = 1',
    derivativeFamily: 'one',
    derivativeFromOut: false,
    outputOnly: false,
  },
  softmax: {
    name: 'softmax',
    symbol: 'softmax',
    title: { en: 'softmax', fa: 'سافت‌مکس' },
    formula: 'softmax(net)_j = e^net_j / Σ_k e^net_k',
    aliases: ['softmax', 'سافتمکس'],
    apply: softmax,
    // the Jacobian's diagonal out_j(1−out_j); the backward pass uses the whole Jacobian
    derivative: (_net, out) => outTimesOneMinusOut(out),
    derivativeText: (out) => `${out}(1 − ${out})`,
    derivativeDependsOnUnit: true,
    checkText: 'f′ = out·(1 − out)',
    derivativeFamily: 'sigmoid',
    derivativeFromOut: true,
    outputOnly: true,
  },
};

/** Activations allowed on hidden layers. */
export const HIDDEN_ACTIVATION_NAMES: readonly ActivationName[] = Object.values(ACTIVATIONS)
  .filter((record) => !record.outputOnly)
  .map((record) => record.name);

/** The record of each derivative family (the function whose derivative it is). */
export const FAMILY_RECORD: Readonly<Record<DerivativeFamily, ActivationRecord>> = {
  one: ACTIVATIONS.linear,
  sigmoid: ACTIVATIONS.sigmoid,
  tanh: ACTIVATIONS.tanh,
  relu: ACTIVATIONS.relu,
};

/** The record of a name someone wrote, or undefined when it names no activation. */
export function findActivation(name: string): ActivationRecord | undefined {
  return Object.hasOwn(ACTIVATIONS, name) ? ACTIVATIONS[name as ActivationName] : undefined;
}
