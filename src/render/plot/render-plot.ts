// Plot and panels requests → canvas: one chart, or a grid of charts under a common title.
import type { Canvas } from '@napi-rs/canvas';
import { newCanvas } from '../canvas.js';
import { drawHeader } from '../header.js';
import { STYLE } from '../style.js';
import { palette } from '../theme.js';
import type { PanelsRequest, PlotRequest } from '../types.js';
import { drawChart, PANEL_STYLE, PLOT_STYLE } from './chart.js';

export const PLOT_SIZE = { width: 880, height: 540 };
const PANEL_SIZE = { width: 500, height: 340 };
const PANEL_GAP = 28;

export function renderPlotCanvas(request: PlotRequest): Canvas {
  const colours = palette(request.theme);
  const { canvas, ctx } = newCanvas(PLOT_SIZE.width, PLOT_SIZE.height, colours.background);
  const m = STYLE.margin;
  drawChart(
    ctx,
    request,
    { x: m, y: m - 4, width: PLOT_SIZE.width - 2 * m, height: PLOT_SIZE.height - 2 * m + 4 },
    colours,
    PLOT_STYLE,
  );
  return canvas;
}

export function renderPanelsCanvas(request: PanelsRequest): Canvas {
  const colours = palette(request.theme);
  const count = Math.max(1, request.panels.length);
  const columns = Math.max(1, Math.min(request.columns ?? Math.min(count, 3), count));
  const rows = Math.ceil(count / columns);
  const m = STYLE.margin;
  const headerHeight = STYLE.titleLine + 12;
  const width = 2 * m + columns * PANEL_SIZE.width + (columns - 1) * PANEL_GAP;
  const height = 2 * m + headerHeight + rows * PANEL_SIZE.height + (rows - 1) * PANEL_GAP;
  const { canvas, ctx } = newCanvas(width, height, colours.background);
  const rtl = request.locale === 'fa';
  drawHeader(ctx, { title: request.title }, { left: m, right: width - m, top: m }, rtl, colours);
  request.panels.forEach((panel, k) => {
    const row = Math.floor(k / columns);
    // Persian reads the grid from the right
    const column = rtl ? columns - 1 - (k % columns) : k % columns;
    const area = {
      x: m + column * (PANEL_SIZE.width + PANEL_GAP),
      y: m + headerHeight + row * (PANEL_SIZE.height + PANEL_GAP),
      ...PANEL_SIZE,
    };
    drawChart(ctx, { ...panel, locale: panel.locale ?? request.locale }, area, colours, PANEL_STYLE);
  });
  return canvas;
}
