// Training on data sets and with optimizers against torch.optim in float64 (test/fixtures/golden/data-*.json).
import { describe, expect, it } from 'vitest';
import { computeTrace, resolveSpec } from '../../src/core/index.js';
import { expectMatchesGolden, goldenCases } from '../helpers/golden.js';

const RELATIVE = 1e-9;

const dataCases = () => goldenCases('data-specs.json', 'data-golden.json');

describe('data-set and optimizer golden runs', () => {
  for (const golden of dataCases()) {
    it(`${golden.name} matches torch.optim to ${RELATIVE} relative in every field`, () => {
      expectMatchesGolden(golden, RELATIVE);
    });
  }

  it('XOR trained 5000 full-batch epochs learns XOR (the README of the golden data)', () => {
    const xor = dataCases().find((c) => c.name === 'xor-batch-5000')!;
    const resolved = resolveSpec(xor.spec);
    if (!resolved.ok) throw new Error('invalid');
    const trace = computeTrace(resolved.value);
    expect(trace.finalLoss).toBeCloseTo(0.000445, 5);
    expect(trace.predictions!.map((p) => Math.round(p[0]!))).toEqual([0, 1, 1, 0]);
  });
});
