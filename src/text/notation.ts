// How the walkthrough writes activations, losses and given numbers (homework notation).
import type { ActivationName, LossName } from '../core/types.js';
import { formatNumber } from './number-format.js';

/** The function symbol used in `out = f(net)`. */
export const ACTIVATION_SYMBOL: Record<ActivationName, string> = {
  sigmoid: 'σ',
  tanh: 'tanh',
  relu: 'ReLU',
  leaky_relu: 'LeakyReLU',
  linear: 'id',
  softmax: 'softmax',
};

export const LOSS_FORMULA: Record<LossName, string> = {
  sse: 'E = Σ(t − o)²',
  half_sse: 'E = ½Σ(t − o)²',
  mse: 'E = (1/n)Σ(t − o)²',
  bce: 'E = −(1/n)Σ[t·ln o + (1 − t)·ln(1 − o)]',
  cross_entropy: 'E = −Σ t·ln o',
};

/** A number the user gave (weight, input, η): as typed when it is short, else rounded. */
export function formatGiven(x: number, precision: number): string {
  return Number(x.toFixed(precision)) === x ? String(x) : formatNumber(x, precision);
}

/** A factor inside a product: negative values in parentheses, as homework writes them. */
export function factor(text: string): string {
  return text.startsWith('-') ? `(${text})` : text;
}
