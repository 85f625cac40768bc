// weight-decay: L2 as λw in the gradient against finite differences and the SGD step's formula, AdamW's first
// step against Adam's minus η·λ·w, and the ‖w‖ curves the figure draws.
import { describe, expect, it } from 'vitest';
import { buildLesson, lessonTopics } from '../../../src/lessons/index.js';
import { lessonValues } from '../../../src/lessons/lesson-values.js';
import {
  ADAM_LR,
  decayEquivalence,
  decaySpec,
  decayTrace,
  normCurve,
  weightDecayFigure,
  weightNorm,
} from '../../../src/lessons/topics/weight-decay.js';
import type { PanelsRequest } from '../../../src/render/types.js';

describe('weight-decay', () => {
  for (const l2 of [0, 0.0001, 0.003, 0.01]) {
    it(`λ = ${l2}: the core's gradient is ∂E/∂w + λw, equals finite differences of E + (λ/2)‖w‖², and SGD steps to (1 − ηλ)w − η∂E/∂w`, () => {
      const e = decayEquivalence(l2);
      expect(e.w).toBe(0.7);
      expect(e.penalised).toBeCloseTo(e.plain + l2 * e.w, 14);
      expect(e.finiteDifference).toBeCloseTo(e.penalised, 8);
      expect(e.largestGap).toBeLessThan(1e-8);
      const eta = decaySpec('sgd', l2, 1).learningRate;
      expect(e.stepped).toBeCloseTo((1 - eta * l2) * e.w - eta * e.plain, 14);
    });
  }

  it('AdamW’s first step is Adam’s minus η·λ·w; Adam with L2 still steps ±η (m̂/√v̂ = ±1)', () => {
    const l2 = 0.01;
    const w0 = decaySpec('adam', l2, 1).weights;
    const step = (optimizer: 'adam' | 'adamw', lambda: number) =>
      decayTrace(optimizer, lambda, 1).updatedWeights.flatMap((W, l) =>
        W.flatMap((row, j) => row.map((w, i) => w - w0[l]![j]![i]!)),
      );
    const adam = step('adam', 0);
    const adamw = step('adamw', l2);
    const flat = w0.flat(2);
    adamw.forEach((d, k) => expect(d).toBeCloseTo(adam[k]! - ADAM_LR * l2 * flat[k]!, 12));
    // Adam + L2's first step is ±η for every weight: λw only matters through the sign of g + λw
    step('adam', l2).forEach((d) => expect(Math.abs(Math.abs(d) - ADAM_LR)).toBeLessThan(1e-6));
    const followed = 4; // W2[0][0] after W1's four weights: the lesson's w = 0.7
    // (only ε, 10⁻⁸, tells them apart)
    expect(Math.abs(step('adam', l2)[followed]! - adam[followed]!)).toBeLessThan(1e-6);
    // and AdamW adds no penalty to the loss it reports
    expect(decayTrace('adamw', l2, 1).loss).toBe(decayTrace('adam', 0, 1).loss);
    expect(decayTrace('adam', l2, 1).loss).toBeGreaterThan(decayTrace('adam', 0, 1).loss);
  });

  it('draws ‖w‖ per epoch from the core’s runs: L2 keeps SGD’s weights smaller, Adam + L2 and AdamW differ', () => {
    const sgd = normCurve('sgd', 0, 2000);
    const decayed = normCurve('sgd', 0.0001, 2000);
    expect(sgd.x).toEqual([0, 200, 400, 600, 800, 1000, 1200, 1400, 1600, 1800, 2000]);
    expect(sgd.y[0]).toBe(weightNorm(decaySpec('sgd', 0, 1).weights));
    expect(sgd.y.at(-1)).toBe(weightNorm(decayTrace('sgd', 0, 2000).finalWeights!));
    expect(decayed.y.at(-1)!).toBeLessThan(0.6 * sgd.y.at(-1)!);
    expect(normCurve('adamw', 0.0001, 2000).y.at(-1)!).toBeGreaterThan(
      2 * normCurve('adam', 0.0001, 2000).y.at(-1)!,
    );
    for (const locale of ['en', 'fa'] as const) {
      const figure = weightDecayFigure({ locale, theme: 'dark', parameters: { l2: 0.0001, epochs: 2000 } });
      const [left, right] = (figure as PanelsRequest).panels;
      expect(left!.series.map((s) => s.y)).toEqual([sgd.y, decayed.y]);
      expect(right!.series).toHaveLength(3);
    }
  });

  it('quotes the same numbers in both languages', () => {
    const values = lessonValues('weight-decay', { l2: 0.0001, epochs: 2000 });
    expect(values).toMatchObject({ w: '0.7', eta: '2', shrink: '0.99980' });
    const topic = lessonTopics().find((t) => t.id === 'weight-decay')!;
    for (const locale of ['en', 'fa'] as const) {
      const text = buildLesson(topic, locale, { l2: 0.0001, epochs: 2000 }, 'dark').text;
      expect(text).toContain(`\`∂E/∂w + λw = ${values.grad} + ${values.lambda_w} = ${values.grad_l2}\``);
      expect(text).toContain('`SGD: w ← w − η(∂E/∂w + λw) = (1 − ηλ)·w − η·∂E/∂w`');
    }
  });
});
