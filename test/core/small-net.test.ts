import { describe, expect, it } from 'vitest';
import {
  datasetGradients,
  datasetLoss,
  flattenWeightGradients,
  flattenWeights,
  type HiddenActivation,
  type OutputKind,
  type SmallNet,
  withWeights,
} from '../../src/core/small-net.js';
import { curvedBoundaryData } from '../../src/core/pruning.js';

const data = curvedBoundaryData(12, 2);

function netOf(hiddenActivation: HiddenActivation, output: OutputKind): SmallNet {
  return {
    hiddenActivation,
    output,
    hiddenWeights: [
      [0.3, -0.7],
      [0.9, 0.2],
      [-0.4, 0.5],
    ],
    hiddenBiases: [0.1, -0.2, 0.05],
    outputWeights: [0.8, -0.6, 0.4],
    outputBias: 0.1,
  };
}

describe('datasetGradients', () => {
  for (const activation of ['sigmoid', 'tanh', 'relu'] as const) {
    for (const output of ['sigmoid_bce', 'linear_mse'] as const) {
      it(`matches central finite differences (${activation}, ${output})`, () => {
        const net = netOf(activation, output);
        const weights = flattenWeights(net);
        const analytic = flattenWeightGradients(datasetGradients(net, data));
        const h = 1e-6;
        weights.forEach((w, k) => {
          const plus = [...weights];
          const minus = [...weights];
          plus[k] = w + h;
          minus[k] = w - h;
          const numeric =
            (datasetLoss(withWeights(net, plus), data) - datasetLoss(withWeights(net, minus), data)) /
            (2 * h);
          expect(analytic[k]).toBeCloseTo(numeric, 7);
        });
        const biasStep = { ...net, outputBias: net.outputBias + h };
        const biasStepDown = { ...net, outputBias: net.outputBias - h };
        expect(datasetGradients(net, data).outputBias).toBeCloseTo(
          (datasetLoss(biasStep, data) - datasetLoss(biasStepDown, data)) / (2 * h),
          7,
        );
      });
    }
  }

  it('round-trips the weights through flattenWeights and withWeights', () => {
    const net = netOf('tanh', 'sigmoid_bce');
    expect(withWeights(net, flattenWeights(net))).toEqual(net);
  });
});

describe('datasetGradients against the core’s computeTrace', () => {
  it('agrees on one sample with a sigmoid hidden layer and a sigmoid + BCE output', async () => {
    const { computeTrace, resolveSpec } = await import('../../src/core/index.js');
    const net = netOf('sigmoid', 'sigmoid_bce');
    const sample = { input: [0.3, -0.8], target: 1 };
    const spec = resolveSpec({
      layers: [2, 3, 1],
      activations: 'sigmoid',
      weights: [net.hiddenWeights, [net.outputWeights]],
      biases: [net.hiddenBiases, [net.outputBias]],
      input: sample.input,
      target: [sample.target],
      loss: 'bce',
      learningRate: 0.1,
    });
    if (!spec.ok) throw new Error(spec.error[0]!.message);
    const trace = computeTrace(spec.value);
    const ours = datasetGradients(net, [sample]);
    expect(datasetLoss(net, [sample])).toBeCloseTo(trace.loss, 12);
    ours.hiddenWeights.forEach((row, j) =>
      row.forEach((g, i) => expect(g).toBeCloseTo(trace.gradWeights[0]![j]![i]!, 12)),
    );
    ours.outputWeights.forEach((g, j) => expect(g).toBeCloseTo(trace.gradWeights[1]![0]![j]!, 12));
    expect(ours.outputBias).toBeCloseTo((trace.gradBiases[1] as number[])[0]!, 12);
  });
});
