// Axis scales with nice tick values (d3-scale), from a plot request's data and ranges.
import { scaleBand, scaleLinear, scaleLog, type ScaleBand, type ScaleContinuousNumeric } from 'd3-scale';
import type { PlotRequest } from '../types.js';
import { histogramBins, type Bin } from './bins.js';

export interface Axis {
  scale: ScaleContinuousNumeric<number, number>;
  ticks: number[];
  format: (value: number) => string;
}

export interface PlotScales {
  x: Axis | undefined;
  /** Bar charts: one band per category. */
  band: ScaleBand<string> | undefined;
  y: Axis;
  /** Histograms: the bins of every series. */
  bins: Bin[][];
}

function extent(values: number[], fallback: [number, number]): [number, number] {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return fallback;
  let low = Math.min(...finite);
  let high = Math.max(...finite);
  if (low === high) {
    const pad = low === 0 ? 1 : Math.abs(low) * 0.1;
    low -= pad;
    high += pad;
  }
  return [low, high];
}

function linearAxis(domain: [number, number], range: [number, number], ticks: number, nice: boolean): Axis {
  const scale = scaleLinear().domain(domain).range(range);
  if (nice) scale.nice(ticks);
  return { scale, ticks: scale.ticks(ticks), format: scale.tickFormat(ticks) };
}

function logAxis(domain: [number, number], range: [number, number]): Axis {
  const scale = scaleLog().domain(domain).range(range);
  if (!domain.every((d) => Number.isInteger(Math.log10(d)))) scale.nice();
  const [low, high] = scale.domain() as [number, number];
  const decades = Math.log10(high) - Math.log10(low);
  // one tick per decade (or every few decades): log plots of losses span many
  const stride = Math.max(1, Math.ceil(decades / 7));
  const ticks: number[] = [];
  // 1, 2 and 5 of each decade when there are few decades, so a short log axis still has ticks to read
  const mantissas = decades <= 2 ? [1, 2, 5] : [1];
  for (let p = Math.floor(Math.log10(low)); p <= Math.ceil(Math.log10(high)); p += stride) {
    for (const m of mantissas) {
      const v = Number(`${m}e${p}`); // exact, unlike 10 ** -5
      if (v >= low * (1 - 1e-9) && v <= high * (1 + 1e-9)) ticks.push(v);
    }
  }
  // decimals while every tick is short, powers of ten for all of them otherwise
  const short = mantissas.length > 1 || ticks.every((v) => Math.abs(Math.log10(v)) <= 3);
  return { scale, ticks, format: (v) => formatPower(v, short) };
}

function formatPower(v: number, short: boolean): string {
  const p = Math.round(Math.log10(v));
  if (short) return String(Number(v.toPrecision(1)));
  const superscript = String(p)
    .replace('-', '⁻')
    .replace(/\d/g, (d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)]!);
  return `10${superscript}`;
}

export function plotScales(
  request: PlotRequest,
  xRange: [number, number],
  yRange: [number, number],
): PlotScales {
  const { series } = request;
  if (request.chart === 'bar') {
    const categories = request.categories ?? series[0]?.x.map(String) ?? [];
    const band = scaleBand<string>().domain(categories).range(xRange).paddingInner(0.25).paddingOuter(0.15);
    const ys = series.flatMap((s) => s.y);
    // 8 % headroom above the tallest bar for its value label
    const finite = ys.filter(Number.isFinite);
    const headroom = finite.length > 0 ? [Math.max(...finite) * 1.08, Math.min(...finite) * 1.08] : [];
    const [low, high] = request.yRange ?? extent([0, ...ys, ...headroom], [0, 1]);
    return { x: undefined, band, y: linearAxis([low, high], yRange, 6, !request.yRange), bins: [] };
  }
  if (request.chart === 'histogram') {
    const bins = histogramBins(series, request.xRange);
    const edges = bins.flat().flatMap((b) => [b.x0, b.x1]);
    const counts = bins.flat().map((b) => b.count);
    const x = linearAxis(request.xRange ?? extent(edges, [0, 1]), xRange, 7, !request.xRange);
    const y = linearAxis(request.yRange ?? [0, Math.max(1, ...counts)], yRange, 6, !request.yRange);
    return { x, band: undefined, y, bins };
  }
  const xs = series.flatMap((s) => s.x);
  const ys = series.flatMap((s) => s.y).concat((request.markers ?? []).map((m) => m.y));
  const x = linearAxis(request.xRange ?? extent(xs, [0, 1]), xRange, 7, !request.xRange);
  if (request.logY) {
    const positive = ys.filter((v) => v > 0 && Number.isFinite(v));
    const domain =
      request.yRange ?? ([Math.min(...positive, 1), Math.max(...positive, 1)] as [number, number]);
    return { x, band: undefined, y: logAxis(domain, yRange), bins: [] };
  }
  return {
    x,
    band: undefined,
    y: linearAxis(request.yRange ?? extent(ys, [0, 1]), yRange, 6, !request.yRange),
    bins: [],
  };
}
