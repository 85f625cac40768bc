// Draws one chart (line, bar or histogram) into an area of a canvas: title, legend row, axes, data, markers.
import type { SKRSContext2D } from '@napi-rs/canvas';
import { roundedBox } from '../canvas.js';
import { font } from '../fonts.js';
import { boxesIntersect, grow, type Box } from '../geometry.js';
import { drawText, isRightToLeft, measureText } from '../text.js';
import type { Palette } from '../theme.js';
import type { PlotRequest } from '../types.js';
import { plotScales, type Axis } from './scales.js';

export interface ChartStyle {
  titleFont: string;
  titleLine: number;
  textFont: string;
  tickFont: string;
  line: number;
}

export const PLOT_STYLE: ChartStyle = {
  titleFont: font(24, 'bold'),
  titleLine: 34,
  textFont: font(15),
  tickFont: font(14),
  line: 21,
};

export const PANEL_STYLE: ChartStyle = {
  titleFont: font(17, 'bold'),
  titleLine: 26,
  textFont: font(14),
  tickFont: font(13),
  line: 20,
};

const SWATCH = 22;

export function drawChart(
  ctx: SKRSContext2D,
  request: PlotRequest,
  area: Box,
  colours: Palette,
  style: ChartStyle,
): void {
  const rtl = request.locale === 'fa';
  const left = area.x;
  const right = area.x + area.width;
  let top = area.y;
  if (request.title) {
    drawText(ctx, request.title, rtl ? right : left, top + style.titleLine / 2, {
      font: style.titleFont,
      colour: colours.text,
      align: rtl ? 'right' : 'left',
    });
    top += style.titleLine + 4;
  }
  const colourOf = (k: number): string => colours.series[k % colours.series.length]!;
  if (request.series.length > 1)
    top = drawLegendRow(ctx, request, { left, right, top }, rtl, colourOf, colours, style) + 6;

  // Room for tick labels and axis titles.
  const yLabelRoom = request.yLabel ? style.line + 6 : 0;
  const bottomRoom = style.line + 8 + (request.xLabel ? style.line + 4 : 0);
  const provisional = plotScales(request, [0, 1], [1, 0]);
  const tickWidth = Math.max(
    24,
    ...provisional.y.ticks.map((v) => measureText(provisional.y.format(v), style.tickFont)),
  );
  const plot: Box = {
    x: left + yLabelRoom + tickWidth + 10,
    y: top + 8,
    width: 0,
    height: 0,
  };
  plot.width = right - plot.x - 12;
  plot.height = area.y + area.height - bottomRoom - plot.y;
  const scales = plotScales(request, [plot.x, plot.x + plot.width], [plot.y + plot.height, plot.y]);

  // Grid and axes.
  ctx.lineWidth = 1;
  ctx.strokeStyle = colours.grid;
  for (const v of scales.y.ticks) hLine(ctx, scales.y.scale(v), plot);
  if (scales.x) for (const v of scales.x.ticks) vLine(ctx, scales.x.scale(v), plot);
  const tick = { font: style.tickFont, colour: colours.mutedText };
  for (const v of scales.y.ticks) {
    drawText(ctx, scales.y.format(v), plot.x - 8, scales.y.scale(v), { ...tick, align: 'right' });
  }
  const tickY = plot.y + plot.height + 6 + style.line / 2;
  if (scales.x) {
    for (const v of scales.x.ticks)
      drawText(ctx, scales.x.format(v), scales.x.scale(v), tickY, { ...tick, align: 'center' });
  }
  if (scales.band) {
    const band = scales.band;
    for (const c of band.domain()) {
      drawText(ctx, c, band(c)! + band.bandwidth() / 2, tickY, { ...tick, align: 'center' });
    }
  }
  ctx.strokeStyle = colours.axis;
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  ctx.moveTo(plot.x, plot.y);
  ctx.lineTo(plot.x, plot.y + plot.height);
  ctx.lineTo(plot.x + plot.width, plot.y + plot.height);
  ctx.stroke();
  const zeroY = scales.y.scale(0);
  if (!request.logY && Number.isFinite(zeroY) && zeroY > plot.y + 1 && zeroY < plot.y + plot.height - 1) {
    ctx.strokeStyle = colours.axis;
    ctx.lineWidth = 1;
    hLine(ctx, zeroY, plot);
  }
  if (request.xLabel) {
    drawText(ctx, request.xLabel, plot.x + plot.width / 2, tickY + style.line + 2, {
      font: style.textFont,
      colour: colours.text,
      align: 'center',
    });
  }
  if (request.yLabel) {
    ctx.save();
    ctx.translate(left + style.line / 2, plot.y + plot.height / 2);
    ctx.rotate(-Math.PI / 2);
    drawText(ctx, request.yLabel, 0, 0, { font: style.textFont, colour: colours.text, align: 'center' });
    ctx.restore();
  }

  ctx.save();
  ctx.beginPath();
  ctx.rect(plot.x, plot.y - 2, plot.width + 2, plot.height + 2);
  ctx.clip();
  if (request.chart === 'line') drawLines(ctx, request, scales.x!, scales.y, colourOf);
  else if (request.chart === 'bar') drawBars(ctx, request, scales, colourOf, colours, style);
  else drawHistogram(ctx, scales, colourOf, colours);
  ctx.restore();
  if (request.chart === 'line' && request.markers)
    drawMarkers(ctx, request, scales.x!, scales.y, plot, colours, style);
}

