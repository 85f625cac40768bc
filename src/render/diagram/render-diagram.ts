// A diagram request → canvas: labelled when the net is small enough, heatmaps otherwise.
import type { Canvas } from '@napi-rs/canvas';
import { palette } from '../theme.js';
import { measureText } from '../text.js';
import type { DiagramRequest } from '../types.js';
import { drawDenseDiagram } from './dense.js';
import { drawDiagram } from './draw.js';
import { layoutDiagram, type DiagramLayout } from './layout.js';
import { buildDiagramModel, type DiagramModel } from './model.js';

export function diagramModelOf(request: DiagramRequest, compact = false): DiagramModel {
  return buildDiagramModel(request.trace, request.view, {
    precision: request.precision ?? 4,
    locale: request.locale ?? 'en',
    compact,
    ...(request.notation ? { notation: request.notation } : {}),
    ...(request.pageNames ? { pageNames: request.pageNames } : {}),
  });
}

/** Above this width a labelled diagram also tries two-line edge labels, and keeps whichever is narrower. */
const COMFORTABLE_WIDTH = 1100;

/** The labelled layout of a request (one-line labels, or two-line ones when narrower), or undefined when too dense. */
export function chooseLayout(
  request: DiagramRequest,
): { model: DiagramModel; layout: DiagramLayout } | undefined {
  const model = diagramModelOf(request);
  const layout = layoutDiagram(model, measureText);
  if (layout && layout.width <= COMFORTABLE_WIDTH) return { model, layout };
  const compactModel = diagramModelOf(request, true);
  const compact = layoutDiagram(compactModel, measureText);
  if (compact && (!layout || compact.width < layout.width)) return { model: compactModel, layout: compact };
  return layout ? { model, layout } : undefined;
}

export function renderDiagramCanvas(request: DiagramRequest): {
  canvas: Canvas;
  model: DiagramModel;
  dense: boolean;
} {
  const colours = palette(request.theme);
  const chosen = chooseLayout(request);
  if (chosen)
    return { canvas: drawDiagram(chosen.model, chosen.layout, colours), model: chosen.model, dense: false };
  const model = diagramModelOf(request);
  return { canvas: drawDenseDiagram(model, colours), model, dense: true };
}
