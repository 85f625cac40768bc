// The observer of trainOnData: called once after every update with what the optimizer holds, and harmless.
import { describe, expect, it } from 'vitest';
import { resolveSpec } from '../../../src/core/index.js';
import { packParameters, parameterLayout } from '../../../src/core/training/parameters.js';
import { trainOnData, type TrainingStep } from '../../../src/core/training/train-data.js';
import type { ResolvedSpec } from '../../../src/core/types.js';
import { goldenCases } from '../../helpers/golden.js';

function goldenSpec(name: string) {
  const golden = goldenCases('data-specs.json', 'data-golden.json').find((c) => c.name === name)!;
  const resolved = resolveSpec(golden.spec);
  if (!resolved.ok) throw new Error(JSON.stringify(resolved.error));
  return { spec: resolved.value, trace: golden.trace };
}

describe('trainOnData’s observer', () => {
  it('sees every update of online momentum on XOR, and the last one ends where training ends (torch.optim golden)', () => {
    const { spec, trace } = goldenSpec('xor-online-momentum');
    const seen: { step: number; epoch: number; loss: number; v: number[]; g: number[]; theta: number[] }[] =
      [];
    const result = trainOnData(spec, (step: TrainingStep) =>
      seen.push({
        step: step.step,
        epoch: step.epoch,
        loss: step.dataLoss(),
        v: Array.from(step.state[0]!),
        g: Array.from(step.gradient),
        theta: Array.from(step.parameters),
      }),
    );
    const epochs = spec.training!.epochs;
    expect(seen.map((s) => s.step)).toEqual(Array.from({ length: 4 * epochs }, (_, k) => k + 1));
    expect(seen.map((s) => s.epoch)).toEqual(Array.from({ length: 4 * epochs }, (_, k) => Math.floor(k / 4)));
    expect(seen.at(-1)!.loss).toBe(result.finalLoss);
    expect(result.finalLoss).toBeCloseTo(trace.finalLoss as number, 12);
    // the loss at the end of epoch e is the loss the next epoch starts from
    for (let e = 1; e < epochs; e++) expect(seen[4 * e - 1]!.loss).toBe(result.lossHistory[e]);
    // after the first update, v = g (torch.optim's momentum buffer starts as the gradient) and θ is the updated θ
    expect(seen[0]!.theta).toEqual(
      Array.from(packParameters(parameterLayoutOf(spec), result.updatedWeights, result.updatedBiases)),
    );
    expect(seen[0]!.g).toEqual(seen[0]!.v);
    expect(seen[0]!.v).toEqual(
      Array.from(packParameters(parameterLayoutOf(spec), result.gradWeights, result.gradBiases)),
    );
  });

  it('leaves the training exactly as it is without one', () => {
    const { spec } = goldenSpec('xor-online-momentum');
    const observed = trainOnData(spec, (step) => void step.dataLoss());
    expect(observed).toEqual(trainOnData(spec));
  });

  it('sees Adam’s m and v after each of the golden run’s 3 steps', () => {
    const { spec } = goldenSpec('mazur-adam-3');
    const states: number[][][] = [];
    trainOnData(spec, (step) => states.push(step.state.map((s) => Array.from(s))));
    expect(states).toHaveLength(3);
    expect(states[0]).toHaveLength(2); // m, v
    const layout = parameterLayoutOf(spec);
    const first = trainOnData(spec);
    const g = packParameters(layout, first.gradWeights, first.gradBiases);
    // after step 1: m = (1 − β₁)·g, v = (1 − β₂)·g² for every parameter the optimizer updates
    const { beta1, beta2 } = spec.training!.hyper;
    for (let k = 0; k < layout.size; k++) {
      if (!layout.trainable[k]) continue;
      expect(states[0]![0]![k]).toBeCloseTo((1 - beta1) * g[k]!, 15);
      expect(states[0]![1]![k]).toBeCloseTo((1 - beta2) * g[k]! * g[k]!, 15);
    }
  });
});

function parameterLayoutOf(spec: ResolvedSpec) {
  return parameterLayout(spec.layers, spec.biases, spec.updateBiases);
}
