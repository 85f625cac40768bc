// An exercise made from a network without biases gives every student a network without biases (weights redrawn).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasNoBiases, resolveSpec } from '../../src/core/index.js';
import type { ResolvedSpec } from '../../src/core/types.js';
import { studentNetwork } from '../../src/exercises/student-network.js';

/** schiendorfer-no-bias's network: the page's NumPy code has no biases. */
function template(updateBiases: boolean): ResolvedSpec {
  const file = join(import.meta.dirname, '../fixtures/real-world/schiendorfer-no-bias/network.json');
  const {
    name: _n,
    description: _d,
    ...spec
  } = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const resolved = resolveSpec({ ...spec, updateBiases });
  if (!resolved.ok) throw new Error(JSON.stringify(resolved.error));
  return resolved.value;
}

describe('studentNetwork of a network without biases', () => {
  it('redraws the weights and keeps the network without biases', () => {
    for (const seed of [1, 2, 3]) {
      const student = studentNetwork(template(false), ['weights', 'inputs'], seed);
      expect(student.weights).not.toEqual(template(false).weights);
      expect(hasNoBiases(student)).toBe(true);
    }
  });

  it('still redraws biases of 0 that learn (they are parameters of the network)', () => {
    expect(studentNetwork(template(true), ['weights'], 1).biases).not.toEqual([0, 0]);
  });
});
