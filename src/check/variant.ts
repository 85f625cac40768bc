// The knobs of a parametrised backpropagation: each catalogued mistake is one setting of them.
import { ACTIVATIONS, FAMILY_RECORD, type DerivativeFamily } from '../core/records/activation-records.js';
import type { ActivationName } from '../core/types.js';

/** Which layers a derivative mistake touches. */
export type LayerScope = 'all' | 'output' | 'hidden';

/** A derivative formula a student may use in place of f′: computed from the unit's out (or net). */
export type DerivativeFormula = DerivativeFamily;

/**
 * A way of computing backpropagation. The empty object is the correct computation; every
 * field is one deviation a student can make (catalogued in mistakes.ts).
 */
export interface Variant {
  /** ∂E/∂out of every output unit taken as 1. */
  outputGradientOne?: boolean;
  /** ∂E/∂out of the output layer multiplied by this (−1: t−o for o−t; 2 or ½: the ½ of the loss; n or 1/n: mean vs sum). */
  outputGradientScale?: number;
  /** The loss value (each term) multiplied by this. */
  lossScale?: number;
  /** ∂E/∂out of the output layer computed from net instead of out. */
  outputGradientFromNet?: boolean;
  /** f′ replaced by another formula in the given layers. */
  derivative?: { layers: LayerScope; formula: DerivativeFormula };
  /** f′ evaluated on net where the formula wants out (σ′ = net(1−net)). */
  derivativeFromNet?: LayerScope;
  /** ∂E/∂w = δ·net of the source unit instead of δ·out (hidden sources only). */
  gradientUsesSourceNet?: boolean;
  /** ∂E/∂w = δ: the source unit's output (the input the weight carries) left out. */
  gradientWithoutSource?: boolean;
  /** Hidden ∂E/∂out = Σ δ_k·w_kj with the already updated w_kj. */
  backwardWithUpdatedWeights?: boolean;
  /** Δp = η·∂E/∂p multiplied by this (η: learning rate twice; 1/η: learning rate left out). */
  stepScale?: number;
  /** p_new = p + Δp instead of p − Δp. */
  updateAdds?: boolean;
  /** Biases updated when the spec freezes them, or frozen when it updates them. */
  biasUpdateFlipped?: boolean;
  /**
   * The weight list read in the other numbering (source-major: w2 = i1→h2): the network itself differs.
   * `true` in every layer, a number in that layer only (0 = into the first hidden layer).
   */
  weightsReadTransposed?: true | number;
  /** The student names weights source-major (w2 = i1→h2) while computing the right network. */
  weightsNamedTransposed?: boolean;
}

/** What a derivative formula gives for one unit (the worked examples compute f′ from out). */
export function derivativeByFormula(formula: DerivativeFormula, net: number, out: number): number {
  return FAMILY_RECORD[formula].derivative([net], [out])[0]!;
}

/** The formula family an activation's true derivative belongs to (undefined: none of the simple ones). */
export function formulaOf(activation: ActivationName): DerivativeFormula | undefined {
  return ACTIVATIONS[activation].derivativeFamily;
}

export function layerInScope(scope: LayerScope, l: number, layerCount: number): boolean {
  if (scope === 'all') return true;
  return scope === 'output' ? l === layerCount - 1 : l < layerCount - 1;
}
