// The figures the golden-image tests pin down (and `npm run test:update-images` regenerates).
import type { FigureRequest } from '../../src/render/types.js';
import { lossCurveRequest } from '../../src/render/plot/loss-curve.js';
import { classicTrace, deepTrace, denseTrace, seedQ6Trace, trainedTrace } from './fixtures.js';
import { readCorpusPage } from '../helpers/corpus-page.js';

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
const xs = Array.from({ length: 121 }, (_, k) => -6 + k * 0.1);

export function persianPlot(theme: 'dark' | 'light'): FigureRequest {
  return {
    kind: 'plot',
    chart: 'line',
    title: 'تابع سیگموید σ و مشتق آن σ′',
    xLabel: 'ورودی خالص z',
    yLabel: 'مقدار',
    series: [
      { label: 'σ(z)', x: xs, y: xs.map(sigmoid) },
      {
        label: 'σ′(z) = σ(z)(1 − σ(z))',
        x: xs,
        y: xs.map((x) => sigmoid(x) * (1 - sigmoid(x))),
        dashed: true,
      },
    ],
    markers: [{ x: 0, y: 0.25, label: 'بیشینه: ۰٫۲۵ در z = 0' }],
    theme,
    locale: 'fa',
  };
}

/** Name (file stem under golden-images/) → request. */
export function goldenCases(): Record<string, FigureRequest> {
  const classic = classicTrace();
  const cases: Record<string, FigureRequest> = {};
  for (const theme of ['dark', 'light'] as const) {
    for (const view of ['forward', 'backward', 'update', 'summary'] as const) {
      cases[`classic-${view}-${theme}`] = { kind: 'diagram', trace: classic, view, theme };
    }
  }
  cases['seed-q6-summary-fa-dark'] = { kind: 'diagram', trace: seedQ6Trace(), view: 'summary', locale: 'fa' };
  cases['deep-forward-dark'] = { kind: 'diagram', trace: deepTrace(), view: 'forward' };
  cases['deep-summary-light'] = { kind: 'diagram', trace: deepTrace(), view: 'summary', theme: 'light' };
  cases['deep-update-dark'] = { kind: 'diagram', trace: deepTrace(), view: 'update' };
  cases['dense-backward-dark'] = { kind: 'diagram', trace: denseTrace(), view: 'backward' };
  cases['dense-forward-light'] = { kind: 'diagram', trace: denseTrace(), view: 'forward', theme: 'light' };
  // Pasted pages drawn under their own names (issue 11): subscripted w₁₄, w₀₄; ninjakx's long w_H11.I1 in Persian.
  const hanKamber = readCorpusPage('han-kamber-appendix-b');
  cases['page-names-han-kamber-summary-dark'] = {
    kind: 'diagram',
    trace: hanKamber.trace,
    view: 'summary',
    pageNames: hanKamber.parsed.shownNames ?? [],
  };
  const ninjakx = readCorpusPage('ninjakx-two-hidden-layers');
  cases['page-names-ninjakx-backward-fa-light'] = {
    kind: 'diagram',
    trace: ninjakx.trace,
    view: 'backward',
    theme: 'light',
    locale: 'fa',
    pageNames: ninjakx.parsed.shownNames ?? [],
  };
  cases['plot-fa-dark'] = persianPlot('dark');
  cases['plot-fa-light'] = persianPlot('light');
  cases['loss-curve-dark'] = lossCurveRequest(trainedTrace(300), { theme: 'dark', locale: 'en' });
  cases['bar-light'] = {
    kind: 'plot',
    chart: 'bar',
    title: 'Loss increase when one weight is pruned',
    xLabel: 'weight',
    yLabel: 'ΔE',
    categories: ['w1', 'w2', 'w3', 'w4', 'w5', 'w6'],
    series: [
      { label: 'magnitude', x: [], y: [0.012, 0.02, 0.015, 0.031, 0.2, 0.25] },
      { label: 'OBD saliency', x: [], y: [0.005, 0.011, 0.02, 0.024, 0.3, 0.19] },
    ],
    theme: 'light',
  };
  return cases;
}
