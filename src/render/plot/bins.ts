// Histogram bins. A series is either pre-binned (x = bin centres, y = counts, equal lengths)
// or raw samples (x empty, y = the values), binned here with nice thresholds.
import { scaleLinear } from 'd3-scale';
import type { PlotSeries } from '../types.js';

export interface Bin {
  x0: number;
  x1: number;
  count: number;
}

export function isPreBinned(series: PlotSeries): boolean {
  return series.x.length > 0 && series.x.length === series.y.length;
}

export function histogramBins(series: PlotSeries[], xRange?: [number, number]): Bin[][] {
  const samples = series.filter((s) => !isPreBinned(s)).flatMap((s) => s.y.filter(Number.isFinite));
  let thresholds: number[] = [];
  if (samples.length > 0) {
    const low = xRange?.[0] ?? Math.min(...samples);
    const high = xRange?.[1] ?? Math.max(...samples);
    const scale = scaleLinear()
      .domain(low === high ? [low - 0.5, high + 0.5] : [low, high])
      .nice(30);
    thresholds = scale.ticks(30);
  }
  return series.map((s) => {
    if (isPreBinned(s)) {
      const width = s.x.length > 1 ? Math.min(...s.x.slice(1).map((x, k) => x - s.x[k]!)) : 1;
      return s.x.map((x, k) => ({ x0: x - width / 2, x1: x + width / 2, count: s.y[k]! }));
    }
    const bins = thresholds.slice(0, -1).map((x0, k) => ({ x0, x1: thresholds[k + 1]!, count: 0 }));
    for (const v of s.y) {
      if (!Number.isFinite(v) || bins.length === 0) continue;
      let k = bins.findIndex((b) => v < b.x1);
      if (k < 0) k = bins.length - 1;
      if (v >= bins[0]!.x0) bins[k]!.count++;
    }
    return bins;
  });
}
