// Alt text for every image: what it shows, in the request's language.
import { t } from '../text/i18n.js';
import { formatNumber } from '../text/number-format.js';
import type { FigureRequest } from './types.js';

export function altText(request: FigureRequest): string {
  const locale = request.locale ?? 'en';
  switch (request.kind) {
    case 'diagram': {
      const { trace } = request;
      const p = request.precision ?? 4;
      const layers = trace.spec.layers.join('-');
      // The network view is an exercise: its alt text gives away no computed value either.
      if (request.view === 'network') return t(locale, 'render.alt.network', { layers });
      return t(locale, 'render.alt.diagram', {
        view: t(locale, `render.view.${request.view}`),
        layers,
        detail: t(locale, 'render.alt.loss', {
          before: formatNumber(trace.loss, p),
          after: formatNumber(trace.lossAfterStep, p),
        }),
      });
    }
    case 'plot':
      return t(locale, 'render.alt.plot', {
        chart: t(locale, `render.alt.chart.${request.chart}`),
        title: request.title,
        x: request.xLabel,
        y: request.yLabel,
        series: request.series.map((s) => s.label).join(', '),
      });
    case 'panels':
      return t(locale, 'render.alt.panels', { title: request.title, count: request.panels.length });
    case 'boundary':
      return t(locale, 'training.alt.boundary', {
        title: request.title,
        panels: request.panels.map((panel) => panel.title).join(', '),
        samples: request.samples.length,
      });
    case 'formulas':
      return t(locale, 'render.alt.formulas', { title: request.title, count: request.formulas.length });
    case 'heatmap':
      return t(locale, 'training.alt.heatmap', {
        title: request.title,
        rows: request.rowLabels.length,
        columns: request.columnLabels.join(', '),
      });
  }
}
