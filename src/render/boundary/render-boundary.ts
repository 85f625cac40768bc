// Decision-boundary pictures: each panel shades the plane by the class the network predicts there
// (stronger where it is surer) and draws the samples on top, coloured by their true class.
import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { newCanvas } from '../canvas.js';
import { drawHeader } from '../header.js';
import { STYLE } from '../style.js';
import { drawText, isRightToLeft } from '../text.js';
import { palette, type Palette } from '../theme.js';
import type { BoundaryRequest } from '../types.js';

const GAP = 56;
const AXIS = 44;

/** Two panels (before and after) large; a strip over training smaller, so 5 stay about 1300 px wide. */
const panelSize = (count: number) => (count <= 2 ? 300 : 200);

function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Mixes a class colour into the background: faint where the network is unsure, fuller where sure. */
function shade(
  background: [number, number, number],
  colour: [number, number, number],
  confidence: number,
): [number, number, number] {
  const a = 0.12 + 0.38 * confidence;
  return [0, 1, 2].map((i) => Math.round(background[i]! + (colour[i]! - background[i]!) * a)) as [
    number,
    number,
    number,
  ];
}

/**
 * The grid's cells, one pixel each, stretched over the panel with bilinear smoothing: a smooth field between the
 * cell centres where a fillRect per cell (3600 per panel, each parsing a colour) drew blocks, at a tenth of the cost.
 */
function drawGrid(
  ctx: SKRSContext2D,
  grid: BoundaryRequest['panels'][number]['grid'],
  box: { left: number; top: number; side: number },
  colours: Palette,
): void {
  const background = rgb(colours.background);
  const series = colours.series.map(rgb);
  const cells = createCanvas(grid.columns, grid.rows);
  const cellsCtx = cells.getContext('2d');
  const image = cellsCtx.createImageData(grid.columns, grid.rows);
  for (let k = 0; k < grid.columns * grid.rows; k++) {
    const [r, g, b] = shade(background, series[grid.classes[k]! % series.length]!, grid.confidence[k]!);
    image.data[4 * k] = r;
    image.data[4 * k + 1] = g;
    image.data[4 * k + 2] = b;
    image.data[4 * k + 3] = 255;
  }
  cellsCtx.putImageData(image, 0, 0);
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'low';
  ctx.drawImage(cells, box.left, box.top, box.side, box.side);
}

function ticks(low: number, high: number, most: number): number[] {
  const step = [0.25, 0.5, 1, 2, 5, 10].find((s) => (high - low) / s <= most) ?? 20;
  const out: number[] = [];
  for (let v = Math.ceil(low / step) * step; v <= high + 1e-9; v += step) out.push(Number(v.toFixed(6)));
  return out;
}

function drawPanel(
  ctx: SKRSContext2D,
  request: BoundaryRequest,
  panel: BoundaryRequest['panels'][number],
  left: number,
  top: number,
  colours: Palette,
  side: number,
): void {
  drawGrid(ctx, panel.grid, { left, top, side }, colours);
  ctx.strokeStyle = colours.axis;
  ctx.lineWidth = 1;
  ctx.strokeRect(left, top, side, side);
  const px = (x: number) => left + ((x - request.x[0]) / (request.x[1] - request.x[0])) * side;
  const py = (y: number) => top + ((request.y[1] - y) / (request.y[1] - request.y[0])) * side;
  for (const v of ticks(request.x[0], request.x[1], side / 50))
    drawText(ctx, String(v), px(v), top + side + 12, {
      font: STYLE.labelFont,
      colour: colours.mutedText,
      align: 'center',
    });
  for (const v of ticks(request.y[0], request.y[1], side / 50))
    drawText(ctx, String(v), left - 6, py(v), {
      font: STYLE.labelFont,
      colour: colours.mutedText,
      align: 'right',
    });
  drawText(ctx, request.xLabel, left + side / 2, top + side + 32, {
    font: STYLE.labelFont,
    colour: colours.text,
    align: 'center',
  });
  // above the top tick's label (at top), clear of it in every layout
  drawText(ctx, request.yLabel, left - 36, top - 26, {
    font: STYLE.labelFont,
    colour: colours.text,
    align: 'left',
  });
  // samples: filled with their class colour, outlined in the text colour so they show on any shade
  for (const sample of request.samples) {
    ctx.beginPath();
    ctx.arc(px(sample.x), py(sample.y), 6, 0, 2 * Math.PI);
    ctx.fillStyle = colours.series[sample.cls % colours.series.length]!;
    ctx.fill();
    ctx.strokeStyle = colours.text;
    ctx.lineWidth = 1.5;
    ctx.stroke();
  }
  drawText(ctx, panel.title, left + side / 2, top - 14, {
    font: STYLE.nameFont,
    colour: colours.text,
    align: 'center',
  });
}

export function renderBoundaryCanvas(request: BoundaryRequest): Canvas {
  const colours = palette(request.theme);
  const rtl = request.locale === 'fa' || isRightToLeft(request.title);
  const count = request.panels.length;
  const side = panelSize(count);
  const width = STYLE.margin * 2 + AXIS + count * side + (count - 1) * GAP;
  const headerHeight = STYLE.titleLine + 16;
  const height = STYLE.margin * 2 + headerHeight + 30 + side + 44;
  const { canvas, ctx } = newCanvas(width, height, colours.background);
  drawHeader(
    ctx,
    { title: request.title },
    { left: STYLE.margin, right: width - STYLE.margin, top: STYLE.margin },
    rtl,
    colours,
  );
  const top = STYLE.margin + headerHeight + 30;
  // panels read in the language's direction: the first (initial) on the right in Persian
  request.panels.forEach((panel, k) => {
    const slot = rtl ? count - 1 - k : k;
    drawPanel(ctx, request, panel, STYLE.margin + AXIS + slot * (side + GAP), top, colours, side);
  });
  return canvas;
}
