// The view of a net too dense to label edge by edge: a strip of its layers and one heatmap per weight matrix.
import type { Canvas } from '@napi-rs/canvas';
import { unitName } from '../../core/naming.js';
import { t } from '../../text/i18n.js';
import { newCanvas, roundedBox } from '../canvas.js';
import { divergingColour } from '../colour.js';
import { font } from '../fonts.js';
import type { Box } from '../geometry.js';
import { drawHeader, headerWidth } from '../header.js';
import { drawLegend, legendWidth } from '../legend.js';
import { STYLE } from '../style.js';
import { drawText, measureText } from '../text.js';
import type { Palette } from '../theme.js';
import { legendFor } from './draw.js';
import { LEGEND_HEIGHT } from './layout.js';
import type { DiagramModel } from './model.js';

const SMALL_FONT = font(12);
const MAX_CONTENT_WIDTH = 1400;
const HEATMAP_GAP = 36;

export interface HeatmapLayout {
  l: number;
  title: string;
  /** The matrix cells' area. */
  box: Box;
  cell: number;
  rows: number;
  columns: number;
}

export interface DenseLayout {
  width: number;
  height: number;
  strip: { box: Box; lines: string[] }[];
  stripY: number;
  heatmaps: HeatmapLayout[];
  legendTop: number;
}

function layerLabel(model: DiagramModel, layer: number, withActivation: boolean): string[] {
  const count = model.layers.length;
  const first = unitName(layer, 0, count);
  const prefix = first.includes('_') ? first.slice(0, first.indexOf('_')) : first.replace(/(?<!\d)\d+$/, '');
  const units = t(model.locale, 'render.dense.units', { count: model.layers[layer]! });
  const activation = layer > 0 && withActivation ? model.activations[layer - 1] : undefined;
  return [prefix, activation ? `${units} · ${activation}` : units];
}

export function layoutDense(model: DiagramModel): DenseLayout {
  const { layers, matrices } = model;
  const count = layers.length;
  const top = STYLE.margin + STYLE.titleLine + STYLE.subtitleLine + STYLE.lineHeight + 24;

  const arrow = 34;
  const stripOf = (withActivation: boolean) =>
    layers.map((_, layer) => {
      const lines = layerLabel(model, layer, withActivation);
      const width = Math.max(...lines.map((line) => measureText(line, STYLE.labelFont))) + 2 * STYLE.padX + 8;
      return { lines, width, height: lines.length * STYLE.lineHeight + 2 * STYLE.padY + 4 };
    });
  const widthOf = (boxes: { width: number }[]): number =>
    boxes.reduce((sum, s) => sum + s.width, 0) + arrow * (count - 1);
  // activation names only while the strip fits (ten layers of leaky_relu would not)
  let strip = stripOf(true);
  if (widthOf(strip) > MAX_CONTENT_WIDTH) strip = stripOf(false);
  const stripWidth = widthOf(strip);

  const maxSide = matrices.length === 1 ? 440 : matrices.length <= 3 ? 300 : 220;
  const heatmaps = matrices.map((matrix, l) => {
    const rows = matrix.length;
    const columns = matrix[0]?.length ?? 0;
    const cell = Math.max(2, Math.min(24, Math.floor(maxSide / Math.max(rows, columns))));
    const to = unitName(l + 1, 0, count).replace(/_?1$/, '');
    const from = unitName(l, 0, count).replace(/_?1$/, '');
    return { l, title: `W${l + 1}: ${to} ← ${from}  (${rows}×${columns})`, cell, rows, columns };
  });

  // Flow the heatmaps left to right, wrapping rows at the content width.
  const placed: HeatmapLayout[] = [];
  const titleHeight = STYLE.lineHeight + 8;
  const axisRoom = 46; // unit names left of and above the cells
  let x = 0;
  let y = top + strip[0]!.height + 36;
  let rowHeight = 0;
  let contentWidth = stripWidth;
  for (const h of heatmaps) {
    const w = Math.max(h.columns * h.cell + axisRoom, measureText(h.title, STYLE.labelFont));
    const ht = titleHeight + 18 + h.rows * h.cell;
    if (x > 0 && x + w > MAX_CONTENT_WIDTH) {
      x = 0;
      y += rowHeight + HEATMAP_GAP;
      rowHeight = 0;
    }
    placed.push({
      ...h,
      box: {
        x: STYLE.margin + x + axisRoom,
        y: y + titleHeight + 18,
        width: h.columns * h.cell,
        height: h.rows * h.cell,
      },
    });
    x += w + HEATMAP_GAP;
    contentWidth = Math.max(contentWidth, x - HEATMAP_GAP);
    rowHeight = Math.max(rowHeight, ht);
  }
  const legendTop = y + rowHeight + 28;
  const legend = legendFor(model, 'render.legend.cell');
  const width = Math.ceil(
    Math.max(
      contentWidth + 2 * STYLE.margin,
      headerWidth(model.title, model.subtitle) + 2 * STYLE.margin,
      measureText(t(model.locale, 'render.dense.note'), STYLE.legendFont) + 2 * STYLE.margin,
      legendWidth(legend) + 2 * STYLE.margin,
    ),
  );
  let sx = STYLE.margin;
  const stripBoxes = strip.map((s) => {
    const box = { x: sx, y: top, width: s.width, height: s.height };
    sx += s.width + arrow;
    return { box, lines: s.lines };
  });
  return {
    width,
    height: Math.ceil(legendTop + LEGEND_HEIGHT + STYLE.margin),
    strip: stripBoxes,
    stripY: top,
    heatmaps: placed,
    legendTop,
  };
}

