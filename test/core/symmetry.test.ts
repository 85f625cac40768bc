import { describe, expect, it } from 'vitest';
import { symmetryRun } from '../../src/core/symmetry.js';

describe('symmetryRun', () => {
  it('keeps the two hidden units exact copies under zero initialisation, though their weights move', () => {
    const run = symmetryRun('zeros');
    expect(run.largestDifference).toBe(0);
    expect(Math.abs(run.hiddenWeights.at(-1)![0]![0]!)).toBeGreaterThan(0.5);
  });

  it('keeps them copies under any equal constant too', () => {
    expect(symmetryRun({ constant: 0.5 }).largestDifference).toBe(0);
  });

  it('lets them differ under random initialisation', () => {
    expect(symmetryRun('xavier_normal').largestDifference).toBeGreaterThan(0.5);
  });

  it('records one snapshot per step plus the final one', () => {
    const run = symmetryRun('zeros', 20);
    expect(run.hiddenWeights).toHaveLength(21);
    expect(run.loss).toHaveLength(21);
    expect(run.loss[0]).toBeCloseTo(Math.log(2), 12); // σ(0) = ½ for every input
  });
});
