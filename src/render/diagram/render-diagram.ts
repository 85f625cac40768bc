// A diagram request → canvas: labelled when the net is small enough, heatmaps otherwise.
import type { Canvas } from '@napi-rs/canvas';
import { palette } from '../theme.js';
import { measureText } from '../text.js';
import type { DiagramRequest } from '../types.js';
import { drawDenseDiagram } from './dense.js';
import { drawDiagram } from './draw.js';
import { layoutDiagram } from './layout.js';
import { buildDiagramModel, type DiagramModel } from './model.js';

export function diagramModelOf(request: DiagramRequest): DiagramModel {
  return buildDiagramModel(request.trace, request.view, {
    precision: request.precision ?? 4,
    locale: request.locale ?? 'en',
  });
}

export function renderDiagramCanvas(request: DiagramRequest): {
  canvas: Canvas;
  model: DiagramModel;
  dense: boolean;
} {
  const model = diagramModelOf(request);
  const colours = palette(request.theme);
  const layout = layoutDiagram(model, measureText);
  if (layout) return { canvas: drawDiagram(model, layout, colours), model, dense: false };
  return { canvas: drawDenseDiagram(model, colours), model, dense: true };
}
