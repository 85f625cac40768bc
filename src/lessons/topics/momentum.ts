// momentum: plain SGD, heavy-ball momentum and Nesterov trained by the core on a ravine (a line fit with uncentred inputs).
import type { FigureRequest, PlotRequest } from '../../render/types.js';
import { lessonNumber, type LessonParameters, type LessonValues } from '../lesson-values.js';
import { observedRun, presetWithData, runCache, withSettings, type ObservedRun } from './training-runs.js';
import { type FigureContext, figureLabel } from '../figure-context.js';

/** The `line` preset (y ≈ 2x + 1, x in [−1, 1]) with every input moved by this much: x in [2, 4]. */
export const INPUT_SHIFT = 3;

export const MOMENTUM_OPTIMIZERS = ['sgd', 'momentum', 'nesterov'] as const;
export type MomentumOptimizer = (typeof MOMENTUM_OPTIMIZERS)[number];

export interface MomentumComparison {
  epochs: number;
  runs: Record<MomentumOptimizer, ObservedRun>;
}

/** The ravine: fitting w·x + b to inputs far from 0 couples w and b (LeCun et al. 1998, §4.3: centre the inputs). */
export function ravineSpec() {
  const spec = presetWithData('line');
  const data = spec.training!.data!.map((sample) => ({
    input: sample.input.map((x) => x + INPUT_SHIFT),
    target: sample.target,
  }));
  return { ...spec, input: data[0]!.input, training: { ...spec.training!, data } };
}

const cached = runCache<MomentumComparison>();

/** Full-batch runs from the preset's start (w = 0.5, b = 0), same η; μ for the two momentum methods. */
export function momentumComparison(p: LessonParameters): MomentumComparison {
  const lr = p.lr!;
  const momentum = p.momentum!;
  const epochs = p.epochs!;
  return cached(`${lr}:${momentum}:${epochs}`, () => {
    const spec = ravineSpec();
    const run = (optimizer: MomentumOptimizer) =>
      observedRun(
        withSettings(spec, {
          learningRate: lr,
          training: { optimizer, epochs, batchSize: spec.training!.data!.length, hyper: { momentum } },
        }),
        { lossUpdates: 0, keepPath: true },
      );
    return {
      epochs,
      runs: { sgd: run('sgd'), momentum: run('momentum'), nesterov: run('nesterov') },
    };
  });
}

/** (w, b) after each update: the 1-1 net's only weight and its bias, in the core's packed order. */
export const pathOf = (run: ObservedRun): { w: number[]; b: number[] } => ({
  w: run.parameters.map((theta) => theta[0]!),
  b: run.parameters.map((theta) => theta[1]!),
});

/** The line preset shares one bias; read it either way. */
const biasGradient = (bias: number | number[]): number => (typeof bias === 'number' ? bias : bias[0]!);

/** SGD drawn last: its short path lies under the others along the valley (one order, so colours match). */
const DRAWING_ORDER: readonly MomentumOptimizer[] = ['momentum', 'nesterov', 'sgd'];

const plain = (x: number): string => String(Number(x.toPrecision(6)));

export function momentumValues(p: LessonParameters): LessonValues {
  const { runs, epochs } = momentumComparison(p);
  const f4 = (x: number) => lessonNumber(x, 4);
  const end = (name: MomentumOptimizer) => pathOf(runs[name]);
  const first = runs.sgd.result;
  return {
    lr: plain(p.lr!),
    momentum: plain(p.momentum!),
    epochs: String(epochs),
    shift: String(INPUT_SHIFT),
    effective_lr: plain(p.lr! / (1 - p.momentum!)),
    speed_up: plain(1 / (1 - p.momentum!)),
    grad_w: f4(first.gradWeights[0]![0]![0]!),
    grad_b: f4(biasGradient(first.gradBiases[0]!)),
    start_loss: f4(first.loss),
    start_w: f4(end('sgd').w[0]!),
    start_b: f4(end('sgd').b[0]!),
    sgd_final: f4(runs.sgd.result.finalLoss),
    momentum_final: f4(runs.momentum.result.finalLoss),
    nesterov_final: f4(runs.nesterov.result.finalLoss),
    sgd_w: f4(end('sgd').w.at(-1)!),
    sgd_b: f4(end('sgd').b.at(-1)!),
    momentum_w: f4(end('momentum').w.at(-1)!),
    momentum_b: f4(end('momentum').b.at(-1)!),
  };
}

export function momentumFigure(context: FigureContext): FigureRequest {
  const { runs, epochs } = momentumComparison(context.parameters);
  const names: Record<MomentumOptimizer, string> = {
    sgd: figureLabel(context, 'sgd_series'),
    momentum: figureLabel(context, 'momentum_series', { mu: plain(context.parameters.momentum!) }),
    nesterov: figureLabel(context, 'nesterov_series'),
  };
  const start = pathOf(runs.sgd);
  const pathPanel: PlotRequest = {
    kind: 'plot',
    chart: 'line',
    title: figureLabel(context, 'path_panel'),
    xLabel: figureLabel(context, 'weight_w'),
    yLabel: figureLabel(context, 'bias_b'),
    series: DRAWING_ORDER.map((name) => {
      const path = pathOf(runs[name]);
      return { label: names[name], x: path.w, y: path.b, ...(name === 'nesterov' ? { dashed: true } : {}) };
    }),
    markers: [
      { x: start.w[0]!, y: start.b[0]!, label: figureLabel(context, 'start') },
      ...(['sgd', 'momentum'] as const).map((name) => {
        const path = pathOf(runs[name]);
        return {
          x: path.w.at(-1)!,
          y: path.b.at(-1)!,
          label: figureLabel(context, `${name}_end`, { epochs }),
        };
      }),
    ],
    theme: context.theme,
    locale: context.locale,
  };
  const epochAxis = Array.from({ length: epochs + 1 }, (_, e) => e);
  const lossPanel: PlotRequest = {
    kind: 'plot',
    chart: 'line',
    title: figureLabel(context, 'loss_per_epoch_panel'),
    xLabel: figureLabel(context, 'epoch'),
    yLabel: figureLabel(context, 'data_loss'),
    series: DRAWING_ORDER.map((name) => {
      const run = runs[name].result;
      const y = [...run.lossHistory, run.finalLoss];
      return {
        label: names[name],
        x: epochAxis.slice(0, y.length),
        y,
        ...(name === 'nesterov' ? { dashed: true } : {}),
      };
    }),
    logY: true,
    theme: context.theme,
    locale: context.locale,
  };
  return {
    kind: 'panels',
    title: figureLabel(context, 'momentum_title', { lr: plain(context.parameters.lr!), shift: INPUT_SHIFT }),
    panels: [pathPanel, lossPanel],
    columns: 2,
    theme: context.theme,
    locale: context.locale,
  };
}
