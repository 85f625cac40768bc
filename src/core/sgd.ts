// One plain SGD step: p ← p − η·∂E/∂p (biases only when the spec says they are updated).
import type { LayerBias, Matrix } from './types.js';

export function sgdStep(
  weights: Matrix[],
  biases: LayerBias[],
  gradWeights: Matrix[],
  gradBiases: LayerBias[],
  learningRate: number,
  updateBiases: boolean,
): { weights: Matrix[]; biases: LayerBias[] } {
  const newWeights = weights.map((W, l) =>
    W.map((row, j) => row.map((w, i) => w - learningRate * gradWeights[l]![j]![i]!)),
  );
  const newBiases = biases.map((bias, l) => {
    if (!updateBiases) return typeof bias === 'number' ? bias : [...bias];
    const grad = gradBiases[l]!;
    if (typeof bias === 'number') return bias - learningRate * (grad as number);
    return bias.map((b, j) => b - learningRate * (grad as number[])[j]!);
  });
  return { weights: newWeights, biases: newBiases };
}
