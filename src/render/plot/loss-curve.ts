// The loss-over-steps plot of a trace trained for several steps.
import type { Trace } from '../../core/types.js';
import { t } from '../../text/i18n.js';
import type { Locale, PlotRequest, Theme } from '../types.js';

export function lossCurveRequest(trace: Trace, options: { theme: Theme; locale: Locale }): PlotRequest {
  const history = trace.lossHistory ?? [trace.loss];
  const { locale } = options;
  const positive = history.filter((e) => e > 0);
  // a loss that falls by orders of magnitude reads better on a log axis
  const logY = positive.length === history.length && Math.max(...positive) / Math.min(...positive) > 100;
  return {
    kind: 'plot',
    chart: 'line',
    title: t(locale, 'render.lossCurve.title'),
    xLabel: t(locale, 'render.lossCurve.x'),
    yLabel: t(locale, 'render.lossCurve.y'),
    series: [{ label: t(locale, 'render.lossCurve.series'), x: history.map((_, k) => k + 1), y: history }],
    logY,
    theme: options.theme,
    locale,
  };
}
