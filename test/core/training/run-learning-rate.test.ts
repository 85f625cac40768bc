import { describe, expect, it } from 'vitest';
import { computeTrace, resolveSpec, toNetworkSpec } from '../../../src/core/index.js';
import { OPTIMIZERS } from '../../../src/core/records/optimizer-records.js';
import { classOf } from '../../../src/core/training/prediction-grid.js';
import { runLearningRate } from '../../../src/core/training/run-learning-rate.js';
import type { OptimizerName } from '../../../src/core/types.js';
import { resolveNetworkInput } from '../../../src/definition/index.js';

const xorNetwork = { learningRate: 2, optimizer: 'sgd' as const, writtenByUser: false };
const typedNetwork = { ...xorNetwork, writtenByUser: true };

describe('runLearningRate', () => {
  it("keeps an η someone chose: the run's own (adam:0.05), then lr:, then a definition's for every run", () => {
    const preset = { network: xorNetwork };
    expect(runLearningRate('adam', { ...preset, run: 0.05, option: 0.3 })).toEqual({
      value: 0.05,
      source: 'run',
    });
    expect(runLearningRate('adam', { ...preset, option: 0.3 })).toEqual({ value: 0.3, source: 'option' });
    // a user's definition says η = 2: their choice, for every optimizer they compare (adam's usual η is offered)
    expect(runLearningRate('adam', { network: typedNetwork })).toEqual({
      value: 2,
      source: 'network',
      usual: OPTIMIZERS.adam.usualLearningRate,
    });
    expect(runLearningRate('momentum', { network: typedNetwork })).toEqual({
      value: 2,
      source: 'network',
    });
  });

  it("carries a preset's (or a default) η to optimizers whose step scales the same way, and gives the others their usual η", () => {
    const preset = { network: xorNetwork };
    for (const optimizer of ['sgd', 'momentum', 'nesterov'] as const)
      expect(runLearningRate(optimizer, preset)).toEqual({ value: 2, source: 'network' });
    for (const optimizer of ['adam', 'adamw', 'rmsprop'] as const)
      expect(runLearningRate(optimizer, preset)).toEqual({
        value: OPTIMIZERS[optimizer].usualLearningRate,
        source: 'usual',
      });
    // moons is tuned for adam at 0.05: rmsprop shares it, sgd takes its own
    const moons = { network: { learningRate: 0.05, optimizer: 'adam' as const, writtenByUser: false } };
    expect(runLearningRate('rmsprop', moons)).toEqual({ value: 0.05, source: 'network' });
    expect(runLearningRate('sgd', moons)).toEqual({
      value: OPTIMIZERS.sgd.usualLearningRate,
      source: 'usual',
    });
  });

  // The usual η is what makes a preset's comparison meaningful: each optimizer learns each classification preset.
  it('with the η each run gets, every optimizer learns every classification preset', () => {
    for (const preset of ['xor', 'and', 'or', 'moons', 'blobs-3class']) {
      const parsed = resolveNetworkInput({ preset }, { both: 'training.both', none: 'training.none' });
      if (!parsed.ok) throw new Error(preset);
      const base = toNetworkSpec(parsed.value.spec);
      const network = {
        learningRate: base.learningRate,
        optimizer: parsed.value.spec.training!.optimizer,
        writtenByUser: false,
      };
      for (const optimizer of Object.keys(OPTIMIZERS) as OptimizerName[]) {
        const { value } = runLearningRate(optimizer, { network });
        const fields = { ...base, optimizer, learningRate: value };
        for (const name of ['momentum', 'beta1', 'beta2', 'epsilon', 'alpha'] as const) delete fields[name];
        const resolved = resolveSpec(fields);
        if (!resolved.ok) throw new Error(`${preset} ${optimizer}`);
        const trace = computeTrace(resolved.value);
        const data = resolved.value.training!.data!;
        const correct = data.filter((s, k) => classOf(s.target) === classOf(trace.predictions![k]!)).length;
        expect(`${preset} ${optimizer} (η = ${value}): ${correct}/${data.length}`).toBe(
          `${preset} ${optimizer} (η = ${value}): ${data.length}/${data.length}`,
        );
        expect(trace.finalLoss!, `${preset} ${optimizer}`).toBeLessThan(trace.loss / 2);
      }
    }
  });
});
