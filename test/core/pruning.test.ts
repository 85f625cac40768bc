import { describe, expect, it } from 'vitest';
import {
  curvedBoundaryData,
  hessianDiagonal,
  obdSaliencies,
  pruningCurve,
  pruningOrder,
  trainedPruningNet,
} from '../../src/core/pruning.js';
import { datasetLoss, flattenWeights, predict, withWeights } from '../../src/core/small-net.js';

const { net, data } = trainedPruningNet();

describe('curvedBoundaryData', () => {
  it('labels points by x₂ > ½·sin(π·x₁), reproducibly', () => {
    const points = curvedBoundaryData(50, 1);
    expect(curvedBoundaryData(50, 1)).toEqual(points);
    for (const { input, target } of points)
      expect(target).toBe(input[1]! > 0.5 * Math.sin(Math.PI * input[0]!) ? 1 : 0);
  });
});

describe('the trained net', () => {
  it('fits its data (so OBD’s assumption of a minimum roughly holds)', () => {
    const accuracy =
      data.filter((s) => (predict(net, s.input) > 0.5 ? 1 : 0) === s.target).length / data.length;
    expect(accuracy).toBeGreaterThan(0.95);
  });
});

describe('hessianDiagonal', () => {
  it('matches second differences of the loss itself', () => {
    const weights = flattenWeights(net);
    const diagonal = hessianDiagonal(net, data);
    const h = 1e-4;
    const base = datasetLoss(net, data);
    weights.forEach((w, k) => {
      const plus = [...weights];
      const minus = [...weights];
      plus[k] = w + h;
      minus[k] = w - h;
      const second =
        (datasetLoss(withWeights(net, plus), data) - 2 * base + datasetLoss(withWeights(net, minus), data)) /
        (h * h);
      expect(Math.abs(diagonal[k]! - second)).toBeLessThan(1e-4 * Math.max(1, Math.abs(second)));
    });
  });
});

describe('obdSaliencies and pruningOrder', () => {
  it('computes ½·h_kk·w² and orders least important first', () => {
    expect(obdSaliencies([2, -1, 0.5], [0.5, 4, 1])).toEqual([1, 2, 0.125]);
    expect(pruningOrder([1, 2, 0.125, 1])).toEqual([2, 0, 3, 1]);
  });
});

describe('pruningCurve', () => {
  const curve = pruningCurve(net, data);

  it('starts at no increase and removes every weight by the end', () => {
    expect(curve.fractionPruned[0]).toBe(0);
    expect(curve.fractionPruned.at(-1)).toBe(1);
    expect(curve.lossIncrease.magnitude[0]).toBe(0);
    expect(curve.lossIncrease.obd).toHaveLength(curve.weightCount + 1);
  });

  it('predicts the damage of the first deletion, which is what OBD’s saliency means', () => {
    const first = curve.lossIncrease.obd[1]!;
    expect(Math.abs(curve.predictedIncrease[1]! - first)).toBeLessThan(0.5 * Math.abs(first) + 1e-6);
  });

  it('hurts this net less than magnitude pruning over the first half of the weights', () => {
    const half = Math.floor(curve.weightCount / 2);
    const sum = (values: number[]) => values.slice(0, half + 1).reduce((s, v) => s + v, 0);
    expect(sum(curve.lossIncrease.obd)).toBeLessThan(sum(curve.lossIncrease.magnitude));
  });
});
