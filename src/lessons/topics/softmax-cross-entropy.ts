// The softmax-cross-entropy lesson: a three-class output whose gradient o − t comes from the core's backward
// pass and is checked against the core's central finite differences, beside one sigmoid output with bce.
import { computeTrace, finiteDifferenceGradients, resolveSpec } from '../../core/index.js';
import type { NetworkSpec, ResolvedSpec } from '../../core/types.js';
import type { FigureRequest, PlotRequest } from '../../render/types.js';
import { type LessonParameters, type LessonValues, lessonNumber } from '../lesson-values.js';
import { type FigureContext, figureLabel } from '../figure-context.js';

/** The logits of classes 2 and 3; class 1's logit is the lesson's parameter z (2 gives the textbook (2, 1, 0.1)). */
export const OTHER_LOGITS = [1, 0.1] as const;
export const CLASSES = 3;

/** A one-layer net whose output pre-activations are the logits: W = I, b = 0, input = z, so ∂L/∂b_j = ∂L/∂z_j. */
function logitSpec(logits: number[], target: number[], activation: 'softmax' | 'sigmoid'): ResolvedSpec {
  const n = logits.length;
  const spec: NetworkSpec = {
    layers: [n, n],
    activations: activation,
    weights: [logits.map((_, j) => logits.map((_, i) => (i === j ? 1 : 0)))],
    biases: [logits.map(() => 0)],
    input: logits,
    target,
    loss: activation === 'softmax' ? 'cross_entropy' : 'bce',
    learningRate: 0.1,
  };
  const resolved = resolveSpec(spec);
  if (!resolved.ok) throw new Error(`the lesson's logit net is invalid: ${resolved.error[0]?.message}`);
  return resolved.value;
}

export interface SoftmaxExample {
  logits: number[];
  target: number[];
  /** softmax(z), from the core's forward pass. */
  out: number[];
  loss: number;
  /** ∂L/∂o_j = −t_j/o_j, the loss's own gradient (from the core's loss record). */
  dLossdOut: number[];
  /** δ = ∂L/∂z from the core's backward pass: o − t. */
  delta: number[];
  /** ∂L/∂z by central finite differences of the core's loss. */
  finiteDifference: number[];
}

/** The three-class example for class 1's logit z and the true class (1-based). */
export function softmaxExample(z: number, trueClass: number): SoftmaxExample {
  const logits = [z, ...OTHER_LOGITS];
  const target = logits.map((_, j) => (j === trueClass - 1 ? 1 : 0));
  const spec = logitSpec(logits, target, 'softmax');
  const trace = computeTrace(spec);
  const numerical = finiteDifferenceGradients(spec).gradBiases[0] as number[];
  return {
    logits,
    target,
    out: trace.out[0]!,
    loss: trace.loss,
    dLossdOut: trace.dE_dOut[0]!,
    delta: trace.delta[0]!,
    finiteDifference: numerical,
  };
}

/** One sigmoid output with binary cross-entropy, from the core: σ(z) and ∂L/∂z = σ(z) − t. */
export function sigmoidBce(z: number, target: number): { out: number; gradient: number } {
  const trace = computeTrace(logitSpec([z], [target], 'sigmoid'));
  return { out: trace.out[0]![0]!, gradient: trace.delta[0]![0]! };
}

const f4 = (x: number): string => lessonNumber(x, 4);
/** 3 decimals, as the bars' own value labels. */
const figureNumber = (x: number): string => lessonNumber(x, 3);
const plain = (x: number): string => String(Number(x.toPrecision(6))).replace('-', '−');
const vector = (values: number[], format: (x: number) => string = f4): string =>
  `(${values.map(format).join(', ')})`;

export function softmaxCrossEntropyValues(p: LessonParameters): LessonValues {
  const z = p.z!;
  const trueClass = p.true_class!;
  const example = softmaxExample(z, trueClass);
  const c = trueClass - 1;
  const largestDifference = Math.max(
    ...example.delta.map((d, j) => Math.abs(d - example.finiteDifference[j]!)),
  );
  const sigmoid = sigmoidBce(z, 1);
  return {
    z: plain(z),
    logits: vector(example.logits, plain),
    true_class: String(trueClass),
    target: vector(example.target, String),
    out: vector(example.out),
    o_true: f4(example.out[c]!),
    loss: f4(example.loss),
    dl_do_true: f4(example.dLossdOut[c]!),
    gradient: vector(example.delta),
    finite_difference: vector(example.finiteDifference),
    largest_difference: largestDifference === 0 ? '0' : lessonNumber(largestDifference),
    sigmoid_gradient: f4(sigmoid.gradient),
    sigmoid_out: f4(sigmoid.out),
  };
}

const range = (from: number, to: number, count: number): number[] =>
  Array.from({ length: count }, (_, k) => from + ((to - from) * k) / (count - 1));

/** Bars of o, o − t and the finite differences per class; beside them σ(z) − t of one sigmoid output. */
export function softmaxGradientFigure(context: FigureContext): FigureRequest {
  const z = context.parameters.z ?? 2;
  const trueClass = context.parameters.true_class ?? 1;
  const example = softmaxExample(z, trueClass);
  const base = { theme: context.theme, locale: context.locale };
  const bars: PlotRequest = {
    kind: 'plot',
    chart: 'bar',
    title: figureLabel(context, 'softmax_panel', {
      logits: vector(example.logits, plain),
      class: trueClass,
    }),
    xLabel: figureLabel(context, 'class'),
    yLabel: '∂L/∂z_j',
    // o in the category's name, so each class has room for its two gradient bars and their values
    categories: example.out.map((o, j) => figureLabel(context, 'class_n', { n: j + 1, o: figureNumber(o) })),
    series: [
      { label: figureLabel(context, 'softmax_delta'), x: [0, 1, 2], y: example.delta },
      { label: figureLabel(context, 'finite_difference'), x: [0, 1, 2], y: example.finiteDifference },
    ],
    yRange: [-1, 1],
    ...base,
  };
  const zs = range(-6, 6, 121);
  const sigmoid: PlotRequest = {
    kind: 'plot',
    chart: 'line',
    title: figureLabel(context, 'sigmoid_bce_panel'),
    xLabel: 'z',
    yLabel: '∂L/∂z',
    series: [
      { label: 't = 1: σ(z) − 1', x: zs, y: zs.map((v) => sigmoidBce(v, 1).gradient) },
      { label: 't = 0: σ(z)', x: zs, y: zs.map((v) => sigmoidBce(v, 0).gradient), dashed: true },
    ],
    markers:
      Math.abs(z) <= 6
        ? [
            {
              x: z,
              y: sigmoidBce(z, 1).gradient,
              label: `σ(${plain(z)}) − 1 = ${f4(sigmoidBce(z, 1).gradient)}`,
            },
          ]
        : [],
    yRange: [-1, 1],
    xRange: [-6, 6],
    ...base,
  };
  return {
    kind: 'panels',
    title: figureLabel(context, 'softmax_title'),
    panels: [bars, sigmoid],
    columns: 2,
    ...base,
  };
}
