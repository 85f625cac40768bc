import { describe, expect, it } from 'vitest';
import { computeTrace, forwardPass, resolveSpec } from '../../../src/core/index.js';
import { hiddenActivations } from '../../../src/core/training/hidden-activations.js';
import { PARITY } from '../../helpers/parity-network.js';

describe('hidden activations per sample', () => {
  it("are each sample's last hidden layer out of the one-sample forward pass, with the final parameters", () => {
    const resolved = resolveSpec(PARITY);
    if (!resolved.ok) throw new Error(JSON.stringify(resolved.error));
    const trace = computeTrace(resolved.value);
    const parameters = { weights: trace.finalWeights!, biases: trace.finalBiases! };
    const values = hiddenActivations(resolved.value, parameters)!;
    expect(values).toHaveLength(8);
    PARITY.data.forEach((sample, s) => {
      const forward = forwardPass(
        { activations: resolved.value.activations, input: sample.input },
        parameters.weights,
        parameters.biases,
      );
      values[s]!.forEach((v, j) => expect(v).toBeCloseTo(forward.out[0]![j]!, 14));
    });
  });

  it('are undefined for a network without a hidden layer', () => {
    const resolved = resolveSpec({
      layers: [1, 1],
      activations: 'linear',
      loss: 'mse',
      weights: [[[0.5]]],
      biases: [0],
      learningRate: 0.1,
      data: [{ input: [1], target: [3] }],
    });
    if (!resolved.ok) throw new Error(JSON.stringify(resolved.error));
    expect(hiddenActivations(resolved.value, resolved.value)).toBeUndefined();
  });
});
