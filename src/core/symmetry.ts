// Symmetry: with equal initial weights, hidden units get equal gradients and stay copies of each other forever.
import { type InitScheme, sampleWeight } from './init-schemes.js';
import { createSeededRandom } from './seeded-random.js';
import { datasetLoss, gradientStep, type Sample, type SmallNet } from './small-net.js';
import type { Matrix, Vector } from './types.js';

/** A few points of a two-class problem; no symmetry in the data that could hide the one in the weights. */
export const SYMMETRY_DATA: readonly Sample[] = [
  { input: [0.2, 0.9], target: 1 },
  { input: [0.9, 0.7], target: 0 },
  { input: [0.5, 0.1], target: 1 },
  { input: [0.1, 0.3], target: 1 },
  { input: [0.8, 0.2], target: 0 },
  { input: [0.4, 0.6], target: 1 },
];

export interface SymmetryRun {
  /** hiddenWeights[step][j][i]: weight into hidden unit j from input i, before step `step` (and after the last). */
  hiddenWeights: Matrix[];
  loss: Vector;
  /** max over steps of |w_1i − w_2i| and |b_1 − b_2|: exactly 0 when the units never differ. */
  largestDifference: number;
}

/** 2 → 2 sigmoid → sigmoid (BCE) on SYMMETRY_DATA, initialised with `scheme` (or every weight equal to `constant`). */
export function symmetryRun(
  init: InitScheme | { constant: number },
  steps = 300,
  learningRate = 2,
  seed = 11,
): SymmetryRun {
  const random = createSeededRandom(seed);
  const draw = (fanIn: number, fanOut: number): number =>
    typeof init === 'object' ? init.constant : sampleWeight(init, fanIn, fanOut, random);
  let net: SmallNet = {
    hiddenActivation: 'sigmoid',
    output: 'sigmoid_bce',
    hiddenWeights: [0, 1].map(() => [draw(2, 2), draw(2, 2)]),
    hiddenBiases: [0, 0],
    outputWeights: [draw(2, 1), draw(2, 1)],
    outputBias: 0,
  };
  const hiddenWeights: Matrix[] = [];
  const loss: Vector = [];
  let largestDifference = 0;
  for (let step = 0; step <= steps; step++) {
    hiddenWeights.push(net.hiddenWeights.map((row) => [...row]));
    loss.push(datasetLoss(net, SYMMETRY_DATA));
    const [first, second] = net.hiddenWeights as [Vector, Vector];
    largestDifference = Math.max(
      largestDifference,
      ...first.map((w, i) => Math.abs(w - second[i]!)),
      Math.abs(net.hiddenBiases[0]! - net.hiddenBiases[1]!),
    );
    if (step < steps) net = gradientStep(net, SYMMETRY_DATA, learningRate);
  }
  return { hiddenWeights, loss, largestDifference };
}
