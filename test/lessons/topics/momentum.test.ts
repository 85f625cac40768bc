// momentum: the lesson's paths, losses and numbers are the core's runs of SGD, momentum and Nesterov on the ravine.
import { describe, expect, it } from 'vitest';
import { computeTrace, resolveSpec, toNetworkSpec } from '../../../src/core/index.js';
import { buildFigure } from '../../../src/lessons/figures.js';
import { buildLesson, lessonTopics } from '../../../src/lessons/index.js';
import { lessonValues } from '../../../src/lessons/lesson-values.js';
import { INPUT_SHIFT, momentumComparison, pathOf, ravineSpec } from '../../../src/lessons/topics/momentum.js';
import { presetWithData } from '../../../src/lessons/topics/training-runs.js';
import type { PanelsRequest } from '../../../src/render/types.js';

const DEFAULTS = { lr: 0.05, momentum: 0.9, epochs: 100 };

describe('momentum', () => {
  it('trains on the line preset with every input moved by +3', () => {
    const line = presetWithData('line').training!.data!;
    const ravine = ravineSpec().training!.data!;
    ravine.forEach((s, k) => expect(s.input[0]! - INPUT_SHIFT).toBeCloseTo(line[k]!.input[0]!, 14));
    expect(ravine.map((s) => s.target)).toEqual(line.map((s) => s.target));
  });

  it('runs each optimizer exactly as the core’s trace does (torch.optim conventions, tested against golden runs)', () => {
    const { runs } = momentumComparison(DEFAULTS);
    for (const optimizer of ['sgd', 'momentum', 'nesterov'] as const) {
      const resolved = resolveSpec({
        ...toNetworkSpec(ravineSpec()),
        optimizer,
        ...(optimizer === 'sgd' ? {} : { momentum: 0.9 }),
        learningRate: 0.05,
        epochs: 100,
        batchSize: 8,
      });
      if (!resolved.ok) throw new Error(JSON.stringify(resolved.error));
      const trace = computeTrace(resolved.value);
      expect(runs[optimizer].result.lossHistory).toEqual(trace.lossHistory);
      expect(pathOf(runs[optimizer]).w.at(-1)).toBe(trace.finalWeights![0]![0]![0]);
      expect(pathOf(runs[optimizer]).b.at(-1)).toBe(trace.finalBiases![0]);
    }
  });

  it('follows the update rules: the same first step for SGD and momentum (v = g), (1 + μ)·η·g for Nesterov', () => {
    const { runs } = momentumComparison(DEFAULTS);
    const g = runs.sgd.result.gradWeights[0]![0]![0]!;
    const w = (name: 'sgd' | 'momentum' | 'nesterov') => pathOf(runs[name]).w;
    expect(w('sgd')[1]).toBeCloseTo(0.5 - 0.05 * g, 14);
    expect(w('momentum')[1]).toBe(w('sgd')[1]);
    expect(w('nesterov')[1]).toBeCloseTo(0.5 - 0.05 * 1.9 * g, 14);
    // the second momentum step: v₂ = μ·v₁ + g₂, with v₁ = g₁ the first step divided by −η
    const v1 = (w('momentum')[0]! - w('momentum')[1]!) / 0.05;
    expect(runs.momentum.states[0]![0]![0]).toBeCloseTo(v1, 12);
    const v2 = (w('momentum')[1]! - w('momentum')[2]!) / 0.05;
    expect(runs.momentum.states[1]![0]![0]).toBeCloseTo(v2, 12);
  });

  it('shows momentum far ahead of SGD along the valley after 100 epochs', () => {
    const values = lessonValues('momentum', DEFAULTS);
    expect(Number(values.momentum_final)).toBeLessThan(Number(values.sgd_final) / 10);
    expect(values).toMatchObject({ effective_lr: '0.5', speed_up: '10', start_w: '0.5000', start_b: '0' });
    // the 1/(1 − μ) factor: for a constant gradient v_t = g·(1 − μᵗ)/(1 − μ)
    expect(lessonValues('momentum', { ...DEFAULTS, momentum: 0.99 }).speed_up).toBe('100');
  });

  it('stays finite at the edges of its parameters (Nesterov’s stability limit on this valley is above η = 0.06)', () => {
    for (const p of [
      { lr: 0.06, momentum: 0.99, epochs: 500 },
      { lr: 0.06, momentum: 0.1, epochs: 500 },
      { lr: 0.001, momentum: 0.1, epochs: 10 },
    ]) {
      const { runs } = momentumComparison(p);
      for (const run of Object.values(runs)) {
        expect(run.result.divergedAt).toBeUndefined();
        expect(run.result.finalLoss).toBeLessThan(run.result.loss * 1.01);
      }
    }
  });

  it('draws the paths and the losses of the same runs, with the same colours in both panels', () => {
    const { runs } = momentumComparison(DEFAULTS);
    for (const locale of ['en', 'fa'] as const) {
      const figure = buildFigure('momentum-ravine', DEFAULTS, locale, 'light') as PanelsRequest;
      const [path, loss] = figure.panels;
      expect(path!.series.map((s) => s.label)).toEqual(loss!.series.map((s) => s.label));
      const sgd = path!.series.at(-1)!;
      expect(sgd.x).toEqual(pathOf(runs.sgd).w);
      expect(sgd.y).toEqual(pathOf(runs.sgd).b);
      expect(loss!.series.at(-1)!.y.at(-1)).toBe(runs.sgd.result.finalLoss);
      expect(path!.markers![0]).toMatchObject({ x: 0.5, y: 0 });
    }
  });

  it('states the numbers in the text of both languages', () => {
    const topic = lessonTopics().find((t) => t.id === 'momentum')!;
    const values = lessonValues('momentum', DEFAULTS);
    for (const locale of ['en', 'fa'] as const) {
      const text = buildLesson(topic, locale, DEFAULTS, 'dark').text;
      for (const name of ['sgd_final', 'momentum_final', 'nesterov_final'] as const)
        expect(text).toContain(`\`${values[name]}\``);
      expect(text).toContain('v ← μ·v + g,   w ← w − η·v');
    }
  });
});