function hLine(ctx: SKRSContext2D, y: number, plot: Box): void {
  ctx.beginPath();
  ctx.moveTo(plot.x, Math.round(y) + 0.5);
  ctx.lineTo(plot.x + plot.width, Math.round(y) + 0.5);
  ctx.stroke();
}

function vLine(ctx: SKRSContext2D, x: number, plot: Box): void {
  ctx.beginPath();
  ctx.moveTo(Math.round(x) + 0.5, plot.y);
  ctx.lineTo(Math.round(x) + 0.5, plot.y + plot.height);
  ctx.stroke();
}

function drawLegendRow(
  ctx: SKRSContext2D,
  request: PlotRequest,
  area: { left: number; right: number; top: number },
  rtl: boolean,
  colourOf: (k: number) => string,
  colours: Palette,
  style: ChartStyle,
): number {
  let x = rtl ? area.right : area.left;
  let y = area.top + style.line / 2;
  request.series.forEach((s, k) => {
    const width = SWATCH + 6 + measureText(s.label, style.textFont) + 18;
    if (rtl ? x - width < area.left : x + width > area.right) {
      x = rtl ? area.right : area.left;
      y += style.line;
    }
    const swatchX = rtl ? x - SWATCH : x;
    ctx.strokeStyle = colourOf(k);
    ctx.fillStyle = colourOf(k);
    if (request.chart === 'line') {
      ctx.lineWidth = 3;
      ctx.setLineDash(s.dashed ? [7, 5] : []);
      ctx.beginPath();
      ctx.moveTo(swatchX, y);
      ctx.lineTo(swatchX + SWATCH, y);
      ctx.stroke();
      ctx.setLineDash([]);
    } else {
      ctx.fillRect(swatchX + 4, y - 6, SWATCH - 8, 12);
    }
    const textX = rtl ? x - SWATCH - 6 : x + SWATCH + 6;
    drawText(ctx, s.label, textX, y, {
      font: style.textFont,
      colour: colours.text,
      align: rtl ? 'right' : 'left',
    });
    x += rtl ? -width : width;
  });
  return y + style.line / 2;
}

function drawLines(
  ctx: SKRSContext2D,
  request: PlotRequest,
  x: Axis,
  y: Axis,
  colourOf: (k: number) => string,
): void {
  request.series.forEach((s, k) => {
    ctx.strokeStyle = colourOf(k);
    ctx.lineWidth = 3;
    ctx.lineJoin = 'round';
    ctx.setLineDash(s.dashed ? [9, 6] : []);
    ctx.beginPath();
    let drawing = false;
    s.x.forEach((xv, n) => {
      const yv = s.y[n]!;
      const valid = Number.isFinite(xv) && Number.isFinite(yv) && (!request.logY || yv > 0);
      if (!valid) {
        drawing = false;
        return;
      }
      const px = x.scale(xv);
      const py = y.scale(yv);
      if (drawing) ctx.lineTo(px, py);
      else ctx.moveTo(px, py);
      drawing = true;
    });
    ctx.stroke();
    ctx.setLineDash([]);
  });
}

