// Training on data sets and with optimizers against torch.optim in float64 (test/fixtures/golden/data-*.json).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeTrace, resolveSpec, traceToJson } from '../../src/core/index.js';
import { compareDeep, goldenDir } from '../helpers/golden.js';

const RELATIVE = 1e-9;

interface DataCase {
  name: string;
  spec: Record<string, unknown>;
  trace: Record<string, unknown>;
}

function dataCases(): DataCase[] {
  const specs = JSON.parse(readFileSync(join(goldenDir, 'data-specs.json'), 'utf8')) as Record<
    string,
    unknown
  >[];
  const traces = JSON.parse(readFileSync(join(goldenDir, 'data-golden.json'), 'utf8')) as Record<
    string,
    unknown
  >[];
  return specs.map((spec) => ({
    name: String(spec.name),
    spec,
    trace: traces.find((t) => t.name === spec.name)!,
  }));
}

describe('data-set and optimizer golden runs', () => {
  for (const golden of dataCases()) {
    it(`${golden.name} matches torch.optim to ${RELATIVE} relative in every field`, () => {
      const resolved = resolveSpec(golden.spec);
      if (!resolved.ok) throw new Error(JSON.stringify(resolved.error));
      const json = traceToJson(computeTrace(resolved.value));
      const { name: _name, ...expected } = golden.trace;
      expect(Object.keys(json).sort()).toEqual(Object.keys(expected).sort());
      expect(compareDeep(json, expected, RELATIVE)).toEqual([]);
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
