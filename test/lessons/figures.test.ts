// The figure requests of the lessons: their data checked against the maths, and every one drawn by the real renderer.
import { describe, expect, it } from 'vitest';
import { FIGURE_IDS, type FigureId } from '../../src/lessons/figure-ids.js';
import { buildFigure } from '../../src/lessons/figures.js';
import { lessonTopics } from '../../src/lessons/index.js';
import { createRenderer } from '../../src/render/index.js';
import type { FigureRequest, PlotRequest } from '../../src/render/types.js';

const PERSIAN = /[\u0600-\u06FF]/;
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The default parameters of a lesson that uses the figure. */
function defaultsFor(figure: FigureId): Record<string, number> {
  const topic = lessonTopics().find((t) => t.lessons.en.meta.figure === figure)!;
  return Object.fromEntries(
    Object.entries(topic.lessons.en.meta.parameters).map(([name, spec]) => [name, spec.default]),
  );
}

const plotsOf = (request: FigureRequest): PlotRequest[] =>
  request.kind === 'panels' ? request.panels : request.kind === 'plot' ? [request] : [];

describe('lesson figures', () => {
  it('are used by some lesson, each of them', () => {
    const used = new Set(lessonTopics().map((t) => t.lessons.en.meta.figure));
    expect([...used].sort()).toEqual([...FIGURE_IDS].sort());
  });

  for (const figure of FIGURE_IDS) {
    it(`${figure}: has well-formed series and titles in the user’s language`, () => {
      for (const locale of ['en', 'fa'] as const) {
        const request = buildFigure(figure, defaultsFor(figure), locale, 'light');
        expect(request.locale).toBe(locale);
        expect(request.theme).toBe('light');
        for (const plot of plotsOf(request)) {
          for (const series of plot.series) {
            expect(series.x.length).toBe(series.y.length);
            expect(series.y.every(Number.isFinite)).toBe(true);
            if (plot.logY) expect(series.y.every((v) => v > 0)).toBe(true);
          }
        }
        if (request.kind !== 'diagram' && locale === 'fa') expect(request.title).toMatch(PERSIAN);
        if (request.kind !== 'diagram' && locale === 'en') expect(request.title).not.toMatch(PERSIAN);
      }
    });
  }

  it('marks σ′’s maximum 0.25 at z = 0 and draws σ′ = σ(1 − σ)', () => {
    const request = buildFigure('activation-derivatives', { z: 3 }, 'en', 'dark');
    const sigmoid = plotsOf(request)[0]!;
    expect(sigmoid.markers?.[0]).toMatchObject({ x: 0, y: 0.25 });
    const [value, slope] = sigmoid.series;
    expect(Math.max(...slope!.y)).toBeCloseTo(0.25, 12);
    slope!.y.forEach((d, k) => expect(d).toBeCloseTo(value!.y[k]! * (1 - value!.y[k]!), 12));
    expect(sigmoid.markers?.[1]).toMatchObject({ x: 3, label: 'σ′(3) = 0.0452' });
  });

  it('draws CE and MSE and their gradients ∂L/∂z for y = 1 and y = 0', () => {
    const [lossOne, lossZero, gradOne, gradZero] = plotsOf(
      buildFigure('loss-vs-prediction', { y_hat: 0.2 }, 'en', 'dark'),
    );
    const k = lossOne!.series[0]!.x.findIndex((x) => Math.abs(x - 0.2) < 1e-12);
    expect(lossOne!.series[0]!.y[k]).toBeCloseTo(-Math.log(0.2), 12);
    expect(lossOne!.series[1]!.y[k]).toBeCloseTo(0.64, 12);
    expect(lossZero!.series[0]!.y[k]).toBeCloseTo(-Math.log(0.8), 12);
    expect(lossZero!.series[1]!.y[k]).toBeCloseTo(0.04, 12);
    expect(gradOne!.series[0]!.y[k]).toBeCloseTo(0.2 - 1, 12);
    expect(gradOne!.series[1]!.y[k]).toBeCloseTo(2 * (0.2 - 1) * 0.2 * 0.8, 12);
    expect(gradZero!.series[0]!.y[k]).toBeCloseTo(0.2, 12);
  });

  it('shows the two hidden units identical under zero initialisation and apart under Xavier', () => {
    const [zero, random] = plotsOf(buildFigure('zero-init-symmetry', {}, 'en', 'dark'));
    expect(zero!.series[2]!.y).toEqual(zero!.series[0]!.y); // h2 ← x1 = h1 ← x1
    expect(zero!.series[3]!.y).toEqual(zero!.series[1]!.y);
    expect(random!.series[2]!.y).not.toEqual(random!.series[0]!.y);
  });

  it('puts the user’s learning rate among the dying-ReLU bars', () => {
    const request = buildFigure('dead-relu-fraction', { lr: 1.5 }, 'en', 'dark') as PlotRequest;
    expect(request.categories).toContain('η = 1.5');
    expect(request.series[0]!.y[0]).toBe(0); // η = 0.01 kills nothing
  });

  it('draws the course notes’ net for the backprop lesson at the user’s η', () => {
    const request = buildFigure('backprop-diagram', { lr: 0.5 }, 'fa', 'dark');
    expect(request).toMatchObject({ kind: 'diagram', view: 'backward', locale: 'fa' });
    if (request.kind === 'diagram') expect(request.trace.spec.learningRate).toBe(0.5);
  });

  it('renders every figure to a PNG in both languages and both themes', async () => {
    const renderer = createRenderer();
    for (const figure of FIGURE_IDS) {
      for (const locale of ['en', 'fa'] as const) {
        for (const theme of ['dark', 'light'] as const) {
          const image = await renderer.render(buildFigure(figure, defaultsFor(figure), locale, theme));
          expect([...image.png.slice(0, 8)]).toEqual(PNG_SIGNATURE);
          expect(image.width).toBeLessThanOrEqual(1600);
          expect(image.png.length).toBeLessThan(1024 * 1024);
          expect(image.alt.length).toBeGreaterThan(0);
        }
      }
    }
  });
});

describe('precomputeLessonData', () => {
  it('fills the caches the default figures read, so building them again is the same data', async () => {
    const { precomputeLessonData } = await import('../../src/lessons/index.js');
    const before = buildFigure('init-activation-std', {}, 'en', 'dark');
    precomputeLessonData();
    expect(buildFigure('init-activation-std', {}, 'en', 'dark')).toEqual(before);
  });
});
