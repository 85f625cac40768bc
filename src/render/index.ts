// The renderer: figure requests → PNG images, and the trace → PNG files of `backprop-tutor trace --png`.
import type { Trace } from '../core/types.js';
import { renderDiagramCanvas } from './diagram/render-diagram.js';
import { encodePng } from './encode.js';
import { registerFonts } from './fonts.js';
import { altText } from './alt.js';
import { renderBoundaryCanvas } from './boundary/render-boundary.js';
import { renderFormulasCanvas } from './formulas.js';
import { renderHeatmapCanvas } from './plot/render-heatmap.js';
import { renderPlotCanvas, renderPanelsCanvas } from './plot/render-plot.js';
import { lossCurveRequest } from './plot/loss-curve.js';
import type { DiagramView, FigureRequest, Locale, RenderedImage, Renderer, Theme } from './types.js';

export { registerFonts } from './fonts.js';

function canvasOf(request: FigureRequest) {
  switch (request.kind) {
    case 'diagram':
      return renderDiagramCanvas(request).canvas;
    case 'plot':
      return renderPlotCanvas(request);
    case 'panels':
      return renderPanelsCanvas(request);
    case 'boundary':
      return renderBoundaryCanvas(request);
    case 'formulas':
      return renderFormulasCanvas(request);
    case 'heatmap':
      return renderHeatmapCanvas(request);
  }
}

export function createRenderer(): Renderer {
  registerFonts();
  return {
    async render(request: FigureRequest): Promise<RenderedImage> {
      const canvas = canvasOf(request);
      const png = await encodePng(canvas);
      return { png, width: canvas.width, height: canvas.height, alt: altText(request) };
    },
  };
}

/** The PNG files of a trace: one per view (forward.png …), plus loss-curve.png when it was trained over several steps. */
export async function renderTraceImages(
  trace: Trace,
  options: { views: DiagramView[]; theme: Theme; precision: number; locale: Locale },
): Promise<{ name: string; image: RenderedImage }[]> {
  const renderer = createRenderer();
  const { theme, precision, locale } = options;
  const images: { name: string; image: RenderedImage }[] = [];
  for (const view of options.views) {
    images.push({
      name: `${view}.png`,
      image: await renderer.render({ kind: 'diagram', trace, view, theme, precision, locale }),
    });
  }
  if (trace.lossHistory && trace.lossHistory.length > 1) {
    images.push({
      name: 'loss-curve.png',
      image: await renderer.render(lossCurveRequest(trace, { theme, locale })),
    });
  }
  return images;
}
