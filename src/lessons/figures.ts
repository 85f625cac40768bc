// Figure requests for the lessons: the core computes the data now, the renderer draws it (src/render/types.ts).
import { activate, activationDerivative, lossGradient, lossValue } from '../core/index.js';
import type { InitScheme } from '../core/init-schemes.js';
import type { Locale } from '../dispatch/types.js';
import type { FigureRequest, PlotRequest, PlotSeries, Theme } from '../render/types.js';
import { formatNumber } from '../text/number-format.js';
import type { FigureId } from './figure-ids.js';
import {
  DEAD_RELU_UNITS,
  DEEP_NET,
  deadReluFraction,
  deepNet,
  deepNetWithGradients,
  notesNetTrace,
  pruning,
  symmetry,
} from './figure-data.js';
import type { LessonParameters } from './lesson-values.js';
import { batchVsSgdFigure } from './topics/batch-vs-sgd.js';
import { momentumFigure } from './topics/momentum.js';
import { adamFigure } from './topics/adam.js';
import { softmaxGradientFigure } from './topics/softmax-cross-entropy.js';
import { weightDecayFigure } from './topics/weight-decay.js';
import { xorBoundaryFigure } from './topics/xor.js';
import { type FigureContext, figureLabel } from './figure-context.js';

const range = (from: number, to: number, count: number): number[] =>
  Array.from({ length: count }, (_, k) => from + ((to - from) * k) / (count - 1));
const f4 = (x: number): string => formatNumber(x, 4);
/** 3 rather than 3.00: the number as the user typed it. */
const plain = (x: number): string => String(Number(x.toPrecision(6)));
const layersAxis = (count: number): number[] => Array.from({ length: count }, (_, l) => l + 1);

function plot(
  context: FigureContext,
  fields: Omit<PlotRequest, 'kind' | 'theme' | 'locale' | 'chart'> & { chart?: PlotRequest['chart'] },
): PlotRequest {
  return { kind: 'plot', chart: 'line', ...fields, theme: context.theme, locale: context.locale };
}

function activationDerivatives(context: FigureContext): FigureRequest {
  const z = context.parameters.z ?? 0;
  const xs = range(-6, 6, 241);
  const panel = (name: 'sigmoid' | 'relu'): PlotRequest => {
    const out = activate(name, xs);
    const slope = activationDerivative(name, xs, out); // drawn for σ; ReLU′ is drawn as its exact step
    const at = activate(name, [z]);
    const slopeAtZ = activationDerivative(name, [z], at)[0]!;
    const markers =
      name === 'sigmoid'
        ? [
            { x: 0, y: 0.25, label: figureLabel(context, 'sigmoid_max') },
            ...(z !== 0 ? [{ x: z, y: slopeAtZ, label: `σ′(${plain(z)}) = ${f4(slopeAtZ)}` }] : []),
          ]
        : [];
    return plot(context, {
      title: figureLabel(context, name === 'sigmoid' ? 'sigmoid_title' : 'relu_title'),
      xLabel: 'z',
      yLabel: figureLabel(context, 'value'),
      series: [
        { label: name === 'sigmoid' ? 'σ(z)' : 'ReLU(z)', x: xs, y: out },
        name === 'sigmoid'
          ? { label: 'σ′(z)', x: xs, y: slope, dashed: true }
          : { label: 'ReLU′(z)', x: [-6, 0, 0, 6], y: [0, 0, 1, 1], dashed: true },
      ],
      markers,
      yRange: name === 'sigmoid' ? [0, 1] : [0, 6],
    });
  };
  return {
    kind: 'panels',
    title: figureLabel(context, 'derivatives_title'),
    panels: [panel('sigmoid'), panel('relu')],
    columns: 2,
    theme: context.theme,
    locale: context.locale,
  };
}

function perceptronVsLogistic(context: FigureContext): FigureRequest {
  const z = context.parameters.z ?? 0;
  const xs = range(-6, 6, 241);
  const p = activate('sigmoid', [z])[0]!;
  return plot(context, {
    title: figureLabel(context, 'perceptron_title'),
    xLabel: figureLabel(context, 'score'),
    yLabel: figureLabel(context, 'output'),
    series: [
      // the jump drawn as a vertical segment at z = 0
      { label: figureLabel(context, 'perceptron_series'), x: [-6, 0, 0, 6], y: [0, 0, 1, 1] },
      { label: figureLabel(context, 'logistic_series'), x: xs, y: activate('sigmoid', xs) },
    ],
    markers: [
      { x: 0, y: 0.5, label: figureLabel(context, 'boundary') },
      { x: z, y: p, label: `p = ${f4(p)}` },
    ],
    yRange: [-0.05, 1.05],
  });
}