function drawBars(
  ctx: SKRSContext2D,
  request: PlotRequest,
  scales: ReturnType<typeof plotScales>,
  colourOf: (k: number) => string,
  colours: Palette,
  style: ChartStyle,
): void {
  const band = scales.band!;
  const n = request.series.length;
  const inner = band.bandwidth() / n;
  const base = scales.y.scale(Math.max(0, scales.y.scale.domain()[0]!));
  band.domain().forEach((category, c) => {
    request.series.forEach((s, k) => {
      const v = s.y[c];
      if (v === undefined || !Number.isFinite(v)) return;
      const top = scales.y.scale(v);
      const x = band(category)! + k * inner;
      ctx.fillStyle = colourOf(k);
      ctx.fillRect(x + 1, Math.min(top, base), inner - 2, Math.abs(base - top));
      // the value on its bar, when there is room: a slide reader should not have to estimate it
      const text = String(Number(v.toPrecision(3))).replace('-', '−');
      if (measureText(text, style.tickFont) <= inner + 4) {
        const y = v >= 0 ? top - 10 : top + 10;
        drawText(ctx, text, x + inner / 2, y, {
          font: style.tickFont,
          colour: colours.text,
          align: 'center',
        });
      }
    });
  });
}

function drawHistogram(
  ctx: SKRSContext2D,
  scales: ReturnType<typeof plotScales>,
  colourOf: (k: number) => string,
  colours: Palette,
): void {
  const x = scales.x!;
  const base = scales.y.scale(0);
  ctx.globalAlpha = scales.bins.length > 1 ? 0.6 : 0.9;
  scales.bins.forEach((bins, k) => {
    ctx.fillStyle = colourOf(k);
    for (const b of bins) {
      if (b.count <= 0) continue;
      const x0 = x.scale(b.x0);
      const x1 = x.scale(b.x1);
      const top = scales.y.scale(b.count);
      ctx.fillRect(x0 + 0.5, top, Math.max(1, x1 - x0 - 1), base - top);
    }
  });
  ctx.globalAlpha = 1;
  ctx.strokeStyle = colours.background;
}

function drawMarkers(
  ctx: SKRSContext2D,
  request: PlotRequest,
  x: Axis,
  y: Axis,
  plot: Box,
  colours: Palette,
  style: ChartStyle,
): void {
  // every marker's dot is an obstacle for every label
  const placed: Box[] = (request.markers ?? []).map((m) => ({
    x: x.scale(m.x) - 6,
    y: y.scale(m.y) - 6,
    width: 12,
    height: 12,
  }));
  for (const m of request.markers ?? []) {
    const px = x.scale(m.x);
    const py = y.scale(m.y);
    if (!Number.isFinite(px) || !Number.isFinite(py)) continue;
    ctx.beginPath();
    ctx.arc(px, py, 5.5, 0, 2 * Math.PI);
    ctx.fillStyle = colours.text;
    ctx.fill();
    ctx.lineWidth = 2;
    ctx.strokeStyle = colours.background;
    ctx.stroke();
    const width = measureText(m.label, style.textFont) + 14;
    const height = style.line + 6;
    // beside the point, in the first spot that stays in the plot and clear of the other markers' labels
    const spots = [0, 1, 2, 3].flatMap((stack) => [
      { x: px + 10, y: py - 10 - height - stack * (height + 4) },
      { x: px - 10 - width, y: py - 10 - height - stack * (height + 4) },
      { x: px + 10, y: py + 10 + stack * (height + 4) },
      { x: px - 10 - width, y: py + 10 + stack * (height + 4) },
    ]);
    const fits = (b: Box): boolean =>
      b.x >= plot.x &&
      b.x + b.width <= plot.x + plot.width &&
      b.y >= plot.y &&
      b.y + b.height <= plot.y + plot.height;
    const candidates = spots.map((spot) => ({ ...spot, width, height }));
    const box =
      candidates.find((b) => fits(b) && !placed.some((other) => boxesIntersect(grow(other, 3), b))) ??
      candidates[0]!;
    placed.push(box);
    const bx = box.x;
    const by = box.y;
    roundedBox(ctx, box, 5, colours.surface, colours.border);
    const rtl = isRightToLeft(m.label);
    drawText(ctx, m.label, rtl ? bx + width - 7 : bx + 7, by + height / 2, {
      font: style.textFont,
      colour: colours.text,
      align: rtl ? 'right' : 'left',
    });
  }
}
