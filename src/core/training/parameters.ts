// All weights and biases of a network in one flat Float64Array, so training loops index one array
// and the optimizers update every parameter the same way.
import type { LayerBias, Matrix } from '../types.js';

export interface ParameterLayout {
  layers: readonly number[];
  /** Where W[l] starts (row-major: W[l][j][i] at weightOffset[l] + j·layers[l] + i). */
  weightOffset: number[];
  /** Where the biases of layer l+1 start (one entry when shared). */
  biasOffset: number[];
  sharedBias: boolean[];
  size: number;
  /** 1 for a weight (the L2 penalty applies), 0 for a bias. */
  isWeight: Uint8Array;
  /** 1 for a parameter the optimizer updates (biases are left out when they are frozen). */
  trainable: Uint8Array;
}

export function parameterLayout(
  layers: readonly number[],
  biases: readonly LayerBias[],
  updateBiases: boolean,
): ParameterLayout {
  const weightOffset: number[] = [];
  const biasOffset: number[] = [];
  const sharedBias = biases.map((b) => typeof b === 'number');
  let size = 0;
  for (let l = 0; l + 1 < layers.length; l++) {
    weightOffset.push(size);
    size += layers[l]! * layers[l + 1]!;
    biasOffset.push(size);
    size += sharedBias[l] ? 1 : layers[l + 1]!;
  }
  const isWeight = new Uint8Array(size);
  const trainable = new Uint8Array(size);
  for (let l = 0; l + 1 < layers.length; l++) {
    isWeight.fill(1, weightOffset[l]!, biasOffset[l]!);
    trainable.fill(1, weightOffset[l]!, biasOffset[l]!);
    const end = l + 2 < layers.length ? weightOffset[l + 1]! : size;
    if (updateBiases) trainable.fill(1, biasOffset[l]!, end);
  }
  return { layers, weightOffset, biasOffset, sharedBias, size, isWeight, trainable };
}

export function packParameters(
  layout: ParameterLayout,
  weights: Matrix[],
  biases: LayerBias[],
): Float64Array {
  const theta = new Float64Array(layout.size);
  weights.forEach((W, l) => {
    let k = layout.weightOffset[l]!;
    for (const row of W) for (const w of row) theta[k++] = w;
    const bias = biases[l]!;
    if (typeof bias === 'number') theta[layout.biasOffset[l]!] = bias;
    else theta.set(bias, layout.biasOffset[l]!);
  });
  return theta;
}

export function unpackParameters(
  layout: ParameterLayout,
  theta: Float64Array,
): { weights: Matrix[]; biases: LayerBias[] } {
  const { layers } = layout;
  const weights: Matrix[] = [];
  const biases: LayerBias[] = [];
  for (let l = 0; l + 1 < layers.length; l++) {
    const rows = layers[l + 1]!;
    const cols = layers[l]!;
    const W: Matrix = [];
    for (let j = 0; j < rows; j++) {
      const start = layout.weightOffset[l]! + j * cols;
      W.push(Array.from(theta.subarray(start, start + cols)));
    }
    weights.push(W);
    const b = layout.biasOffset[l]!;
    biases.push(layout.sharedBias[l] ? theta[b]! : Array.from(theta.subarray(b, b + rows)));
  }
  return { weights, biases };
}
