// The numbers the lessons quote, checked against the core, the golden traces and hand calculations.
import { describe, expect, it } from 'vitest';
import { deadReluAfterOneStep } from '../../src/core/dead-relu.js';
import { initStd } from '../../src/core/init-schemes.js';
import { buildLesson, lessonTopics } from '../../src/lessons/index.js';
import { lessonValues, sci } from '../../src/lessons/lesson-values.js';
import { goldenCases } from '../helpers/golden.js';

const topic = (id: string) => lessonTopics().find((t) => t.id === id)!;

describe('lessonValues', () => {
  it('answers /explain xavier fan_in:256 fan_out:128 with std = √(2/384) = 0.0722', () => {
    const values = lessonValues('xavier', { fan_in: 256, fan_out: 128 });
    expect(values).toMatchObject({ fan_sum: '384', xavier_std: '0.0722', xavier_limit: '0.1250' });
    expect(Math.sqrt(2 / 384)).toBeCloseTo(0.0722, 4);
    expect(Math.sqrt(6 / 384)).toBe(0.125);
    for (const locale of ['en', 'fa'] as const) {
      const lesson = buildLesson(topic('xavier'), locale, { fan_in: 256, fan_out: 128 }, 'dark');
      expect(lesson.text).toContain('`std = √(2/384) = 0.0722`');
    }
  });

  it('follows the user’s fan-in for He and LeCun', () => {
    expect(lessonValues('he', { fan_in: 512 }).he_std).toBe(initStd('he_normal', 512, 512).toFixed(4));
    expect(lessonValues('he', { fan_in: 256 }).he_std).toBe('0.0884'); // √(2/256)
    expect(lessonValues('lecun', { fan_in: 256 }).lecun_std).toBe('0.0625'); // 1/16
    expect(lessonValues('xavier', { fan_in: 100, fan_out: 100 }).xavier_std).toBe('0.1000'); // √(2/200)
  });

  it('quotes the course notes’ net exactly as the PyTorch golden trace computes it (η = 0.3)', () => {
    const golden = goldenCases().find((c) => c.name === 'seed-q6')!;
    const trace = golden.trace as {
      out: number[][];
      updatedWeights: number[][][];
      updatedBiases: number[];
      loss: number;
    };
    const values = lessonValues('backprop', { lr: 0.3 });
    expect(values.w5_new).toBe(trace.updatedWeights[1]![0]![0]!.toFixed(5));
    expect(values.b2_new).toBe(trace.updatedBiases[1]!.toFixed(5));
    expect(values.o1).toBe(trace.out[1]![0]!.toFixed(5));
    expect(values.loss).toBe(trace.loss.toFixed(5));
    // ∂E/∂o = o − t, the factor the notes take as 1
    expect(values.dE_do1).toBe((trace.out[1]![0]! - 0.01).toFixed(5));
    expect(values).toMatchObject({
      dE_do1: '0.74137',
      dE_do2: '−0.21707',
      w5_new: '0.37535',
      b2_new: '0.56988',
    });
  });

  it('follows the user’s learning rate in the backprop lesson', () => {
    const slow = lessonValues('backprop', { lr: 0.5 });
    // the classic Mazur example (η = 0.5, biases also updated here): w5 = 0.4 − 0.5·0.082167
    expect(Number(slow.w5_new)).toBeCloseTo(0.4 - 0.5 * Number(slow.grad_w5), 4);
  });

  it('computes the cross-entropy and squared-error numbers of mse-vs-ce', () => {
    expect(lessonValues('mse-vs-ce', { y_hat: 0.1 })).toMatchObject({
      ce: (-Math.log(0.1)).toFixed(4),
      mse: '0.8100',
      dce_dyhat: '−10.0000',
      dmse_dyhat: '−1.8000',
      dce_dz: '−0.9000', // ŷ − y
      dmse_dz: '−0.1620', // 2(ŷ − y)·ŷ(1 − ŷ)
    });
  });

  it('computes σ, σ′ and ReLU′ at the user’s z', () => {
    const s = 1 / (1 + Math.exp(-3));
    expect(lessonValues('sigmoid-vs-relu', { z: 3 })).toEqual({
      z: '3',
      sigma: s.toFixed(4),
      sigma_prime: (s * (1 - s)).toFixed(4),
      relu_prime: '1',
    });
    expect(lessonValues('sigmoid-vs-relu', { z: 0 }).sigma_prime).toBe('0.2500');
    expect(lessonValues('sigmoid-vs-relu', { z: -2 }).relu_prime).toBe('0');
    expect(lessonValues('logreg-vs-perceptron', { z: -0.5 })).toMatchObject({ step: '0', p: '0.3775' });
  });

  it('counts the dead units of the core’s one-step experiment for the user’s η', () => {
    const values = lessonValues('dying-relu', { lr: 1.5 });
    const fraction = deadReluAfterOneStep(1.5).deadAfter;
    expect(Number(values.dead_units)).toBe(Math.round(64 * fraction));
    expect(values.dead_percent).toBe(`${(100 * fraction).toFixed(1)}%`);
    expect(lessonValues('dying-relu', { lr: 0.01 }).dead_units).toBe('0');
  });

  it('states the bound of the L − 1 σ′ factors next to the measured ratio, the same quantity (#15 item 5)', () => {
    const values = lessonValues('vanishing-gradient', { layers: 10 });
    expect(values).toMatchObject({ factors: '9', bound: '3.8·10⁻⁶' });
    expect(Number(values.relu_ratio)).toBeGreaterThan(0.3);
    for (const layers of [3, 5, 10, 20]) {
      const { bound, sigmoid_ratio } = lessonValues('vanishing-gradient', { layers });
      const number = (text: string) =>
        Number(
          text.replace('·10', 'e').replace(/[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]/g, (c) => '-0123456789'['⁻⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(c)]!),
        );
      // The measurement is the bound's product times weight factors ≈ 1 and an input factor ≈ 2.
      const ratio = number(sigmoid_ratio!) / number(bound!);
      expect(ratio).toBeGreaterThan(0.5);
      expect(ratio).toBeLessThan(4);
    }
  });

  it('prunes the requested fraction of the 24 weights', () => {
    const values = lessonValues('obd', { fraction: 0.25 });
    expect(values).toMatchObject({ pruned: '6', weights: '24' });
    expect(Number(values.obd_increase)).toBeLessThan(Number(values.magnitude_increase));
    expect(lessonValues('obd', { fraction: 0 }).obd_increase).toBe('0');
  });

  it('writes scientific notation with superscripts', () => {
    expect(sci(6.7e8)).toBe('6.7·10⁸');
    expect(sci(9.54e-7)).toBe('9.5·10⁻⁷');
  });
});
