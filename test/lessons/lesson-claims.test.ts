// What the lessons say about their own figures, checked against the data the figures are drawn from (#15).
import { describe, expect, it } from 'vitest';
import {
  DEAD_RELU_RATES,
  DEAD_RELU_UNITS,
  deadReluFraction,
  deepNet,
  deepNetWithGradients,
  negativeOutgoingWeights,
  pruning,
} from '../../src/lessons/figure-data.js';
import { buildLesson, lessonTopics } from '../../src/lessons/index.js';
import { lessonValues } from '../../src/lessons/lesson-values.js';

const lesson = (id: string, locale: 'en' | 'fa', parameters: Record<string, number> = {}) =>
  buildLesson(
    lessonTopics().find((t) => t.id === id)!,
    locale,
    parameters,
    'dark',
  );

describe('the lessons say what their figures show', () => {
  it('xavier: not for the logistic sigmoid, whose gradients still shrink about 4× per layer (item 1)', () => {
    const rms = deepNetWithGradients('sigmoid', 'xavier_normal', 10).weightGradientRms;
    for (let l = 1; l < rms.length - 1; l++) {
      expect(rms[l + 1]! / rms[l]!).toBeGreaterThan(3.5);
      expect(rms[l + 1]! / rms[l]!).toBeLessThan(5.5);
    }
    const why = lesson('xavier', 'en', { fan_in: 256, fan_out: 128 })
      .text.split('\n')
      .find((l) => l.startsWith('**Why'))!;
    expect(why).toMatch(/tanh, softsign, linear/);
    expect(why).not.toMatch(/for tanh, sigmoid/);
  });

  it('he: He on tanh stays flat with few saturated units while Xavier decays; He on ReLU drifts (items 2, 3, 6)', () => {
    const tanhHe = deepNet('tanh', 'he_normal');
    const tanhXavier = deepNet('tanh', 'xavier_normal');
    expect(Math.abs(tanhHe.activationStd[9]! - tanhHe.activationStd[4]!)).toBeLessThan(0.02);
    expect(tanhHe.saturatedFraction[9]!).toBeLessThan(0.01);
    expect(tanhXavier.activationStd[9]!).toBeLessThan(0.5 * tanhXavier.activationStd[0]!);
    const values = lessonValues('he', { fan_in: 256 });
    expect(values).toMatchObject({ relu_he_first: '0.8167', tanh_he_last: '0.5586' });
    const text = lesson('he', 'en', { fan_in: 256 }).text;
    expect(text).not.toContain('why He is not meant for tanh');
    expect(text).not.toMatch(/too large and start to saturate/);
  });

  it('obd and pruning: the prediction is 2–3× low after 2–3 deletions and too high at fraction 0.9 (item 9)', () => {
    const curve = pruning();
    for (const k of [2, 3]) {
      const low = curve.lossIncrease.obd[k]! / curve.predictedIncrease[k]!;
      expect(low).toBeGreaterThan(2);
      expect(low).toBeLessThan(3.1);
    }
    const k = Math.round(0.9 * curve.weightCount);
    expect(curve.predictedIncrease[k]!).toBeGreaterThan(curve.lossIncrease.obd[k]!);
  });

  it('dying-relu: only units with a negative outgoing weight die, and the dead share levels off there (item 10)', () => {
    const negative = negativeOutgoingWeights();
    for (const rate of [...DEAD_RELU_RATES, 30, 100]) {
      expect(Math.round(deadReluFraction(rate) * DEAD_RELU_UNITS)).toBeLessThanOrEqual(negative);
    }
    expect(Math.round(deadReluFraction(100) * DEAD_RELU_UNITS)).toBeGreaterThanOrEqual(negative - 3);
    expect(lessonValues('dying-relu', { lr: 1.5 }).negative_outgoing).toBe(String(negative));
  });
});
