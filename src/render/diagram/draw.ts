// Draws a labelled diagram layout: edges coloured by value, units, bias pills, labels, header and legend.
import type { Canvas, SKRSContext2D } from '@napi-rs/canvas';
import { newCanvas, roundedBox } from '../canvas.js';
import { divergingColour, maxAbsOf } from '../colour.js';
import { drawHeader, headerWidth } from '../header.js';
import { drawLegend, legendWidth, type LegendContent } from '../legend.js';
import { STYLE } from '../style.js';
import { drawText } from '../text.js';
import type { Palette } from '../theme.js';
import { t } from '../../text/i18n.js';
import type { DiagramLayout, EdgeLayout, TextBox } from './layout.js';
import type { DiagramModel } from './model.js';

export function legendFor(
  model: DiagramModel,
  prefix: 'render.legend' | 'render.legend.cell',
): LegendContent {
  return {
    quantity: t(model.locale, `${prefix}.${model.quantity}`),
    key: model.nodeKey,
    footer: model.footer,
    maxAbs: edgeScale(model),
    rtl: model.locale === 'fa',
  };
}

/** The colour scale's range: the largest |value| over weights and biases of the view. */
export function edgeScale(model: DiagramModel): number {
  return maxAbsOf([...model.edges.map((e) => e.colourValue), ...model.biases.map((b) => b.colourValue)]);
}

export function drawDiagram(model: DiagramModel, layout: DiagramLayout, colours: Palette): Canvas {
  const legend = legendFor(model, 'render.legend');
  const width = Math.ceil(
    Math.max(
      layout.width,
      headerWidth(model.title, model.subtitle) + 2 * STYLE.margin,
      legendWidth(legend) + 2 * STYLE.margin,
    ),
  );
  const { canvas, ctx } = newCanvas(width, layout.height, colours.background);
  const area = { left: STYLE.margin, right: width - STYLE.margin, top: STYLE.margin };
  drawHeader(ctx, model, area, legend.rtl, colours);
  ctx.save();
  ctx.translate(Math.round((width - layout.width) / 2), 0);
  const maxAbs = legend.maxAbs;
  const edges = [...layout.edges].sort((a, b) => Math.abs(a.colourValue) - Math.abs(b.colourValue));
  for (const edge of edges) drawEdge(ctx, edge, maxAbs, colours);
  for (const node of layout.nodes) {
    ctx.beginPath();
    ctx.arc(node.x, node.y, node.r, 0, 2 * Math.PI);
    ctx.fillStyle = colours.surface;
    ctx.fill();
    ctx.lineWidth = node.layer === model.layers.length - 1 ? 3 : 2;
    ctx.strokeStyle = node.layer === model.layers.length - 1 ? colours.text : colours.border;
    ctx.stroke();
    const nameY = node.value === undefined ? node.y : node.y - 9;
    drawText(ctx, node.name, node.x, nameY, { font: STYLE.nameFont, colour: colours.text, align: 'center' });
    if (node.value !== undefined) {
      drawText(ctx, node.value, node.x, node.y + 11, {
        font: STYLE.valueFont,
        colour: colours.text,
        align: 'center',
      });
    }
    if (node.caption) drawLabel(ctx, node.caption, colours.background, undefined, colours.mutedText);
  }
  for (const pill of layout.pills) {
    drawLabel(ctx, pill, colours.surface, divergingColour(pill.colourValue, maxAbs, colours), colours.text);
  }
  for (const edge of layout.edges) {
    if (edge.label) {
      drawLabel(
        ctx,
        edge.label,
        colours.background,
        divergingColour(edge.colourValue, maxAbs, colours),
        colours.text,
      );
    }
  }
  ctx.restore();
  drawLegend(ctx, legend, { ...area, top: layout.legendTop }, colours);
  return canvas;
}

function drawEdge(ctx: SKRSContext2D, edge: EdgeLayout, maxAbs: number, colours: Palette): void {
  const { x1, y1, x2, y2 } = edge.segment;
  const colour = divergingColour(edge.colourValue, maxAbs, colours);
  const strength = maxAbs > 0 && Number.isFinite(edge.colourValue) ? Math.abs(edge.colourValue) / maxAbs : 0;
  ctx.strokeStyle = colour;
  ctx.fillStyle = colour;
  ctx.lineWidth = edge.kind === 'bias' ? 1.5 : 1.4 + 3.6 * strength;
  ctx.setLineDash(edge.kind === 'bias' ? [6, 5] : []);
  const angle = Math.atan2(y2 - y1, x2 - x1);
  const head = 9;
  // stop the line where the arrowhead starts so the tip stays sharp
  ctx.beginPath();
  ctx.moveTo(x1, y1);
  ctx.lineTo(x2 - Math.cos(angle) * head * 0.8, y2 - Math.sin(angle) * head * 0.8);
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.beginPath();
  ctx.moveTo(x2, y2);
  ctx.lineTo(x2 - head * Math.cos(angle - 0.4), y2 - head * Math.sin(angle - 0.4));
  ctx.lineTo(x2 - head * Math.cos(angle + 0.4), y2 - head * Math.sin(angle + 0.4));
  ctx.closePath();
  ctx.fill();
}

function drawLabel(
  ctx: SKRSContext2D,
  label: TextBox,
  fill: string,
  stroke: string | undefined,
  text: string,
): void {
  roundedBox(ctx, label.box, 5, fill, stroke, 1.5);
  label.lines.forEach((line, k) => {
    const y = label.box.y + STYLE.padY + (k + 0.5) * STYLE.lineHeight;
    drawText(ctx, line, label.box.x + label.box.width / 2, y, {
      font: STYLE.labelFont,
      colour: text,
      align: 'center',
    });
  });
}
