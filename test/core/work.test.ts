import { describe, expect, it } from 'vitest';
import {
  BOUNDARY_GRID_WORK,
  boundaryGridSide,
  MAX_TRAINING_WORK,
  maxEpochsForRuns,
  resolveSpec,
  runsWork,
  trainingRunsWorkError,
  trainingWork,
  weightCount,
} from '../../src/core/index.js';
import type { NetworkSpec, OptimizerName, ResolvedSpec } from '../../src/core/types.js';
import { loadPreset } from '../../src/definition/index.js';

const moons = (): ResolvedSpec => {
  const preset = loadPreset('moons');
  if (!preset.ok) throw new Error('moons does not parse');
  return preset.value.spec;
};

function withSettings(spec: ResolvedSpec, epochs: number, optimizer: OptimizerName): ResolvedSpec {
  const { training, steps: _steps, input: _input, target: _target, ...rest } = spec;
  const resolved = resolveSpec({
    ...(rest as NetworkSpec),
    data: training!.data,
    batchSize: training!.batchSize,
    epochs,
    optimizer,
  });
  if (!resolved.ok) throw new Error(JSON.stringify(resolved.error));
  return resolved.value;
}

const runs = (epochs: number) =>
  (['sgd', 'momentum', 'adam'] as const).map((optimizer) => withSettings(moons(), epochs, optimizer));

describe('the work a /train reply may do', () => {
  it('counts samples × epochs × (weights + 2·units) per run, summed over the optimizers compared', () => {
    const spec = moons();
    // 2-8-1: 24 weights, 9 units that compute an activation and its derivative
    const perSample = weightCount(spec.layers) + 2 * 9;
    expect(trainingWork(withSettings(spec, 10, 'sgd'))).toBe(32 * 10 * perSample);
    expect(runsWork(runs(10))).toBe(3 * 32 * 10 * perSample);
    // linear: twice the epochs, twice the work
    expect(runsWork(runs(20))).toBe(2 * runsWork(runs(10)));
  });

  it('names the most epochs three optimizers may train together, which fit while one more does not', () => {
    const most = maxEpochsForRuns(runs(1));
    expect(runsWork(runs(most))).toBeLessThanOrEqual(MAX_TRAINING_WORK);
    expect(runsWork(runs(most + 1))).toBeGreaterThan(MAX_TRAINING_WORK);
    expect(trainingRunsWorkError(runs(most))).toBeUndefined();
    // each run alone fits, the three together do not
    const over = runs(most + 1);
    expect(over.every((spec) => trainingWork(spec) <= MAX_TRAINING_WORK)).toBe(true);
    const error = trainingRunsWorkError(over)!;
    expect(error.id).toBe('training.too_much_work_runs');
    expect(error.hint).toBe(`epochs:${most}`);
    expect(error.params).toMatchObject({ runs: 3, samples: 32, epochs: most + 1, maxEpochs: most });
  });

  it('draws the boundary on 60 × 60 cells, fewer for a large net so both panels stay within their budget', () => {
    expect(boundaryGridSide([2, 2, 1], 2)).toBe(60);
    for (const layers of [
      [2, 64, 1],
      [2, 64, 60, 1],
      [2, 20, 20, 20, 20, 20, 20, 20, 20, 1],
    ]) {
      const side = boundaryGridSide(layers, 2);
      expect(2 * side * side * weightCount(layers)).toBeLessThanOrEqual(BOUNDARY_GRID_WORK);
      expect(side).toBeGreaterThanOrEqual(2);
    }
  });
});
