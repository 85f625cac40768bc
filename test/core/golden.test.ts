// The core against PyTorch autograd in float64 (test/fixtures/golden): every field to 1e-12 relative.
import { describe, expect, it } from 'vitest';
import { computeTrace, resolveSpec } from '../../src/core/index.js';
import { compareDeep, expectMatchesGolden, goldenCases } from '../helpers/golden.js';

const RELATIVE = 1e-12;

describe('golden traces', () => {
  for (const golden of goldenCases()) {
    it(`${golden.name} matches PyTorch to ${RELATIVE} relative`, () => {
      expectMatchesGolden(golden, RELATIVE);
    });
  }

  it('reproduces the published numbers of the classic example', () => {
    const mazur = goldenCases().find((c) => c.name === 'mazur')!;
    const resolved = resolveSpec(mazur.spec);
    if (!resolved.ok) throw new Error('mazur spec invalid');
    const trace = computeTrace(resolved.value);
    expect(trace.loss).toBeCloseTo(0.298371109, 9);
    expect(trace.updatedWeights[1]![0]![0]).toBeCloseTo(0.35891648, 8);
    expect(trace.lossAfterStep).toBeCloseTo(0.291027774, 9);
  });

  it('reproduces the course-notes exercise (lr 0.3, shared biases updated)', () => {
    const q6 = goldenCases().find((c) => c.name === 'seed-q6')!;
    const resolved = resolveSpec(q6.spec);
    if (!resolved.ok) throw new Error('seed-q6 spec invalid');
    const trace = computeTrace(resolved.value);
    expect(trace.updatedWeights[1]![0]![0]).toBeCloseTo(0.37535, 5);
    expect(trace.updatedBiases[0]).toBeCloseTo(0.34438, 5);
    expect(trace.updatedBiases[1]).toBeCloseTo(0.56988, 5);
  });
});

describe('compareDeep (the golden comparison itself)', () => {
  it('catches a difference just above the tolerance, a missing field and a wrong shape', () => {
    expect(compareDeep({ a: [1 + 1e-11] }, { a: [1] }, RELATIVE)).toHaveLength(1);
    expect(compareDeep({ a: [1 + 1e-13] }, { a: [1] }, RELATIVE)).toEqual([]);
    expect(compareDeep({}, { a: 1 }, RELATIVE)).toHaveLength(1);
    expect(compareDeep({ a: [1] }, { a: [1, 2] }, RELATIVE)).toHaveLength(1);
  });
});
