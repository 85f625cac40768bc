import { describe, expect, it } from 'vitest';
import { computeTrace, resolveSpec } from '../../../src/core/index.js';
import { snapshotEpochs } from '../../../src/core/training/train-data.js';
import type { ResolvedSpec } from '../../../src/core/types.js';
import { PARITY } from '../../helpers/parity-network.js';

function parity(epochs: number): ResolvedSpec {
  const resolved = resolveSpec({ ...PARITY, epochs, optimizer: 'adam', batchSize: 3 });
  if (!resolved.ok) throw new Error(JSON.stringify(resolved.error));
  return resolved.value;
}

describe('epoch snapshots (the decision-boundary strip)', () => {
  it('are taken at 0, ¼, ½, ¾ and all of the epochs, fewer when there are few', () => {
    expect(snapshotEpochs(100)).toEqual([0, 25, 50, 75, 100]);
    expect(snapshotEpochs(10)).toEqual([0, 3, 5, 8, 10]);
    expect(snapshotEpochs(2)).toEqual([0, 1, 2]);
    expect(snapshotEpochs(1)).toEqual([0, 1]);
  });

  it('each equals the final parameters of the same run stopped at that epoch', () => {
    const trace = computeTrace(parity(40));
    expect(trace.epochSnapshots!.map((s) => s.epoch)).toEqual([0, 10, 20, 30, 40]);
    expect(trace.epochSnapshots![0]!.weights).toEqual(trace.spec.weights);
    for (const snapshot of trace.epochSnapshots!.slice(1)) {
      const shorter = computeTrace(parity(snapshot.epoch));
      expect(snapshot.weights).toEqual(shorter.finalWeights);
      expect(snapshot.biases).toEqual(shorter.finalBiases);
    }
    expect(trace.epochSnapshots!.at(-1)!.weights).toEqual(trace.finalWeights);
  });

  it('stop where training diverged', () => {
    const resolved = resolveSpec({
      ...PARITY,
      epochs: 40,
      activations: ['linear', 'linear'],
      learningRate: 50,
      loss: 'sse',
      optimizer: 'sgd',
    });
    if (!resolved.ok) throw new Error(JSON.stringify(resolved.error));
    const trace = computeTrace(resolved.value);
    const diverged = trace.numericIssues.find((issue) => issue.id === 'training_diverged');
    expect(diverged).toBeDefined();
    expect(trace.epochSnapshots!.every((s) => s.epoch < diverged!.step!)).toBe(true);
  });
});
