import { describe, expect, it } from 'vitest';
import { deadReluAfterOneStep, deadUnitFraction, regressionData } from '../../src/core/dead-relu.js';
import type { SmallNet } from '../../src/core/small-net.js';

describe('deadUnitFraction', () => {
  it('counts a unit dead only when its pre-activation is ≤ 0 on every input', () => {
    const net: SmallNet = {
      hiddenActivation: 'relu',
      output: 'linear_mse',
      hiddenWeights: [
        [1, 0],
        [0, 0],
        [-1, 0],
        [0, 1],
      ],
      hiddenBiases: [0, 0, -5, -0.5],
      outputWeights: [1, 1, 1, 1],
      outputBias: 0,
    };
    const data = [
      { input: [1, 0], target: 0 },
      { input: [-1, 1], target: 0 },
    ];
    // unit 0 alive (z = 1), unit 1 z = 0 always (dead), unit 2 z ≤ −4 (dead), unit 3 alive on the second input
    expect(deadUnitFraction(net, data)).toBe(0.5);
  });
});

describe('deadReluAfterOneStep', () => {
  it('kills no unit with a small step and many with a large one', () => {
    expect(deadReluAfterOneStep(0.01)).toEqual({ learningRate: 0.01, deadBefore: 0, deadAfter: 0 });
    expect(deadReluAfterOneStep(10).deadAfter).toBeGreaterThan(0.3);
  });

  it('kills more units as the step grows (over a decade)', () => {
    expect(deadReluAfterOneStep(10).deadAfter).toBeGreaterThan(deadReluAfterOneStep(1).deadAfter);
  });

  it('uses targets y = 3 + x₁ + x₂²', () => {
    for (const { input, target } of regressionData(20, 1))
      expect(target).toBeCloseTo(3 + input[0]! + input[1]! ** 2, 12);
  });
});
