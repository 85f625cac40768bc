import { describe, expect, it } from 'vitest';
import { histogramBins } from '../../../src/render/plot/bins.js';
import { plotScales } from '../../../src/render/plot/scales.js';
import type { PlotRequest } from '../../../src/render/types.js';

const line = (x: number[], y: number[], extra: Partial<PlotRequest> = {}): PlotRequest => ({
  kind: 'plot',
  chart: 'line',
  title: '',
  xLabel: '',
  yLabel: '',
  series: [{ label: 's', x, y }],
  ...extra,
});

describe('plotScales', () => {
  it('picks nice round ticks covering the data', () => {
    const { x, y } = plotScales(line([-5.7, 5.9], [0.013, 0.987]), [0, 600], [400, 0]);
    expect(x!.ticks).toEqual([-6, -4, -2, 0, 2, 4, 6]);
    expect(y.ticks[0]).toBe(0);
    expect(y.ticks[y.ticks.length - 1]).toBe(1);
    expect(y.format(0.5)).toBe('0.5');
  });

  it('puts one tick per decade on a log axis', () => {
    const { y } = plotScales(line([1, 2, 3], [0.3, 0.002, 0.00004], { logY: true }), [0, 600], [400, 0]);
    expect(y.ticks).toEqual([1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1]);
    expect(y.format(1e-4)).toBe('10⁻⁴');
  });
});

describe('histogramBins', () => {
  it('bins raw samples and keeps every sample', () => {
    const samples = [0.05, 0.1, 0.1, 0.5, 0.99, 1];
    const [bins] = histogramBins([{ label: 's', x: [], y: samples }]);
    expect(bins!.reduce((sum, b) => sum + b.count, 0)).toBe(samples.length);
  });

  it('takes pre-binned series as they are', () => {
    const [bins] = histogramBins([{ label: 's', x: [0, 1, 2], y: [3, 5, 1] }]);
    expect(bins).toEqual([
      { x0: -0.5, x1: 0.5, count: 3 },
      { x0: 0.5, x1: 1.5, count: 5 },
      { x0: 1.5, x1: 2.5, count: 1 },
    ]);
  });
});
