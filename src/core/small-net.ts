// A one-hidden-layer net trained full-batch on a small data set: the trained nets behind the pruning, dead-ReLU and symmetry figures.
import type { Matrix, Vector } from './types.js';

export type HiddenActivation = 'sigmoid' | 'tanh' | 'relu';
export type OutputKind = 'sigmoid_bce' | 'linear_mse';

/** n_in → n_hidden → 1. Rows of `hiddenWeights` are hidden units (like weights[l] in the spec). */
export interface SmallNet {
  hiddenActivation: HiddenActivation;
  output: OutputKind;
  hiddenWeights: Matrix;
  hiddenBiases: Vector;
  outputWeights: Vector;
  outputBias: number;
}

export interface Sample {
  input: Vector;
  target: number;
}

export interface SmallNetGradients {
  hiddenWeights: Matrix;
  hiddenBiases: Vector;
  outputWeights: Vector;
  outputBias: number;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

function hiddenApply(activation: HiddenActivation, z: number): number {
  if (activation === 'tanh') return Math.tanh(z);
  if (activation === 'relu') return z > 0 ? z : 0;
  return sigmoid(z);
}

function hiddenDerivative(activation: HiddenActivation, z: number, a: number): number {
  if (activation === 'tanh') return 1 - a * a;
  if (activation === 'relu') return z > 0 ? 1 : 0; // 0 at 0, as the core's relu
  return a * (1 - a);
}

/** Pre-activations z_j = Σ_i w_ji x_i + b_j of the hidden units for one input. */
export function hiddenPreActivations(net: SmallNet, input: Vector): Vector {
  return net.hiddenWeights.map((row, j) =>
    row.reduce((sum, w, i) => sum + w * input[i]!, net.hiddenBiases[j]!),
  );
}

export function predict(net: SmallNet, input: Vector): number {
  const z = hiddenPreActivations(net, input);
  const h = z.map((v) => hiddenApply(net.hiddenActivation, v));
  const score = h.reduce((sum, v, j) => sum + v * net.outputWeights[j]!, net.outputBias);
  return net.output === 'sigmoid_bce' ? sigmoid(score) : score;
}

/** Loss of one prediction: binary cross-entropy −[y ln ŷ + (1−y) ln(1−ŷ)], or squared error (ŷ−y)². */
function sampleLoss(output: OutputKind, prediction: number, target: number): number {
  if (output === 'linear_mse') return (prediction - target) ** 2;
  const p = Math.min(Math.max(prediction, 1e-15), 1 - 1e-15);
  return -(target * Math.log(p) + (1 - target) * Math.log(1 - p));
}

/** Mean loss over the data set. */
export function datasetLoss(net: SmallNet, data: readonly Sample[]): number {
  let sum = 0;
  for (const sample of data) sum += sampleLoss(net.output, predict(net, sample.input), sample.target);
  return sum / data.length;
}

/** ∂(mean loss)/∂parameters by backpropagation (plain loops: the pruning lesson trains 1500 steps on request). */
export function datasetGradients(net: SmallNet, data: readonly Sample[]): SmallNetGradients {
  const hiddenCount = net.hiddenBiases.length;
  const inputCount = net.hiddenWeights[0]?.length ?? 0;
  const hiddenWeights = net.hiddenWeights;
  const hiddenBiases = net.hiddenBiases;
  const outputWeights = net.outputWeights;
  const gradHidden = Array.from({ length: hiddenCount }, () => new Array<number>(inputCount).fill(0));
  const gradHiddenBiases = new Array<number>(hiddenCount).fill(0);
  const gradOutput = new Array<number>(hiddenCount).fill(0);
  let gradOutputBias = 0;
  const z = new Float64Array(hiddenCount);
  const h = new Float64Array(hiddenCount);
  const scale = 1 / data.length;
  for (const { input, target } of data) {
    let score = net.outputBias;
    for (let j = 0; j < hiddenCount; j++) {
      const row = hiddenWeights[j]!;
      let sum = hiddenBiases[j]!;
      for (let i = 0; i < inputCount; i++) sum += row[i]! * input[i]!;
      z[j] = sum;
      h[j] = hiddenApply(net.hiddenActivation, sum);
      score += h[j]! * outputWeights[j]!;
    }
    // sigmoid + BCE: ∂L/∂score = ŷ − y; linear + squared error: 2(ŷ − y)
    const deltaOut = scale * (net.output === 'sigmoid_bce' ? sigmoid(score) - target : 2 * (score - target));
    gradOutputBias += deltaOut;
    for (let j = 0; j < hiddenCount; j++) {
      gradOutput[j]! += deltaOut * h[j]!;
      const deltaHidden = deltaOut * outputWeights[j]! * hiddenDerivative(net.hiddenActivation, z[j]!, h[j]!);
      gradHiddenBiases[j]! += deltaHidden;
      const row = gradHidden[j]!;
      for (let i = 0; i < inputCount; i++) row[i]! += deltaHidden * input[i]!;
    }
  }
  return {
    hiddenWeights: gradHidden,
    hiddenBiases: gradHiddenBiases,
    outputWeights: gradOutput,
    outputBias: gradOutputBias,
  };
}

export function cloneNet(net: SmallNet): SmallNet {
  return {
    ...net,
    hiddenWeights: net.hiddenWeights.map((row) => [...row]),
    hiddenBiases: [...net.hiddenBiases],
    outputWeights: [...net.outputWeights],
  };
}

/** One plain gradient-descent step w ← w − η ∂L/∂w on the whole data set (a new net). */
export function gradientStep(net: SmallNet, data: readonly Sample[], learningRate: number): SmallNet {
  const g = datasetGradients(net, data);
  return {
    ...net,
    hiddenWeights: net.hiddenWeights.map((row, j) =>
      row.map((w, i) => w - learningRate * g.hiddenWeights[j]![i]!),
    ),
    hiddenBiases: net.hiddenBiases.map((b, j) => b - learningRate * g.hiddenBiases[j]!),
    outputWeights: net.outputWeights.map((w, j) => w - learningRate * g.outputWeights[j]!),
    outputBias: net.outputBias - learningRate * g.outputBias,
  };
}

export function train(net: SmallNet, data: readonly Sample[], learningRate: number, steps: number): SmallNet {
  let current = net;
  for (let step = 0; step < steps; step++) current = gradientStep(current, data, learningRate);
  return current;
}

/** The weights (biases excluded) as one vector: hidden weights row by row, then output weights. */
export function flattenWeights(net: SmallNet): Vector {
  return [...net.hiddenWeights.flat(), ...net.outputWeights];
}

export function flattenWeightGradients(g: SmallNetGradients): Vector {
  return [...g.hiddenWeights.flat(), ...g.outputWeights];
}

/** The same net with its weights replaced by `weights` (in flattenWeights order). */
export function withWeights(net: SmallNet, weights: Vector): SmallNet {
  const inputCount = net.hiddenWeights[0]?.length ?? 0;
  const hiddenCount = net.hiddenBiases.length;
  return {
    ...net,
    hiddenWeights: Array.from({ length: hiddenCount }, (_, j) =>
      weights.slice(j * inputCount, (j + 1) * inputCount),
    ),
    hiddenBiases: [...net.hiddenBiases],
    outputWeights: weights.slice(hiddenCount * inputCount, hiddenCount * inputCount + hiddenCount),
  };
}