export function drawDenseDiagram(model: DiagramModel, colours: Palette): Canvas {
  const layout = layoutDense(model);
  const legend = { ...legendFor(model, 'render.legend.cell'), key: '' };
  const { canvas, ctx } = newCanvas(layout.width, layout.height, colours.background);
  const area = { left: STYLE.margin, right: layout.width - STYLE.margin, top: STYLE.margin };
  drawHeader(ctx, model, area, legend.rtl, colours);
  const noteY = STYLE.margin + STYLE.titleLine + STYLE.subtitleLine + STYLE.lineHeight / 2 + 4;
  drawText(ctx, t(model.locale, 'render.dense.note'), legend.rtl ? area.right : area.left, noteY, {
    font: STYLE.legendFont,
    colour: colours.mutedText,
    align: legend.rtl ? 'right' : 'left',
  });

  layout.strip.forEach((s, k) => {
    roundedBox(ctx, s.box, 8, colours.surface, colours.border, 1.5);
    s.lines.forEach((line, n) => {
      const y = s.box.y + STYLE.padY + 2 + (n + 0.5) * STYLE.lineHeight;
      const style =
        n === 0
          ? { font: STYLE.nameFont, colour: colours.text }
          : { font: SMALL_FONT, colour: colours.mutedText };
      drawText(ctx, line, s.box.x + s.box.width / 2, y, { ...style, align: 'center' });
    });
    const next = layout.strip[k + 1];
    if (next) {
      const y = s.box.y + s.box.height / 2;
      ctx.strokeStyle = colours.axis;
      ctx.fillStyle = colours.axis;
      ctx.lineWidth = 2;
      ctx.beginPath();
      ctx.moveTo(s.box.x + s.box.width + 5, y);
      ctx.lineTo(next.box.x - 9, y);
      ctx.stroke();
      ctx.beginPath();
      ctx.moveTo(next.box.x - 4, y);
      ctx.lineTo(next.box.x - 11, y - 5);
      ctx.lineTo(next.box.x - 11, y + 5);
      ctx.fill();
    }
  });

  const maxAbs = legend.maxAbs;
  const count = model.layers.length;
  for (const h of layout.heatmaps) {
    const matrix = model.matrices[h.l]!;
    drawText(ctx, h.title, h.box.x - 46, h.box.y - 18 - STYLE.lineHeight / 2 - 4, {
      font: STYLE.labelFont,
      colour: colours.text,
      align: 'left',
    });
    for (let j = 0; j < h.rows; j++) {
      for (let i = 0; i < h.columns; i++) {
        ctx.fillStyle = divergingColour(matrix[j]![i]!, maxAbs, colours);
        ctx.fillRect(h.box.x + i * h.cell, h.box.y + j * h.cell, h.cell, h.cell);
      }
    }
    ctx.strokeStyle = colours.border;
    ctx.lineWidth = 1;
    ctx.strokeRect(h.box.x - 0.5, h.box.y - 0.5, h.box.width + 1, h.box.height + 1);
    const small = { font: SMALL_FONT, colour: colours.mutedText };
    drawText(ctx, unitName(h.l, 0, count), h.box.x, h.box.y - 9, { ...small, align: 'left' });
    drawText(ctx, unitName(h.l, h.columns - 1, count), h.box.x + h.box.width, h.box.y - 9, {
      ...small,
      align: 'right',
    });
    drawText(ctx, unitName(h.l + 1, 0, count), h.box.x - 5, h.box.y + 6, { ...small, align: 'right' });
    drawText(ctx, unitName(h.l + 1, h.rows - 1, count), h.box.x - 5, h.box.y + h.box.height - 6, {
      ...small,
      align: 'right',
    });
  }
  drawLegend(ctx, legend, { ...area, top: layout.legendTop }, colours);
  return canvas;
}
