// Each catalogued mistake, on the classic network, gives the number worked out by hand for it.
import { describe, expect, it } from 'vitest';
import { createEvaluator } from '../../src/check/evaluator.js';
import { mistakeForms } from '../../src/check/mistakes.js';
import type { Quantity } from '../../src/check/quantities.js';
import type { Variant } from '../../src/check/variant.js';
import { goldenSpec } from './helpers.js';

const mazur = goldenSpec('mazur'); // η = 0.5, biases shared and frozen
const value = (variant: Variant, q: Quantity) => createEvaluator(mazur, variant).value(q);
const o1 = 0.7513650695523157;
const deltaO1 = 0.13849856162855695;
const gradW5 = 0.08216704056423077;

describe('mistake variants on the classic network', () => {
  it('dE_dout_one: δ_o1 is just σ′(net_o1)', () => {
    expect(value({ outputGradientOne: true }, { kind: 'delta', l: 1, j: 0 })).toBeCloseTo(o1 * (1 - o1), 12);
  });

  it('missing_half: ∂E/∂out_o1 = 2(o1 − t1); the loss without its ½', () => {
    expect(value({ outputGradientScale: 2 }, { kind: 'dE_dOut', l: 1, j: 0 })).toBeCloseTo(
      1.4827301391046315,
      12,
    );
    expect(value({ lossScale: 2 }, { kind: 'loss', pass: 0 })).toBeCloseTo(2 * 0.2983711087600027, 12);
  });

  it('mean_vs_sum: the loss divided by the two outputs', () => {
    expect(value({ lossScale: 0.5 }, { kind: 'loss', pass: 0 })).toBeCloseTo(0.14918555438000136, 12);
  });

  it('sign_flip: t − o gives the opposite gradient; adding it moves the weight the wrong way', () => {
    expect(value({ outputGradientScale: -1 }, { kind: 'gradWeight', l: 1, j: 0, i: 0 })).toBeCloseTo(
      -gradW5,
      12,
    );
    expect(value({ updateAdds: true }, { kind: 'newWeight', l: 1, j: 0, i: 0 })).toBeCloseTo(
      0.4 + 0.5 * gradW5,
      12,
    );
  });

  it('missing_learning_rate and learning_rate_twice: w5 − ∂E/∂w5 and w5 − η²·∂E/∂w5', () => {
    expect(value({ stepScale: 2 }, { kind: 'newWeight', l: 1, j: 0, i: 0 })).toBeCloseTo(0.4 - gradW5, 12);
    expect(value({ stepScale: 0.5 }, { kind: 'newWeight', l: 1, j: 0, i: 0 })).toBeCloseTo(
      0.4 - 0.25 * gradW5,
      12,
    );
  });

  it('missing and wrong activation derivatives: f′ = 1, or 1 − out² for a sigmoid unit', () => {
    const missing = value(
      { derivative: { layers: 'output', formula: 'one' } },
      { kind: 'delta', l: 1, j: 0 },
    );
    expect(missing).toBeCloseTo(o1 - 0.01, 12);
    const tanhFormula = value(
      { derivative: { layers: 'all', formula: 'tanh' } },
      { kind: 'dOut_dNet', l: 1, j: 0 },
    );
    expect(tanhFormula).toBeCloseTo(0.43545053225664376, 12);
  });

  it('gradient_without_source: δ_o1 itself for ∂E/∂w5', () => {
    expect(value({ gradientWithoutSource: true }, { kind: 'gradWeight', l: 1, j: 0, i: 0 })).toBeCloseTo(
      value({}, { kind: 'delta', l: 1, j: 0 }),
      12,
    );
  });

  it('net_vs_out: δ_o1·net_h1 for ∂E/∂w5, and σ′ evaluated on net', () => {
    expect(value({ gradientUsesSourceNet: true }, { kind: 'gradWeight', l: 1, j: 0, i: 0 })).toBeCloseTo(
      0.05228320701478025,
      12,
    );
    expect(value({ derivativeFromNet: 'output' }, { kind: 'dOut_dNet', l: 1, j: 0 })).toBeCloseTo(
      -0.11712204091863504,
      12,
    );
  });

  it('updated_weights_in_backward: ∂E/∂out_h1 through w5+ and w7+', () => {
    const expected = deltaO1 * 0.35891647971788465 + -0.03809823651655623 * 0.5113012702387375;
    expect(value({ backwardWithUpdatedWeights: true }, { kind: 'dE_dOut', l: 0, j: 0 })).toBeCloseTo(
      expected,
      12,
    );
  });

  it('swapped_weight_indices: the student’s w2 is i1→h2; reading the list that way changes net_h1', () => {
    const named = createEvaluator(mazur, { weightsNamedTransposed: true });
    expect(named.value({ kind: 'gradWeight', l: 0, j: 0, i: 1 })).toBeCloseTo(0.0004977127352608599, 15); // true ∂E/∂w3
    expect(named.value({ kind: 'weight', l: 1, j: 0, i: 1 })).toBe(0.5); // "w6" read as h1→o2 = 0.50
    expect(value({ weightsReadTransposed: true }, { kind: 'net', l: 0, j: 0, pass: 0 })).toBeCloseTo(
      0.3825,
      12,
    );
  });

  it('bias_frozen_or_updated: here the biases are frozen, so updating them moves b2', () => {
    expect(value({}, { kind: 'newBias', l: 1 })).toBe(0.6);
    expect(value({ biasUpdateFlipped: true }, { kind: 'newBias', l: 1 })).toBeCloseTo(
      0.6 - 0.5 * 0.10040032511200073,
      12,
    );
  });

  it('the catalogue offers each of these on this network, with both formulas', () => {
    const forms = mistakeForms(mazur);
    expect(new Set(forms.map((f) => f.id)).size).toBe(13);
    for (const form of forms) {
      expect(form.correct.length, form.id).toBeGreaterThan(3);
      expect(form.used, form.id).not.toBe(form.correct);
    }
  });
});
