// Activation functions and their local derivatives ∂out/∂net, elementwise over a layer (see records/).
import { ACTIVATIONS } from './records/activation-records.js';
import type { ActivationName, Vector } from './types.js';

export { LEAKY_RELU_SLOPE, sigmoid, softmax } from './records/activation-records.js';

/** ln softmax(net)_j = net_j − logsumexp(net): finite whenever net is. */
export function logSoftmax(net: Vector): Vector {
  let max = -Infinity;
  for (const z of net) if (z > max) max = z;
  let sum = 0;
  for (const z of net) sum += Math.exp(z - max);
  const logSumExp = max + Math.log(sum);
  return net.map((z) => z - logSumExp);
}

export function activate(name: ActivationName, net: Vector): Vector {
  return ACTIVATIONS[name].apply(net);
}

/**
 * f′(net_j) for elementwise activations, computed from net and out as the worked examples do
 * (σ′ = out(1−out), tanh′ = 1−out²). For softmax: the Jacobian's diagonal out_j(1−out_j).
 */
export function activationDerivative(name: ActivationName, net: Vector, out: Vector): Vector {
  return ACTIVATIONS[name].derivative(net, out);
}
