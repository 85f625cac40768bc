// The parametrised backpropagation, with no mistake and no override, is the core's trace.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeTrace, resolveSpec, type ResolvedSpec, type Trace } from '../../src/core/index.js';
import { createEvaluator } from '../../src/check/evaluator.js';
import type { Quantity } from '../../src/check/quantities.js';
import { networkSpec } from '../core/arbitraries/network-spec.js';
import { goldenCases } from '../helpers/golden.js';

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
}

/** Every quantity of the trace, read through the evaluator, with the trace's value. */
function pairs(spec: ResolvedSpec, trace: Trace): [Quantity, number][] {
  const result: [Quantity, number][] = [];
  trace.net.forEach((layer, l) =>
    layer.forEach((_z, j) => {
      result.push([{ kind: 'net', l, j, pass: 0 }, trace.net[l]![j]!]);
      result.push([{ kind: 'out', l, j, pass: 0 }, trace.out[l]![j]!]);
      result.push([{ kind: 'delta', l, j }, trace.delta[l]![j]!]);
      result.push([{ kind: 'dE_dOut', l, j }, trace.dE_dOut[l]![j]!]);
    }),
  );
  trace.gradWeights.forEach((W, l) =>
    W.forEach((row, j) =>
      row.forEach((g, i) => {
        result.push([{ kind: 'gradWeight', l, j, i }, g]);
        result.push([{ kind: 'newWeight', l, j, i }, trace.updatedWeights[l]![j]![i]!]);
      }),
    ),
  );
  trace.gradBiases.forEach((g, l) => {
    if (typeof g === 'number') result.push([{ kind: 'newBias', l }, trace.updatedBiases[l] as number]);
    else
      g.forEach((_v, j) =>
        result.push([{ kind: 'newBias', l, j }, (trace.updatedBiases[l] as number[])[j]!]),
      );
  });
  result.push([{ kind: 'loss', pass: 0 }, trace.loss]);
  result.push([{ kind: 'loss', pass: 1 }, trace.lossAfterStep]);
  return result;
}

describe('createEvaluator without mistakes', () => {
  it.each(
    goldenCases()
      .filter((c) => !c.name.includes('10000'))
      .map((c) => [c.name, c.spec] as const),
  )('reproduces the core trace of golden case %s', (_name, raw) => {
    const resolved = resolveSpec(raw);
    if (!resolved.ok) throw new Error('golden spec invalid');
    const trace = computeTrace(resolved.value);
    const evaluator = createEvaluator(resolved.value);
    for (const [q, expected] of pairs(resolved.value, trace))
      expect(evaluator.value(q), JSON.stringify(q)).toBeCloseTo(expected, 12);
  });

  it('reproduces the core trace of random networks', () => {
    fc.assert(
      fc.property(networkSpec({ maxLayers: 3, maxUnits: 4 }), (spec) => {
        const trace = computeTrace(spec);
        if (trace.numericIssues.length > 0) return true;
        const evaluator = createEvaluator(spec);
        return pairs(spec, trace).every(([q, expected]) => close(evaluator.value(q), expected));
      }),
      { numRuns: 150 },
    );
  });

  it('tracks which overridden numbers a value was computed from', () => {
    const resolved = resolveSpec(goldenCases()[0]!.spec);
    if (!resolved.ok) throw new Error('golden spec invalid');
    const evaluator = createEvaluator(resolved.value, {}, new Map([['out:0:0:0', 0.6]]));
    expect([...evaluator.sources({ kind: 'net', l: 1, j: 0, pass: 0 })]).toEqual(['out:0:0:0']);
    expect(evaluator.sources({ kind: 'net', l: 0, j: 1, pass: 0 }).size).toBe(0);
    expect(evaluator.value({ kind: 'net', l: 1, j: 0, pass: 0 })).toBeCloseTo(
      0.6 + 0.4 * 0.6 + 0.45 * 0.596884378259767,
      12,
    );
  });
});
