// adam: Adam's first steps on the moons data from the core's m and v, with and without the bias correction.
import { weightName } from '../../core/naming.js';
import type { ParameterLayout } from '../../core/training/parameters.js';
import type { FigureRequest, PlotRequest } from '../../render/types.js';
import { lessonNumber, type LessonParameters, type LessonValues } from '../lesson-values.js';
import { observedRun, presetWithData, runCache, withSettings, type ObservedRun } from './training-runs.js';
import { type FigureContext, figureLabel } from '../figure-context.js';

/** The data set of the lesson: the `moons` preset, which is trained with Adam (32 samples, a 2-8-1 net). */
export const ADAM_PRESET = 'moons';

export interface AdamSteps {
  run: ObservedRun;
  steps: number;
  learningRate: number;
  beta1: number;
  beta2: number;
  epsilon: number;
  /** The packed index and name of the weight with the largest first gradient (the left panel follows it). */
  weight: FollowedWeight;
  /** Per step t (index t − 1): the step Adam took, as the RMS over the trained parameters, divided by η. */
  correctedStep: number[];
  /** The step the same m and v give without the correction, η·m/(√v + ε), RMS over the parameters, over η. */
  uncorrectedStep: number[];
}

const cached = runCache<AdamSteps>();

const trainedIndices = (layout: ParameterLayout): number[] =>
  Array.from({ length: layout.size }, (_, k) => k).filter((k) => layout.trainable[k] === 1);

function rms(value: (k: number) => number, indices: number[]): number {
  let sum = 0;
  for (const k of indices) sum += value(k) ** 2;
  return Math.sqrt(sum / indices.length);
}

/** A weight by its packed index, its [l][j][i] and its name (w1…wN). */
export interface FollowedWeight {
  index: number;
  l: number;
  j: number;
  i: number;
  name: string;
}

/** The weight (not a bias) whose first gradient is largest in size. */
function largestFirstGradient(run: ObservedRun): FollowedWeight {
  const { layout } = run;
  const first = run.gradients[0]!;
  let best: FollowedWeight & { size: number } = { index: -1, l: 0, j: 0, i: 0, size: -1, name: '' };
  for (let l = 0; l + 1 < layout.layers.length; l++) {
    const inputs = layout.layers[l]!;
    for (let j = 0; j < layout.layers[l + 1]!; j++) {
      for (let i = 0; i < inputs; i++) {
        const index = layout.weightOffset[l]! + j * inputs + i;
        if (Math.abs(first[index]!) > best.size)
          best = { index, l, j, i, size: Math.abs(first[index]!), name: weightName(layout.layers, l, j, i) };
      }
    }
  }
  const { size: _size, ...weight } = best;
  return weight;
}

/** Full-batch Adam from the preset's weights for the first `steps` steps, keeping m, v and the gradients. */
export function adamSteps(p: LessonParameters): AdamSteps {
  const learningRate = p.lr!;
  const beta1 = p.beta1!;
  const beta2 = p.beta2!;
  const steps = p.steps!;
  return cached(`${learningRate}:${beta1}:${beta2}:${steps}`, () => {
    const spec = presetWithData(ADAM_PRESET);
    const run = observedRun(
      withSettings(spec, {
        learningRate,
        training: {
          optimizer: 'adam',
          epochs: steps,
          batchSize: spec.training!.data!.length,
          hyper: { beta1, beta2 },
        },
      }),
      { lossUpdates: steps, keepPath: true },
    );
    const epsilon = spec.training!.hyper.epsilon;
    const trained = trainedIndices(run.layout);
    const correctedStep = run.states.map(
      (_, s) => rms((k) => run.parameters[s]![k]! - run.parameters[s + 1]![k]!, trained) / learningRate,
    );
    const uncorrectedStep = run.states.map(([m, v]) =>
      rms((k) => m![k]! / (Math.sqrt(v![k]!) + epsilon), trained),
    );
    return {
      run,
      steps,
      learningRate,
      beta1,
      beta2,
      epsilon,
      weight: largestFirstGradient(run),
      correctedStep,
      uncorrectedStep,
    };
  });
}

/** g, m and m̂ = m/(1 − β₁ᵗ) of the followed weight at each step t = 1, 2, … (the core's gradient and state). */
export function followedWeight(adam: AdamSteps): { g: number[]; m: number[]; mHat: number[] } {
  const k = adam.weight.index;
  const m = adam.run.states.map(([first]) => first![k]!);
  return {
    g: adam.run.gradients.map((gradient) => gradient[k]!),
    m,
    mHat: m.map((value, s) => value / (1 - adam.beta1 ** (s + 1))),
  };
}