function lossVsPrediction(context: FigureContext): FigureRequest {
  const yHat = context.parameters.y_hat ?? 0.1;
  const xs = range(0.01, 0.99, 99);
  const curves = (target: number) => {
    const ce = xs.map((v) => lossValue('bce', [v], [target]).loss);
    const mse = xs.map((v) => lossValue('sse', [v], [target]).loss);
    // ∂L/∂z = ∂L/∂ŷ · σ′(z) with σ′ = ŷ(1 − ŷ): what reaches the weights of a sigmoid output
    const ceGrad = xs.map((v) => lossGradient('bce', [v], [target])[0]! * v * (1 - v));
    const mseGrad = xs.map((v) => lossGradient('sse', [v], [target])[0]! * v * (1 - v));
    return { ce, mse, ceGrad, mseGrad };
  };
  const panels: PlotRequest[] = [];
  for (const kind of ['loss', 'gradient'] as const) {
    for (const target of [1, 0]) {
      const c = curves(target);
      const series: PlotSeries[] =
        kind === 'loss'
          ? [
              { label: figureLabel(context, 'ce'), x: xs, y: c.ce },
              { label: figureLabel(context, 'mse'), x: xs, y: c.mse, dashed: true },
            ]
          : [
              { label: figureLabel(context, 'ce'), x: xs, y: c.ceGrad },
              { label: figureLabel(context, 'mse'), x: xs, y: c.mseGrad, dashed: true },
            ];
      const markers =
        target === 1
          ? kind === 'loss'
            ? [{ x: yHat, y: lossValue('bce', [yHat], [1]).loss, label: `ŷ = ${formatNumber(yHat, 3)}` }]
            : [{ x: yHat, y: yHat - 1, label: `ŷ − y = ${f4(yHat - 1)}` }]
          : [];
      panels.push(
        plot(context, {
          title: figureLabel(context, kind === 'loss' ? 'loss_panel' : 'gradient_panel', { y: target }),
          xLabel: 'ŷ',
          yLabel: kind === 'loss' ? 'L' : '∂L/∂z',
          series,
          markers,
          ...(kind === 'loss'
            ? { yRange: [0, 4.7] as [number, number] }
            : { yRange: [-1, 1] as [number, number] }),
        }),
      );
    }
  }
  return {
    kind: 'panels',
    title: figureLabel(context, 'loss_title'),
    panels,
    columns: 2,
    theme: context.theme,
    locale: context.locale,
  };
}

const INIT_SERIES: { scheme: InitScheme; label: string; dashed?: boolean }[] = [
  { scheme: 'standard_normal', label: 'N(0, 1)' },
  { scheme: 'xavier_normal', label: 'Xavier' },
  { scheme: 'he_normal', label: 'He' },
  { scheme: 'lecun_normal', label: 'LeCun', dashed: true },
];

function initActivationStd(context: FigureContext): FigureRequest {
  const layers = layersAxis(DEEP_NET.depth);
  const panel = (activation: 'tanh' | 'relu'): PlotRequest =>
    plot(context, {
      title: figureLabel(context, activation === 'tanh' ? 'tanh_net' : 'relu_net'),
      xLabel: figureLabel(context, 'layer'),
      yLabel: figureLabel(context, 'activation_std'),
      series: INIT_SERIES.map(({ scheme, label: name, dashed }) => ({
        label: name,
        x: layers,
        y: deepNet(activation, scheme).activationStd,
        ...(dashed ? { dashed } : {}),
      })),
      logY: true,
    });
  return {
    kind: 'panels',
    title: figureLabel(context, 'init_title', { width: DEEP_NET.width }),
    panels: [panel('tanh'), panel('relu')],
    columns: 2,
    theme: context.theme,
    locale: context.locale,
  };
}

function gradientPerLayer(context: FigureContext): FigureRequest {
  const depth = context.parameters.layers ?? DEEP_NET.depth;
  const layers = layersAxis(depth);
  const line = (name: string, activation: 'sigmoid' | 'tanh' | 'relu', scheme: InitScheme): PlotSeries => ({
    label: name,
    x: layers,
    y: deepNetWithGradients(activation, scheme, depth).weightGradientRms,
  });
  return plot(context, {
    title: figureLabel(context, 'gradient_title', { layers: depth }),
    xLabel: figureLabel(context, 'layer'),
    yLabel: figureLabel(context, 'gradient_rms'),
    series: [
      line('sigmoid + Xavier', 'sigmoid', 'xavier_normal'),
      line('tanh + Xavier', 'tanh', 'xavier_normal'),
      line('ReLU + He', 'relu', 'he_normal'),
    ],
    logY: true,
  });
}

function zeroInitSymmetry(context: FigureContext): FigureRequest {
  const panel = (init: 'zeros' | 'xavier_normal'): PlotRequest => {
    const run = symmetry(init);
    const steps = run.hiddenWeights.map((_, s) => s);
    const series: PlotSeries[] = [];
    for (const unit of [0, 1]) {
      for (const input of [0, 1]) {
        series.push({
          label: `h${unit + 1} ← x${input + 1}`,
          x: steps,
          y: run.hiddenWeights.map((w) => w[unit]![input]!),
          ...(unit === 1 ? { dashed: true } : {}),
        });
      }
    }
    return plot(context, {
      title: figureLabel(context, init === 'zeros' ? 'zero_panel' : 'random_panel'),
      xLabel: figureLabel(context, 'step'),
      yLabel: figureLabel(context, 'weight'),
      series,
    });
  };
  return {
    kind: 'panels',
    title: figureLabel(context, 'symmetry_title'),
    panels: [panel('zeros'), panel('xavier_normal')],
    columns: 2,
    theme: context.theme,
    locale: context.locale,
  };
}

