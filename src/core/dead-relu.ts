// Dying ReLU: how many hidden units output 0 on every training input after one gradient step of size η.
import { sampleWeight } from './init-schemes.js';
import { createSeededRandom } from './seeded-random.js';
import { gradientStep, hiddenPreActivations, type Sample, type SmallNet } from './small-net.js';

export interface DeadReluSetup {
  hiddenUnits?: number;
  samples?: number;
  seed?: number;
}

export const DEAD_RELU_DEFAULTS = { hiddenUnits: 64, samples: 200, seed: 3 } as const;
const DEFAULTS = DEAD_RELU_DEFAULTS;

/** Regression data: x uniform in [−1, 1]², y = 3 + x₁ + x₂² (targets well above the initial outputs ≈ 0). */
export function regressionData(count: number, seed: number): Sample[] {
  const random = createSeededRandom(seed);
  return Array.from({ length: count }, () => {
    const x1 = random.uniformIn(-1, 1);
    const x2 = random.uniformIn(-1, 1);
    return { input: [x1, x2], target: 3 + x1 + x2 * x2 };
  });
}

/** 2 → ReLU hidden → linear, squared error; He-initialised hidden weights, LeCun output weights, biases 0. */
export function freshReluNet(hiddenUnits: number, seed: number): SmallNet {
  const random = createSeededRandom(seed);
  return {
    hiddenActivation: 'relu',
    output: 'linear_mse',
    hiddenWeights: Array.from({ length: hiddenUnits }, () =>
      [0, 0].map(() => sampleWeight('he_normal', 2, hiddenUnits, random)),
    ),
    hiddenBiases: new Array<number>(hiddenUnits).fill(0),
    outputWeights: Array.from({ length: hiddenUnits }, () =>
      sampleWeight('lecun_normal', hiddenUnits, 1, random),
    ),
    outputBias: 0,
  };
}

/** A unit is dead when its pre-activation is ≤ 0 for every input: its output and its gradient are 0 everywhere. */
export function deadUnitFraction(net: SmallNet, data: readonly Sample[]): number {
  const count = net.hiddenBiases.length;
  const alive = new Array<boolean>(count).fill(false);
  for (const sample of data) {
    hiddenPreActivations(net, sample.input).forEach((z, j) => {
      if (z > 0) alive[j] = true;
    });
  }
  return alive.filter((a) => !a).length / count;
}

export interface DeadReluResult {
  learningRate: number;
  deadBefore: number;
  deadAfter: number;
}

/** Dead fraction before and after one full-batch gradient step of size `learningRate`. */
export function deadReluAfterOneStep(learningRate: number, setup: DeadReluSetup = {}): DeadReluResult {
  const options = { ...DEFAULTS, ...setup };
  const data = regressionData(options.samples, options.seed);
  const net = freshReluNet(options.hiddenUnits, options.seed + 1);
  const after = gradientStep(net, data, learningRate);
  return { learningRate, deadBefore: deadUnitFraction(net, data), deadAfter: deadUnitFraction(after, data) };
}