/** The uncorrected over the corrected step at each t: (1 − β₁ᵗ)/√(1 − β₂ᵗ) while ε is small beside √v. */
export const stepRatios = (adam: AdamSteps): number[] =>
  adam.uncorrectedStep.map((without, s) => without / adam.correctedStep[s]!);

const plain = (x: number): string => String(Number(x.toPrecision(6)));

export function adamValues(p: LessonParameters): LessonValues {
  const adam = adamSteps(p);
  const f4 = (x: number) => lessonNumber(x, 4);
  const k = adam.weight.index;
  const [m, v] = adam.run.states[0]!;
  // m̂ and v̂ after the first step as the optimizer's record derives them (trace.optimizerState)
  const derived = (name: string) => {
    const snapshot = adam.run.result.optimizerState.find((state) => state.name === name)!;
    return snapshot.weights[adam.weight.l]![adam.weight.j]![adam.weight.i]!;
  };
  const ratios = stepRatios(adam);
  const peak = ratios.indexOf(Math.max(...ratios));
  const g1 = adam.run.gradients[0]![k]!;
  return {
    lr: plain(adam.learningRate),
    beta1: plain(adam.beta1),
    beta2: plain(adam.beta2),
    steps: String(adam.steps),
    epsilon: lessonNumber(adam.epsilon),
    weight: adam.weight.name,
    g1: f4(g1),
    m1: f4(m![k]!),
    v1: lessonNumber(v![k]!, 4),
    m_hat1: f4(derived('m̂')),
    v_hat1: f4(derived('v̂')),
    step1: f4(adam.run.parameters[1]![k]! - adam.run.parameters[0]![k]!),
    ratio_first: ratios[0]!.toFixed(2),
    ratio_max: ratios[peak]!.toFixed(2),
    t_max: String(peak + 1),
    ratio_last: ratios.at(-1)!.toFixed(2),
    corrected_first: adam.correctedStep[0]!.toFixed(2),
    corrected_last: adam.correctedStep.at(-1)!.toFixed(2),
    loss_start: f4(adam.run.result.loss),
    loss_end: f4(adam.run.result.finalLoss),
    v_scale_1: f4(1 - adam.beta2),
    v_scale_100: f4(1 - adam.beta2 ** 100),
    m_scale_10: f4(1 - adam.beta1 ** 10),
    v_memory: plain(1 / (1 - adam.beta2)),
    m_memory: plain(1 / (1 - adam.beta1)),
  };
}

export function adamFigure(context: FigureContext): FigureRequest {
  const adam = adamSteps(context.parameters);
  const stepAxis = Array.from({ length: adam.steps }, (_, s) => s + 1);
  const followed = followedWeight(adam);
  const moments: PlotRequest = {
    kind: 'plot',
    chart: 'line',
    title: figureLabel(context, 'moments_panel', { weight: adam.weight.name }),
    xLabel: figureLabel(context, 'step_t'),
    yLabel: figureLabel(context, 'value'),
    series: [
      { label: figureLabel(context, 'gradient_series'), x: stepAxis, y: followed.g, dashed: true },
      { label: figureLabel(context, 'm_series'), x: stepAxis, y: followed.m },
      { label: figureLabel(context, 'm_hat_series'), x: stepAxis, y: followed.mHat },
    ],
    theme: context.theme,
    locale: context.locale,
  };
  const steps: PlotRequest = {
    kind: 'plot',
    chart: 'line',
    title: figureLabel(context, 'step_size_panel'),
    xLabel: figureLabel(context, 'step_t'),
    yLabel: figureLabel(context, 'step_over_eta'),
    series: [
      { label: figureLabel(context, 'corrected_series'), x: stepAxis, y: adam.correctedStep },
      { label: figureLabel(context, 'uncorrected_series'), x: stepAxis, y: adam.uncorrectedStep },
    ],
    markers: [{ x: 1, y: adam.uncorrectedStep[0]!, label: `×${stepRatios(adam)[0]!.toFixed(2)}` }],
    theme: context.theme,
    locale: context.locale,
  };
  return {
    kind: 'panels',
    title: figureLabel(context, 'adam_title', {
      lr: plain(adam.learningRate),
      beta1: plain(adam.beta1),
      beta2: plain(adam.beta2),
    }),
    panels: [moments, steps],
    columns: 2,
    theme: context.theme,
    locale: context.locale,
  };
}
