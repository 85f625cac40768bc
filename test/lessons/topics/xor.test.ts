// xor: the one-layer impossibility checked over many weights, the 2-2-1 run against PyTorch's golden XOR run,
// the plateau, the hidden representation and the boundary panels.
import { describe, expect, it } from 'vitest';
import { activate } from '../../../src/core/index.js';
import { buildFigure } from '../../../src/lessons/figures.js';
import { buildLesson, lessonTopics } from '../../../src/lessons/index.js';
import { lessonValues } from '../../../src/lessons/lesson-values.js';
import {
  constantHalfLoss,
  plateauEpochs,
  xorBoundaryFigure,
  xorRuns,
} from '../../../src/lessons/topics/xor.js';
import type { BoundaryRequest } from '../../../src/render/types.js';
import { goldenCases } from '../../helpers/golden.js';

const XOR = [
  { input: [0, 0], target: 0 },
  { input: [0, 1], target: 1 },
  { input: [1, 0], target: 1 },
  { input: [1, 1], target: 0 },
];

describe('xor', () => {
  it('no single sigmoid unit classifies XOR: a grid of 41³ weights and biases, every one misses a sample', () => {
    const values = Array.from({ length: 41 }, (_, k) => -10 + k / 2);
    let best = 0;
    for (const w1 of values)
      for (const w2 of values)
        for (const b of values) {
          const right = XOR.filter(
            (s) =>
              (activate('sigmoid', [w1 * s.input[0]! + w2 * s.input[1]! + b])[0]! >= 0.5 ? 1 : 0) ===
              s.target,
          ).length;
          best = Math.max(best, right);
        }
    expect(best).toBe(3);
  });

  it('trains the 2-2-1 net exactly as PyTorch does (the golden xor-batch-5000 run)', () => {
    const golden = goldenCases('data-specs.json', 'data-golden.json').find(
      (c) => c.name === 'xor-batch-5000',
    )!;
    const trace = golden.trace as { finalLoss: number; predictions: number[][]; lossHistory: number[] };
    const { twoLayers } = xorRuns(5000, 2);
    expect(twoLayers.trace.finalLoss! / trace.finalLoss).toBeCloseTo(1, 9);
    twoLayers.trace.predictions!.forEach((p, k) => expect(p[0]!).toBeCloseTo(trace.predictions[k]![0]!, 9));
    expect(twoLayers.correct).toBe(4);
    expect(twoLayers.correctBefore).toBe(2);
    // the plateau, counted on torch's own loss history: above half of 0.125 until then, below at it
    const plateau = plateauEpochs(twoLayers);
    expect(trace.lossHistory.slice(0, plateau).every((loss) => loss >= 0.0625)).toBe(true);
    expect(trace.lossHistory[plateau]!).toBeLessThan(0.0625);
  });

  it('drives the one layer towards answering 0.5 for every sample, whose loss is ½·0.5² = 0.125', () => {
    const { oneLayer } = xorRuns(5000, 2);
    expect(constantHalfLoss(oneLayer.spec)).toBe(0.125);
    for (const p of oneLayer.trace.predictions!) expect(Math.abs(p[0]! - 0.5)).toBeLessThan(1e-4);
    expect(oneLayer.trace.finalLoss!).toBeCloseTo(0.125, 6);
    expect(oneLayer.spec.layers).toEqual([2, 1]);
  });

  it('quotes the runs in both languages, and the hidden layer makes XOR separable by the output unit', () => {
    const values = lessonValues('xor', { epochs: 5000, lr: 2 });
    expect(values).toMatchObject({
      two_correct: '4',
      two_loss: '4.5·10⁻⁴',
      one_out_min: '0.5000',
      one_out_max: '0.5000',
      half_loss: '0.1250',
    });
    const { twoLayers } = xorRuns(5000, 2);
    const [w, bias] = [twoLayers.trace.finalWeights![1]![0]!, twoLayers.trace.finalBiases![1] as number];
    const hidden = ['hidden_00', 'hidden_01', 'hidden_10', 'hidden_11'].map((name) =>
      values[name]!.slice(1, -1)
        .split(', ')
        .map((v) => Number(v.replace('·10⁻⁴', 'e-4'))),
    );
    // the quoted hidden outputs, through the output unit's one line, give XOR
    hidden.forEach((h, k) => expect(w[0]! * h[0]! + w[1]! * h[1]! + bias >= 0 ? 1 : 0).toBe(XOR[k]!.target));
    const topic = lessonTopics().find((t) => t.id === 'xor')!;
    for (const locale of ['en', 'fa'] as const) {
      const text = buildLesson(topic, locale, { epochs: 5000, lr: 2 }, 'dark').text;
      expect(text).toMatch(locale === 'en' ? /classifies 4 of 4/ : /۴ از ۴ نمونه/);
      expect(text).toContain('`0 ≤ (w₁ + b) + (w₂ + b) = b + (w₁ + w₂ + b) < 0`');
    }
  });

  it('draws one layer trained, the 2-2-1 net before and after, over one plane with the four samples', () => {
    const figure = xorBoundaryFigure({ locale: 'en', theme: 'dark', parameters: { epochs: 5000, lr: 2 } });
    expect(figure.panels.map((p) => p.title)).toEqual([
      'one layer, trained',
      '2-2-1 before: 2 of 4',
      '2-2-1 after: 4 of 4',
    ]);
    expect(figure.samples).toEqual(XOR.map((s) => ({ x: s.input[0], y: s.input[1], cls: s.target })));
    // the one-layer panel is split by one straight line, its final w·x + b = 0 (after one epoch, while the weights are not yet ≈ 0)
    const early = xorBoundaryFigure({ locale: 'en', theme: 'dark', parameters: { epochs: 1, lr: 2 } });
    const { oneLayer } = xorRuns(1, 2);
    const [[w1, w2]] = oneLayer.trace.finalWeights![0]! as [[number, number]];
    const b = oneLayer.trace.finalBiases![0] as number;
    const { columns, rows, classes } = early.panels[0]!.grid;
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < columns; c++) {
        const x = early.x[0] + ((c + 0.5) / columns) * (early.x[1] - early.x[0]);
        const y = early.y[1] - ((r + 0.5) / rows) * (early.y[1] - early.y[0]);
        const z = w1 * x + w2 * y + b;
        if (Math.abs(z) > 1e-12) expect(classes[r * columns + c]).toBe(z >= 0 ? 1 : 0);
      }
    // trained longer, the single layer's weights shrink towards 0: no boundary is left
    const trained = xorRuns(5000, 2).oneLayer.trace;
    expect(Math.max(...trained.finalWeights![0]![0]!.map(Math.abs))).toBeLessThan(1e-6);
    expect(lessonValues('xor', { epochs: 5000, lr: 2 }).one_weight_max).toMatch(/^\d\.\d·10⁻[⁰¹²³⁴⁵⁶⁷⁸⁹]+$/);
    const fa = buildFigure('xor-boundary', { epochs: 5000, lr: 2 }, 'fa', 'light') as BoundaryRequest;
    expect(fa.panels[2]!.title).toMatch(/پس از آموزش/);
  });
});
