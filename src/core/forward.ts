// The forward pass: net = W·out_prev + b, out = f(net), layer by layer.
import { activate } from './activations.js';
import type { LayerBias, Matrix, ResolvedSpec } from './types.js';

export interface ForwardResult {
  net: Matrix;
  out: Matrix;
}

/** The bias of unit j of a layer, whether the layer shares one bias or has one per unit. */
export function biasOf(bias: LayerBias, j: number): number {
  return typeof bias === 'number' ? bias : bias[j]!;
}

export function forwardPass(
  spec: Pick<ResolvedSpec, 'activations' | 'input'>,
  weights: Matrix[],
  biases: LayerBias[],
): ForwardResult {
  const net: Matrix = [];
  const out: Matrix = [];
  let previous = spec.input;
  for (let l = 0; l < weights.length; l++) {
    const W = weights[l]!;
    const layerNet = W.map((row, j) => {
      let z = biasOf(biases[l]!, j);
      for (let i = 0; i < row.length; i++) z += row[i]! * previous[i]!;
      return z;
    });
    const layerOut = activate(spec.activations[l]!, layerNet);
    net.push(layerNet);
    out.push(layerOut);
    previous = layerOut;
  }
  return { net, out };
}
