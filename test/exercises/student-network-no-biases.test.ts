// An exercise made from a network without biases gives every student a network without biases (weights redrawn).
import { describe, expect, it } from 'vitest';
import { corpusSpec } from '../helpers/corpus-spec.js';
import { hasNoBiases } from '../../src/core/index.js';
import { studentNetwork } from '../../src/exercises/student-network.js';

/** schiendorfer-no-bias's network: the page's NumPy code has no biases. */
const template = (updateBiases: boolean) => corpusSpec('schiendorfer-no-bias', { updateBiases });

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
