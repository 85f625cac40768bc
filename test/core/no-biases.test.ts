import { describe, expect, it } from 'vitest';
import { hasNoBiases } from '../../src/core/no-biases.js';

describe('hasNoBiases', () => {
  it('is true for biases all 0 that are not updated (shared or per unit)', () => {
    expect(hasNoBiases({ biases: [0, 0], updateBiases: false })).toBe(true);
    expect(hasNoBiases({ biases: [[0, 0], 0], updateBiases: false })).toBe(true);
  });
  it('is false when a bias is not 0 or biases are updated (they start at 0 and learn)', () => {
    expect(hasNoBiases({ biases: [0.35, 0.6], updateBiases: false })).toBe(false);
    expect(hasNoBiases({ biases: [[0, 0.1], 0], updateBiases: false })).toBe(false);
    expect(hasNoBiases({ biases: [0, 0], updateBiases: true })).toBe(false);
  });
});
