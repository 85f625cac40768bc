// A heatmap: one row per sample, one column per unit, each cell coloured on the diverging scale
// (negative → neutral → positive), its value written inside when the cells are large enough.
import type { Canvas } from '@napi-rs/canvas';
import { newCanvas } from '../canvas.js';
import { drawHeader } from '../header.js';
import { STYLE } from '../style.js';
import { drawText, isRightToLeft, measureText } from '../text.js';
import { palette } from '../theme.js';
import type { HeatmapRequest } from '../types.js';
import { formatNumber } from '../../text/number-format.js';

const CELL_W = 64;
const LABEL_W = 56;
const MAX_CELL_H = 28;
const PLOT_H = 420;

function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function mix(a: string, b: string, t: number): string {
  const [r1, g1, b1] = rgb(a);
  const [r2, g2, b2] = rgb(b);
  const at = (p: number, q: number) => Math.round(p + (q - p) * t);
  return `rgb(${at(r1, r2)}, ${at(g1, g2)}, ${at(b1, b2)})`;
}

export function renderHeatmapCanvas(request: HeatmapRequest): Canvas {
  const colours = palette(request.theme);
  const rtl = request.locale === 'fa' || isRightToLeft(request.title);
  const rows = request.values.length;
  const columns = request.columnLabels.length;
  const cellH = Math.max(4, Math.min(MAX_CELL_H, Math.floor(PLOT_H / Math.max(1, rows))));
  const headerHeight = STYLE.titleLine + STYLE.subtitleLine + 12;
  const width = Math.max(
    420,
    STYLE.margin * 2 + LABEL_W + columns * CELL_W,
    STYLE.margin * 2 + measureText(request.caption, STYLE.captionFont),
    STYLE.margin * 2 + measureText(request.title, STYLE.titleFont),
  );
  const top = STYLE.margin + headerHeight + 24;
  const height = top + rows * cellH + 56;
  const { canvas, ctx } = newCanvas(width, height, colours.background);
  drawHeader(
    ctx,
    { title: request.title, subtitle: request.subtitle },
    { left: STYLE.margin, right: width - STYLE.margin, top: STYLE.margin },
    rtl,
    colours,
  );
  const largest = Math.max(1e-12, ...request.values.flat().map(Math.abs));
  const left = STYLE.margin + LABEL_W;
  request.columnLabels.forEach((label, c) =>
    drawText(ctx, label, left + c * CELL_W + CELL_W / 2, top - 12, {
      font: STYLE.labelFont,
      colour: colours.text,
      align: 'center',
    }),
  );
  const labelEvery = Math.ceil(14 / cellH);
  request.values.forEach((row, r) => {
    const y = top + r * cellH;
    if (r % labelEvery === 0)
      drawText(ctx, request.rowLabels[r] ?? '', left - 8, y + cellH / 2, {
        font: STYLE.labelFont,
        colour: colours.mutedText,
        align: 'right',
      });
    row.forEach((value, c) => {
      const t = Math.min(1, Math.abs(value) / largest);
      ctx.fillStyle = mix(colours.neutral, value < 0 ? colours.negative : colours.positive, t);
      ctx.fillRect(left + c * CELL_W, y, CELL_W, cellH);
      if (cellH >= 18)
        drawText(ctx, formatNumber(value, 2), left + c * CELL_W + CELL_W / 2, y + cellH / 2, {
          font: STYLE.labelFont,
          // white on a strong colour, the theme's text on a faint one
          colour: t > 0.5 ? '#ffffff' : colours.text,
          align: 'center',
        });
    });
  });
  ctx.strokeStyle = colours.border;
  ctx.strokeRect(left, top, columns * CELL_W, rows * cellH);
  drawText(ctx, request.caption, rtl ? width - STYLE.margin : STYLE.margin, height - 26, {
    font: STYLE.captionFont,
    colour: colours.mutedText,
    align: rtl ? 'right' : 'left',
  });
  return canvas;
}
