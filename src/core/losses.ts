// Loss functions of SPEC-FORMAT.md: value (with each output unit's share) and ∂E/∂out.
import { logSoftmax } from './activations.js';
import { LOSSES } from './records/loss-records.js';
import type { ActivationName, LossName, Vector } from './types.js';

/** ln σ(z) = −softplus(−z), exact for saturated z where ln(σ(z)) would be ln(0). */
export function logSigmoid(z: number): number {
  return z >= 0 ? -Math.log1p(Math.exp(-z)) : z - Math.log1p(Math.exp(z));
}

export interface LossValue {
  loss: number;
  /** Each output unit's share of the loss. */
  terms: Vector;
}

/** E from the outputs alone, exactly as the formulas are written. */
export function lossValue(loss: LossName, out: Vector, target: Vector): LossValue {
  const record = LOSSES[loss];
  const terms = out.map((o, j) => record.term(o, target[j]!, out.length));
  return { loss: sum(terms), terms };
}

/**
 * E computed from the pre-activations where the output activation allows a stable form
 * (log-sigmoid, log-softmax): identical to lossValue wherever that is finite, and still exact
 * when an output has saturated to exactly 0 or 1 in floating point.
 */
export function stableLossValue(
  loss: LossName,
  activation: ActivationName,
  net: Vector,
  out: Vector,
  target: Vector,
): LossValue {
  const n = out.length;
  if ((loss === 'bce' || loss === 'cross_entropy') && activation === 'sigmoid') {
    const terms = net.map((z, j) => {
      const t = target[j]!;
      const logO = logSigmoid(z);
      if (loss === 'cross_entropy') return t === 0 ? 0 : -t * logO;
      const logOneMinusO = logSigmoid(-z);
      return -((t === 0 ? 0 : t * logO) + (t === 1 ? 0 : (1 - t) * logOneMinusO)) / n;
    });
    return { loss: sum(terms), terms };
  }
  if (loss === 'cross_entropy' && activation === 'softmax') {
    const logOut = logSoftmax(net);
    const terms = logOut.map((logO, j) => (target[j] === 0 ? 0 : -target[j]! * logO));
    return { loss: sum(terms), terms };
  }
  return lossValue(loss, out, target);
}

/** ∂E/∂out_j. */
export function lossGradient(loss: LossName, out: Vector, target: Vector): Vector {
  const record = LOSSES[loss];
  return out.map((o, j) => record.gradient(o, target[j]!, out.length));
}

function sum(values: Vector): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}
