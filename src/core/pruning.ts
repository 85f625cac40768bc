// Pruning a small trained net: magnitude |w| vs Optimal Brain Damage saliency ½·h_kk·w² (LeCun, Denker & Solla 1990).
import type { Vector } from './types.js';
import { createSeededRandom } from './seeded-random.js';
import { sampleWeight } from './init-schemes.js';
import {
  datasetGradients,
  datasetLoss,
  flattenWeightGradients,
  flattenWeights,
  type Sample,
  type SmallNet,
  train,
  withWeights,
} from './small-net.js';

export type PruningCriterion = 'magnitude' | 'obd';

/** A 2-D two-class problem with a curved boundary x₂ > ½·sin(π·x₁), points uniform in [−1, 1]². */
export function curvedBoundaryData(count: number, seed: number): Sample[] {
  const random = createSeededRandom(seed);
  return Array.from({ length: count }, () => {
    const x1 = random.uniformIn(-1, 1);
    const x2 = random.uniformIn(-1, 1);
    return { input: [x1, x2], target: x2 > 0.5 * Math.sin(Math.PI * x1) ? 1 : 0 };
  });
}

export interface PruningSetup {
  hiddenUnits?: number;
  samples?: number;
  trainingSteps?: number;
  learningRate?: number;
  seed?: number;
}

const SETUP_DEFAULTS = {
  hiddenUnits: 8,
  samples: 200,
  trainingSteps: 1500,
  learningRate: 2,
  seed: 7,
} as const;

/** The small trained net the pruning lessons prune: 2 → hidden tanh → sigmoid, BCE, Xavier-initialised, full-batch GD. */
export function trainedPruningNet(setup: PruningSetup = {}): { net: SmallNet; data: Sample[] } {
  const options = { ...SETUP_DEFAULTS, ...setup };
  const data = curvedBoundaryData(options.samples, options.seed);
  const random = createSeededRandom(options.seed + 1);
  const hidden = options.hiddenUnits;
  const initial: SmallNet = {
    hiddenActivation: 'tanh',
    output: 'sigmoid_bce',
    hiddenWeights: Array.from({ length: hidden }, () =>
      [0, 0].map(() => sampleWeight('xavier_normal', 2, hidden, random)),
    ),
    hiddenBiases: new Array<number>(hidden).fill(0),
    outputWeights: Array.from({ length: hidden }, () => sampleWeight('xavier_normal', hidden, 1, random)),
    outputBias: 0,
  };
  return { net: train(initial, data, options.learningRate, options.trainingSteps), data };
}

/** h_kk = ∂²L/∂w_k², by central differences of the backpropagated gradient (step `h`). */
export function hessianDiagonal(net: SmallNet, data: readonly Sample[], h = 1e-5): Vector {
  const weights = flattenWeights(net);
  return weights.map((w, k) => {
    const plus = [...weights];
    const minus = [...weights];
    plus[k] = w + h;
    minus[k] = w - h;
    const gPlus = flattenWeightGradients(datasetGradients(withWeights(net, plus), data))[k]!;
    const gMinus = flattenWeightGradients(datasetGradients(withWeights(net, minus), data))[k]!;
    return (gPlus - gMinus) / (2 * h);
  });
}

/** OBD saliency s_k = ½·h_kk·w_k²: the predicted loss increase of deleting w_k alone (at a minimum). */
export function obdSaliencies(weights: Vector, hessianDiag: Vector): Vector {
  return weights.map((w, k) => 0.5 * hessianDiag[k]! * w * w);
}

/** Indices of the weights in pruning order: least important first (ties keep index order). */
export function pruningOrder(scores: Vector): number[] {
  return scores
    .map((score, index) => ({ score, index }))
    .sort((a, b) => a.score - b.score || a.index - b.index)
    .map((entry) => entry.index);
}

export interface PruningCurve {
  /** Fraction of weights removed (biases are kept): 0, 1/n, …, 1. */
  fractionPruned: number[];
  /** Loss after pruning minus loss of the trained net, per criterion (no retraining). */
  lossIncrease: Record<PruningCriterion, number[]>;
  /** OBD's own prediction: the sum of the removed weights' saliencies. */
  predictedIncrease: number[];
  baseLoss: number;
  weightCount: number;
}

/** Removes the weights one by one in each criterion's order and records the loss increase. */
export function pruningCurve(net: SmallNet, data: readonly Sample[]): PruningCurve {
  const weights = flattenWeights(net);
  const saliencies = obdSaliencies(weights, hessianDiagonal(net, data));
  const orders: Record<PruningCriterion, number[]> = {
    magnitude: pruningOrder(weights.map(Math.abs)),
    obd: pruningOrder(saliencies),
  };
  const baseLoss = datasetLoss(net, data);
  const n = weights.length;
  const fractionPruned = Array.from({ length: n + 1 }, (_, k) => k / n);
  const lossIncrease = { magnitude: [] as number[], obd: [] as number[] };
  for (const criterion of ['magnitude', 'obd'] as const) {
    const pruned = [...weights];
    lossIncrease[criterion].push(0);
    for (const index of orders[criterion]) {
      pruned[index] = 0;
      lossIncrease[criterion].push(datasetLoss(withWeights(net, pruned), data) - baseLoss);
    }
  }
  const predictedIncrease = [0];
  for (const index of orders.obd) predictedIncrease.push(predictedIncrease.at(-1)! + saliencies[index]!);
  return { fractionPruned, lossIncrease, predictedIncrease, baseLoss, weightCount: n };
}
