// Loads the PyTorch float64 reference traces (test/fixtures/golden) and compares numbers by relative error.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { computeTrace, resolveSpec, traceToJson } from '../../src/core/index.js';

/** The copied golden data (specs, traces, data-set traces and the generators); the project reads nothing outside itself. */
export const goldenDir = fileURLToPath(new URL('../fixtures/golden/', import.meta.url));

export interface GoldenCase {
  name: string;
  spec: Record<string, unknown>;
  trace: Record<string, unknown>;
}

/**
 * The reference cases of a spec file and its traces (by name, a map or a list): the PyTorch autograd traces by
 * default, `goldenCases('data-specs.json', 'data-golden.json')` for the data-set and optimizer runs.
 */
export function goldenCases(specsFile = 'specs.json', tracesFile = 'golden.json'): GoldenCase[] {
  const specs = JSON.parse(readFileSync(goldenDir + specsFile, 'utf8')) as Record<string, unknown>[];
  const traces = JSON.parse(readFileSync(goldenDir + tracesFile, 'utf8')) as
    Record<string, Record<string, unknown>> | Record<string, unknown>[];
  return specs.map((spec) => {
    const name = spec.name as string;
    const trace = Array.isArray(traces) ? traces.find((t) => t.name === name) : traces[name];
    if (!trace) throw new Error(`no golden trace for ${name}`);
    return { name, spec, trace: trace as Record<string, unknown> };
  });
}

/** The core's trace of the case's spec has the reference's fields, each number within `relative` of it. */
export function expectMatchesGolden(golden: GoldenCase, relative: number): void {
  const resolved = resolveSpec(golden.spec);
  if (!resolved.ok) throw new Error(JSON.stringify(resolved.error));
  const json = traceToJson(computeTrace(resolved.value));
  const { name: _name, ...expected } = golden.trace;
  expect(Object.keys(json).sort()).toEqual(Object.keys(expected).sort());
  expect(compareDeep(json, expected, relative)).toEqual([]);
}

/** Every number in `actual` within `relative` of `expected` (absolute near zero); returns the mismatches. */
export function compareDeep(actual: unknown, expected: unknown, relative: number, path = ''): string[] {
  if (typeof expected === 'number') {
    if (typeof actual !== 'number')
      return [`${path}: expected number ${expected}, got ${JSON.stringify(actual)}`];
    const scale = Math.max(Math.abs(expected), 1e-300);
    const ok =
      actual === expected ||
      Math.abs(actual - expected) <= relative * scale ||
      Math.abs(actual - expected) < 1e-300;
    return ok
      ? []
      : [`${path}: expected ${expected}, got ${actual} (rel ${Math.abs(actual - expected) / scale})`];
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) {
      return [`${path}: expected array of ${expected.length}, got ${JSON.stringify(actual)?.slice(0, 80)}`];
    }
    return expected.flatMap((e, k) => compareDeep(actual[k], e, relative, `${path}[${k}]`));
  }
  if (expected && typeof expected === 'object') {
    return Object.entries(expected).flatMap(([k, e]) =>
      compareDeep((actual as Record<string, unknown>)?.[k], e, relative, path ? `${path}.${k}` : k),
    );
  }
  return actual === expected
    ? []
    : [`${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
}
