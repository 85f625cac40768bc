// The loss-over-steps plot of a trace trained for several steps.
import type { Trace } from '../../core/types.js';
import { t } from '../../text/i18n.js';
import { formatNumber } from '../../text/number-format.js';
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
    // the numbers a student checks: the loss at the first and the last step
    markers: [
      { x: 1, y: history[0]!, label: `E = ${formatNumber(history[0]!)}` },
      {
        x: history.length,
        y: history[history.length - 1]!,
        label: `E = ${formatNumber(history[history.length - 1]!)}`,
      },
    ],
    logY,
    theme: options.theme,
    locale,
  };
}
