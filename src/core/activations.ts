// Activation functions and their local derivatives ∂out/∂net, elementwise over a layer.
import type { ActivationName, Vector } from './types.js';

export const LEAKY_RELU_SLOPE = 0.01;

/** σ(z) without overflow for large negative z. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** Softmax with the maximum subtracted first, so large inputs cannot overflow. */
export function softmax(net: Vector): Vector {
  let max = -Infinity;
  for (const z of net) if (z > max) max = z;
  const exps = net.map((z) => Math.exp(z - max));
  let sum = 0;
  for (const e of exps) sum += e;
  return exps.map((e) => e / sum);
}

/** ln softmax(net)_j = net_j − logsumexp(net): finite whenever net is. */
export function logSoftmax(net: Vector): Vector {
  let max = -Infinity;
  for (const z of net) if (z > max) max = z;
  let sum = 0;
  for (const z of net) sum += Math.exp(z - max);
  const logSumExp = max + Math.log(sum);
  return net.map((z) => z - logSumExp);
}

function activateOne(name: Exclude<ActivationName, 'softmax'>, z: number): number {
  switch (name) {
    case 'sigmoid':
      return sigmoid(z);
    case 'tanh':
      return Math.tanh(z);
    case 'relu':
      return z > 0 ? z : 0;
    case 'leaky_relu':
      return z > 0 ? z : LEAKY_RELU_SLOPE * z;
    case 'linear':
      return z;
  }
}

export function activate(name: ActivationName, net: Vector): Vector {
  if (name === 'softmax') return softmax(net);
  return net.map((z) => activateOne(name, z));
}

/**
 * f′(net_j) for elementwise activations, computed from net and out as the worked examples do
 * (σ′ = out(1−out), tanh′ = 1−out²). For softmax: the Jacobian's diagonal out_j(1−out_j).
 * ReLU's derivative at exactly 0 is taken as 0 (PyTorch's convention); leaky ReLU's as 0.01.
 */
export function activationDerivative(name: ActivationName, net: Vector, out: Vector): Vector {
  switch (name) {
    case 'sigmoid':
    case 'softmax':
      return out.map((o) => o * (1 - o));
    case 'tanh':
      return out.map((o) => 1 - o * o);
    case 'relu':
      return net.map((z) => (z > 0 ? 1 : 0));
    case 'leaky_relu':
      return net.map((z) => (z > 0 ? 1 : LEAKY_RELU_SLOPE));
    case 'linear':
      return net.map(() => 1);
  }
}
