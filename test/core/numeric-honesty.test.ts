// A loss that overflows or hits ln(0) is reported with an explanation, never a silent NaN.
import { describe, expect, it } from 'vitest';
import { computeTrace } from '../../src/core/index.js';
import type { ResolvedSpec } from '../../src/core/types.js';

const oneUnit = (overrides: Partial<ResolvedSpec>): ResolvedSpec => ({
  layers: [1, 1],
  activations: ['sigmoid'],
  weights: [[[1]]],
  biases: [0],
  input: [1],
  target: [0],
  loss: 'bce',
  learningRate: 0.5,
  updateBiases: true,
  steps: 1,
  ...overrides,
});

describe('numerical honesty', () => {
  it('bce with a saturated sigmoid output: exact loss from the pre-activation, and says so', () => {
    const trace = computeTrace(oneUnit({ weights: [[[50]]] })); // σ(50) = 1 exactly in float64
    expect(trace.out[0]![0]).toBe(1);
    expect(trace.loss).toBeCloseTo(50, 10); // −ln(1 − σ(50)) = softplus(50) ≈ 50
    expect(Number.isFinite(trace.delta[0]![0]!)).toBe(true);
    expect(trace.numericIssues.map((i) => i.id)).toContain('output_saturated');
  });

  it('bce on a softmax output that reaches 1: ln(0) is reported', () => {
    const trace = computeTrace({
      ...oneUnit({}),
      layers: [1, 2],
      activations: ['softmax'],
      weights: [[[800], [-800]]],
      biases: [0],
      target: [0, 1],
    });
    expect(trace.loss).toBe(Infinity);
    expect(trace.numericIssues.map((i) => i.id)).toContain('loss_log_zero');
  });

  it('a loss that overflows is reported as overflow', () => {
    const trace = computeTrace(oneUnit({ activations: ['linear'], loss: 'sse', weights: [[[1e200]]] }));
    expect(trace.loss).toBe(Infinity);
    expect(trace.numericIssues.find((i) => i.where === 'loss')?.id).toBe('loss_overflow');
  });

  it('training that diverges stops and says at which step', () => {
    const trace = computeTrace(
      oneUnit({
        activations: ['linear'],
        loss: 'sse',
        learningRate: 10,
        weights: [[[0.5]]],
        target: [1],
        steps: 1000,
      }),
    );
    const issue = trace.numericIssues.find((i) => i.id === 'training_diverged');
    expect(issue?.detail).toMatch(/training stopped at step \d+/);
    expect(trace.lossHistory!.length).toBeLessThan(1000);
    expect(trace.lossHistory!.every(Number.isFinite)).toBe(true);
  });

  it('an overflowing net input is reported once per forward pass, each pass named', () => {
    const trace = computeTrace(
      oneUnit({ activations: ['sigmoid'], loss: 'half_sse', weights: [[[1e308]]], input: [1e308] }),
    );
    const places = trace.numericIssues.filter((i) => i.id === 'non_finite_value').map((i) => i.where);
    expect(places).toEqual(['forward', 'forward after the step']);
  });

  it('a healthy network reports nothing', () => {
    expect(computeTrace(oneUnit({})).numericIssues).toEqual([]);
  });
});
