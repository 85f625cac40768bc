// adam: the lesson's m, v, m̂, v̂ and steps are the core's Adam run (torch.optim.Adam), checked against the formulas.
import { describe, expect, it } from 'vitest';
import { computeTrace, resolveSpec, toNetworkSpec } from '../../../src/core/index.js';
import { buildFigure } from '../../../src/lessons/figures.js';
import { buildLesson, lessonTopics } from '../../../src/lessons/index.js';
import { lessonValues } from '../../../src/lessons/lesson-values.js';
import { ADAM_PRESET, adamSteps, followedWeight, stepRatios } from '../../../src/lessons/topics/adam.js';
import { presetWithData } from '../../../src/lessons/topics/training-runs.js';
import type { PanelsRequest } from '../../../src/render/types.js';

const DEFAULTS = { lr: 0.05, beta1: 0.9, beta2: 0.999, steps: 30 };
/** (1 − β₁ᵗ)/√(1 − β₂ᵗ): how much larger a step is without the correction, while ε ≪ √v. */
const factor = (b1: number, b2: number, t: number) => (1 - b1 ** t) / Math.sqrt(1 - b2 ** t);

describe('adam', () => {
  it('is the core’s Adam run of the moons preset (the same trace /train computes)', () => {
    const adam = adamSteps(DEFAULTS);
    const resolved = resolveSpec({ ...toNetworkSpec(presetWithData(ADAM_PRESET)), epochs: 30 });
    if (!resolved.ok) throw new Error(JSON.stringify(resolved.error));
    const trace = computeTrace(resolved.value);
    expect(adam.run.result.lossHistory).toEqual(trace.lossHistory);
    expect(adam.run.result.finalLoss).toBe(trace.finalLoss);
  });

  it('has m = (1 − β₁)·g, v = (1 − β₂)·g², m̂ = g, v̂ = g² after the first step, and a first step of η·g/(|g| + ε)', () => {
    for (const p of [DEFAULTS, { lr: 0.2, beta1: 0.5, beta2: 0.99, steps: 10 }]) {
      const adam = adamSteps(p);
      const k = adam.weight.index;
      const g = adam.run.gradients[0]![k]!;
      expect(g).toBe(adam.run.result.gradWeights[adam.weight.l]![adam.weight.j]![adam.weight.i]);
      const [m, v] = adam.run.states[0]!;
      expect(m![k]).toBeCloseTo((1 - p.beta1) * g, 15);
      expect(v![k]).toBeCloseTo((1 - p.beta2) * g * g, 15);
      const values = lessonValues('adam', p);
      expect(Number(values.m_hat1)).toBeCloseTo(g, 4);
      expect(Number(values.v_hat1)).toBeCloseTo(g * g, 4);
      const step = adam.run.parameters[1]![k]! - adam.run.parameters[0]![k]!;
      expect(step).toBeCloseTo((-p.lr * g) / (Math.abs(g) + 1e-8), 12);
    }
  });

  it('measures the uncorrected step as (1 − β₁ᵗ)/√(1 − β₂ᵗ) times the corrected one at every step', () => {
    for (const p of [
      DEFAULTS,
      { lr: 0.01, beta1: 0, beta2: 0.9, steps: 50 },
      { lr: 0.5, beta1: 0.99, beta2: 0.9999, steps: 200 },
    ]) {
      const ratios = stepRatios(adamSteps(p));
      // RMS over the weights: exact up to ε, which matters a little for weights whose gradient is near 0
      ratios.forEach((ratio, s) => expect(ratio / factor(p.beta1, p.beta2, s + 1)).toBeCloseTo(1, 2));
      // one weight: (m/(√v + ε)) / (m̂/(√v̂ + ε)) to 1e-5
      const adam = adamSteps(p);
      const k = adam.weight.index;
      adam.run.states.forEach(([m, v], s) => {
        const t = s + 1;
        const without = m![k]! / (Math.sqrt(v![k]!) + 1e-8);
        const taken = (adam.run.parameters[s]![k]! - adam.run.parameters[s + 1]![k]!) / p.lr;
        expect(without / taken / factor(p.beta1, p.beta2, t)).toBeCloseTo(1, 5);
      });
    }
    expect(lessonValues('adam', DEFAULTS)).toMatchObject({
      ratio_first: factor(0.9, 0.999, 1).toFixed(2), // 0.1/√0.001 = 3.16
      ratio_max: '6.57',
      t_max: '12',
      v_memory: '1000',
      corrected_first: '1.00', // the first corrected step is η·g/(|g| + ε) for every weight

      m_memory: '10',
    });
  });

  it('follows the weight with the largest first gradient, whose m̂ starts at g while m starts at (1 − β₁)·g', () => {
    const adam = adamSteps(DEFAULTS);
    const first = adam.run.gradients[0]!;
    const weights = Array.from(adam.run.layout.isWeight.keys()).filter((k) => adam.run.layout.isWeight[k]);
    expect(Math.max(...weights.map((k) => Math.abs(first[k]!)))).toBe(Math.abs(first[adam.weight.index]!));
    const { g, m, mHat } = followedWeight(adam);
    expect(mHat[0]).toBeCloseTo(g[0]!, 15);
    expect(m[0]).toBeCloseTo(0.1 * g[0]!, 15);
    // m_t = β₁·m_{t−1} + (1 − β₁)·g_t at every step
    for (let s = 1; s < m.length; s++) expect(m[s]).toBeCloseTo(0.9 * m[s - 1]! + 0.1 * g[s]!, 14);
  });

  it('draws the followed weight’s g, m, m̂ and both step sizes in both languages', () => {
    const adam = adamSteps(DEFAULTS);
    for (const locale of ['en', 'fa'] as const) {
      const figure = buildFigure('adam-first-steps', DEFAULTS, locale, 'dark') as PanelsRequest;
      const [moments, steps] = figure.panels;
      expect(moments!.series.map((s) => s.y)).toEqual(Object.values(followedWeight(adam)));
      expect(steps!.series.map((s) => s.y)).toEqual([adam.correctedStep, adam.uncorrectedStep]);
      expect(steps!.series[0]!.x).toEqual(Array.from({ length: 30 }, (_, s) => s + 1));
    }
  });

  it('states the numbers in the text of both languages', () => {
    const topic = lessonTopics().find((t) => t.id === 'adam')!;
    const values = lessonValues('adam', DEFAULTS);
    for (const locale of ['en', 'fa'] as const) {
      const text = buildLesson(topic, locale, DEFAULTS, 'dark').text;
      for (const name of ['m1', 'm_hat1', 'v1', 'v_hat1', 'ratio_first'] as const)
        expect(text).toContain(values[name]);
      expect(text).toContain('m̂ = m/(1 − β₁ᵗ)');
      expect(text).toContain(values.weight!);
    }
  });
});
