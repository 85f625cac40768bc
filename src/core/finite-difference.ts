// Central finite differences of the loss: the independent check of every backpropagated gradient.
import { lossAt } from './trace.js';
import { firstBatchLossAt } from './training/train-data.js';
import type { LayerBias, Matrix, ResolvedSpec } from './types.js';

export interface NumericalGradients {
  gradWeights: Matrix[];
  gradBiases: LayerBias[];
}

/** (E(p+h) − E(p−h)) / 2h for every weight and bias, with h scaled to the parameter's size. */
export function finiteDifferenceGradients(spec: ResolvedSpec, relativeStep = 1e-6): NumericalGradients {
  const weights = spec.weights.map((W) => W.map((row) => [...row]));
  const biases = spec.biases.map((b) => (typeof b === 'number' ? b : [...b]));

  // with a data set or a penalty, the gradient reported is the first batch's
  const lossOf = spec.training ? firstBatchLossAt : lossAt;
  const central = (get: () => number, set: (v: number) => void): number => {
    const original = get();
    const h = relativeStep * Math.max(1, Math.abs(original));
    set(original + h);
    const plus = lossOf(spec, weights, biases);
    set(original - h);
    const minus = lossOf(spec, weights, biases);
    set(original);
    return (plus - minus) / (2 * h);
  };

  const gradWeights = weights.map((W) =>
    W.map((row) =>
      row.map((_w, i) =>
        central(
          () => row[i]!,
          (v) => (row[i] = v),
        ),
      ),
    ),
  );
  const gradBiases = biases.map((bias, l): LayerBias => {
    if (typeof bias === 'number') {
      return central(
        () => biases[l] as number,
        (v) => (biases[l] = v),
      );
    }
    return bias.map((_b, j) =>
      central(
        () => bias[j]!,
        (v) => (bias[j] = v),
      ),
    );
  });
  return { gradWeights, gradBiases };
}
