// Each sample's activations in the last hidden layer under given parameters: what the heatmap of a
// network with other than 2 inputs shows (what the hidden units learned to respond to).
import type { LayerBias, Matrix, ResolvedSpec } from '../types.js';
import { packParameters, parameterLayout } from './parameters.js';
import { SamplePass } from './sample-pass.js';

/** rows = samples, columns = units of the last hidden layer; undefined when the net has no hidden layer. */
export function hiddenActivations(
  spec: ResolvedSpec,
  parameters: { weights: Matrix[]; biases: LayerBias[] },
): Matrix | undefined {
  const hidden = spec.layers.length - 3;
  if (hidden < 0) return undefined;
  const layout = parameterLayout(spec.layers, parameters.biases, spec.updateBiases);
  const pass = new SamplePass(layout, spec.activations, spec.loss);
  const theta = packParameters(layout, parameters.weights, parameters.biases);
  return (spec.training?.data ?? [{ input: spec.input }]).map((sample) => {
    pass.forward(theta, sample.input);
    return Array.from(pass.out[hidden]!);
  });
}
