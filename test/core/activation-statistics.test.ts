import { describe, expect, it } from 'vitest';
import { deepNetStatistics } from '../../src/core/activation-statistics.js';

const small = { width: 64, batch: 16 } as const;

describe('deepNetStatistics', () => {
  it('is reproducible from its seed and has one value per layer', () => {
    const a = deepNetStatistics({ activation: 'tanh', scheme: 'xavier_normal', ...small, seed: 4 });
    const b = deepNetStatistics({ activation: 'tanh', scheme: 'xavier_normal', ...small, seed: 4 });
    expect(a).toEqual(b);
    expect(a.activationStd).toHaveLength(10);
    expect(a.weightGradientRms).toHaveLength(10);
  });

  it('keeps ReLU activations at scale under He and halves their variance per layer under Xavier (n_in = n_out)', () => {
    const he = deepNetStatistics({ activation: 'relu', scheme: 'he_normal', ...small });
    const xavier = deepNetStatistics({ activation: 'relu', scheme: 'xavier_normal', ...small });
    expect(he.activationStd[9]! / he.activationStd[0]!).toBeGreaterThan(0.5);
    expect(he.activationStd[9]! / he.activationStd[0]!).toBeLessThan(2);
    // Var(a_l) ∝ (n·Var(w)/2)^l = (1/2)^l: nine layers shrink the std by about 2^(−4.5) ≈ 0.044
    const ratio = xavier.activationStd[9]! / xavier.activationStd[0]!;
    expect(ratio).toBeGreaterThan(0.02);
    expect(ratio).toBeLessThan(0.1);
  });

  it('explodes ReLU activations under N(0, 1) and saturates tanh', () => {
    const relu = deepNetStatistics({ activation: 'relu', scheme: 'standard_normal', ...small });
    expect(relu.activationStd[9]).toBeGreaterThan(1e6);
    const tanh = deepNetStatistics({ activation: 'tanh', scheme: 'standard_normal', ...small });
    expect(tanh.saturatedFraction.every((f) => f > 0.6)).toBe(true);
    const tanhXavier = deepNetStatistics({ activation: 'tanh', scheme: 'xavier_normal', ...small });
    expect(tanhXavier.saturatedFraction[9]).toBeLessThan(0.05);
  });

  it('shows the vanishing gradient of a deep sigmoid net and none for ReLU with He', () => {
    const sigmoid = deepNetStatistics({ activation: 'sigmoid', scheme: 'xavier_normal', ...small });
    expect(sigmoid.weightGradientRms[0]! / sigmoid.weightGradientRms[9]!).toBeLessThan(1e-3);
    const relu = deepNetStatistics({ activation: 'relu', scheme: 'he_normal', ...small });
    expect(relu.weightGradientRms[0]! / relu.weightGradientRms[9]!).toBeGreaterThan(0.3);
  });

  it('matches the analytic first-layer std of ReLU under He: z ~ N(0, 2), std(max(z, 0)) = √(1 − 1/π)', () => {
    const stats = deepNetStatistics({
      activation: 'relu',
      scheme: 'he_normal',
      width: 128,
      batch: 32,
      depth: 1,
    });
    expect(Math.abs(stats.activationStd[0]! / Math.sqrt(1 - 1 / Math.PI) - 1)).toBeLessThan(0.05);
  });
});