/** The learning rates the dying-ReLU bar chart always shows; the user's is added among them. */
export const DEAD_RELU_BARS = [0.01, 0.1, 0.5, 1, 2, 5, 10];

function deadReluBars(context: FigureContext): FigureRequest {
  const lr = context.parameters.lr ?? 1;
  const rates = [...new Set([...DEAD_RELU_BARS, lr])].sort((a, b) => a - b);
  const categories = rates.map((r) =>
    r === lr
      ? `η = ${formatNumber(r, 3).replace(/(?:\.0+|(?<![0.])0+)$/, '')}`
      : formatNumber(r, 3).replace(/(?:\.0+|(?<![0.])0+)$/, ''),
  );
  return plot(context, {
    chart: 'bar',
    title: figureLabel(context, 'dead_title', { units: DEAD_RELU_UNITS }),
    xLabel: figureLabel(context, 'learning_rate'),
    yLabel: figureLabel(context, 'dead_percent'),
    categories,
    series: [
      {
        label: figureLabel(context, 'dead_series'),
        x: rates.map((_, c) => c),
        y: rates.map((r) => 100 * deadReluFraction(r)),
      },
    ],
    yRange: [0, 100],
  });
}

/** The pruning figure stops where the pruned net has stopped working (more than 60% of its weights gone). */
const PRUNING_SHOWN = 0.6;

function pruningCurveFigure(context: FigureContext): FigureRequest {
  const curve = pruning();
  const shown = curve.fractionPruned.filter((f) => f <= PRUNING_SHOWN + 1e-9).length;
  // From the first deletion on (no increase at 0 on a log axis): the log axis shows where OBD gains most, at small fractions.
  const x = curve.fractionPruned.slice(1, shown);
  const k = Math.round((context.parameters.fraction ?? 0.25) * curve.weightCount);
  const markers =
    k >= 1 && k < shown
      ? [
          {
            x: curve.fractionPruned[k]!,
            y: curve.lossIncrease.magnitude[k]!,
            label: `|w|: +${f4(curve.lossIncrease.magnitude[k]!)}`,
          },
          {
            x: curve.fractionPruned[k]!,
            y: curve.lossIncrease.obd[k]!,
            label: `OBD: +${f4(curve.lossIncrease.obd[k]!)}`,
          },
        ]
      : [];
  return plot(context, {
    title: figureLabel(context, 'pruning_title', { weights: curve.weightCount }),
    xLabel: figureLabel(context, 'fraction_pruned'),
    yLabel: figureLabel(context, 'loss_increase'),
    series: [
      { label: figureLabel(context, 'magnitude_series'), x, y: curve.lossIncrease.magnitude.slice(1, shown) },
      { label: figureLabel(context, 'obd_series'), x, y: curve.lossIncrease.obd.slice(1, shown) },
      {
        label: figureLabel(context, 'obd_predicted_series'),
        x,
        y: curve.predictedIncrease.slice(1, shown),
        dashed: true,
      },
    ],
    markers,
    logY: true,
    xRange: [0, PRUNING_SHOWN],
  });
}

function backpropDiagram(context: FigureContext): FigureRequest {
  return {
    kind: 'diagram',
    trace: notesNetTrace(context.parameters.lr ?? 0.3),
    view: 'backward',
    theme: context.theme,
    locale: context.locale,
    precision: 4,
  };
}

const BUILDERS: Record<FigureId, (context: FigureContext) => FigureRequest> = {
  'backprop-diagram': backpropDiagram,
  'perceptron-vs-logistic': perceptronVsLogistic,
  'loss-vs-prediction': lossVsPrediction,
  'init-activation-std': initActivationStd,
  'zero-init-symmetry': zeroInitSymmetry,
  'activation-derivatives': activationDerivatives,
  'gradient-per-layer': gradientPerLayer,
  'dead-relu-fraction': deadReluBars,
  'pruning-curve': pruningCurveFigure,
  'batch-vs-sgd-curves': batchVsSgdFigure,
  'momentum-ravine': momentumFigure,
  'adam-first-steps': adamFigure,
  'softmax-gradient': softmaxGradientFigure,
  'xor-boundary': xorBoundaryFigure,
  'weight-norm': weightDecayFigure,
};

/** The figure of a lesson, computed now for these parameters, titled in the user's language. */
export function buildFigure(
  figure: FigureId,
  parameters: LessonParameters,
  locale: Locale,
  theme: Theme,
): FigureRequest {
  return BUILDERS[figure]({ locale, theme, parameters });
}
