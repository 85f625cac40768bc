// softmax-cross-entropy: o − t from the core's backward pass, against the chain rule through the softmax
// Jacobian written out here, central finite differences, and the pairs for which o − t does not hold.
import { describe, expect, it } from 'vitest';
import { computeTrace, resolveSpec } from '../../../src/core/index.js';
import type { ActivationName, LossName } from '../../../src/core/types.js';
import { buildFigure } from '../../../src/lessons/figures.js';
import { buildLesson, lessonTopics } from '../../../src/lessons/index.js';
import { lessonValues } from '../../../src/lessons/lesson-values.js';
import {
  sigmoidBce,
  softmaxExample,
  softmaxGradientFigure,
} from '../../../src/lessons/topics/softmax-cross-entropy.js';
import type { PanelsRequest } from '../../../src/render/types.js';

/** softmax by hand, independent of the core. */
function softmaxByHand(z: number[]): number[] {
  const e = z.map(Math.exp);
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

/** The output δ the core computes for an identity layer whose inputs are the logits. */
function outputDelta(logits: number[], target: number[], activation: ActivationName, loss: LossName) {
  const n = logits.length;
  const spec = resolveSpec({
    layers: [n, n],
    activations: activation,
    weights: [logits.map((_, j) => logits.map((_, i) => (i === j ? 1 : 0)))],
    biases: [logits.map(() => 0)],
    input: logits,
    target,
    loss,
    learningRate: 0.1,
  });
  if (!spec.ok) throw new Error(spec.error[0]!.message);
  const trace = computeTrace(spec.value);
  return { out: trace.out[0]!, delta: trace.delta[0]! };
}

describe('softmax-cross-entropy', () => {
  for (const [z, trueClass] of [
    [2, 1],
    [2, 3],
    [-10, 1],
    [10, 2],
    [0.1, 1],
  ] as const) {
    it(`gives ∂L/∂z = o − t for z₁ = ${z}, class ${trueClass}: the Jacobian product and finite differences agree`, () => {
      const example = softmaxExample(z, trueClass);
      const o = softmaxByHand([z, 1, 0.1]);
      const t = o.map((_, j) => (j === trueClass - 1 ? 1 : 0));
      example.out.forEach((v, j) => expect(v).toBeCloseTo(o[j]!, 14));
      example.delta.forEach((d, j) => expect(d).toBeCloseTo(o[j]! - t[j]!, 14));
      // Σ_k (−t_k/o_k)·o_k(δ_kj − o_j), the derivation of the lesson written out
      const chain = o.map((oj, j) =>
        o.reduce((sum, ok, k) => sum + (-t[k]! / ok) * ok * ((k === j ? 1 : 0) - oj), 0),
      );
      chain.forEach((c, j) => expect(example.delta[j]!).toBeCloseTo(c, 10));
      example.finiteDifference.forEach((g, j) => expect(g).toBeCloseTo(example.delta[j]!, 8));
      example.dLossdOut.forEach((g, j) => expect(g).toBeCloseTo(-t[j]! / o[j]!, 10));
    });
  }

  it('quotes the core’s numbers for the textbook logits (2, 1, 0.1)', () => {
    const values = lessonValues('softmax-cross-entropy', { z: 2, true_class: 1 });
    expect(values).toMatchObject({
      logits: '(2, 1, 0.1)',
      out: '(0.6590, 0.2424, 0.0986)',
      gradient: '(−0.3410, 0.2424, 0.0986)',
      finite_difference: '(−0.3410, 0.2424, 0.0986)',
      loss: (-Math.log(softmaxByHand([2, 1, 0.1])[0]!)).toFixed(4),
      sigmoid_gradient: (1 / (1 + Math.exp(-2)) - 1).toFixed(4).replace('-', '−'),
    });
    for (const locale of ['en', 'fa'] as const) {
      const text = buildLesson(
        lessonTopics().find((t) => t.id === 'softmax-cross-entropy')!,
        locale,
        { z: 2, true_class: 1 },
        'dark',
      ).text;
      expect(text).toContain('`o − t = (−0.3410, 0.2424, 0.0986)`');
      expect(text).toContain('`∂L/∂z = o − t`');
    }
  });

  it('gives σ(z) − t for one sigmoid output with binary cross-entropy', () => {
    for (const z of [-6, -1, 0, 0.5, 3]) {
      const s = 1 / (1 + Math.exp(-z));
      expect(sigmoidBce(z, 1).gradient).toBeCloseTo(s - 1, 14);
      expect(sigmoidBce(z, 0).gradient).toBeCloseTo(s, 14);
      expect(sigmoidBce(z, 1).out).toBeCloseTo(s, 14);
    }
  });

  it('names the pairs that do not give o − t, as the core computes them (the lesson’s second mistake)', () => {
    const logits = [2, 1, 0.1];
    const t = [1, 0, 0];
    const sigmoids = outputDelta(logits, t, 'sigmoid', 'cross_entropy');
    // −Σ t·ln o after separate sigmoids: −t_j(1 − o_j), nothing for the wrong classes
    sigmoids.delta.forEach((d, j) => expect(d).toBeCloseTo(-t[j]! * (1 - sigmoids.out[j]!), 14));
    expect(sigmoids.delta.slice(1)).toEqual([0, 0]);
    const squared = outputDelta(logits, t, 'softmax', 'half_sse');
    const o = softmaxByHand(logits);
    expect(Math.abs(squared.delta[0]! - (o[0]! - 1))).toBeGreaterThan(0.1);
    // targets that do not sum to 1: o·Σt − t
    const partial = [0.5, 0.3, 0];
    const short = outputDelta(logits, partial, 'softmax', 'cross_entropy');
    short.delta.forEach((d, j) => expect(d).toBeCloseTo(0.8 * o[j]! - partial[j]!, 14));
  });

  it('draws o − t and the finite differences as bars per class (o in its name), and σ(z) − t beside them, in both languages', () => {
    for (const locale of ['en', 'fa'] as const) {
      const figure = softmaxGradientFigure({ locale, theme: 'light', parameters: { z: 2, true_class: 3 } });
      expect(figure.kind).toBe('panels');
      const [bars, line] = (figure as PanelsRequest).panels;
      const example = softmaxExample(2, 3);
      expect(bars!.series.map((s) => s.y)).toEqual([example.delta, example.finiteDifference]);
      expect(bars!.categories).toHaveLength(3);
      if (locale === 'en') expect(bars!.categories![2]).toBe('class 3: o = 0.099');
      expect(line!.markers![0]!.y).toBeCloseTo(1 / (1 + Math.exp(-2)) - 1, 14);
    }
    const fa = buildFigure('softmax-gradient', { z: 2, true_class: 1 }, 'fa', 'dark');
    expect(fa.kind === 'panels' && fa.title).toMatch(/سافت‌مکس/);
  });
});
