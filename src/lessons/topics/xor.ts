// The xor lesson: XOR's four samples trained by the core on one layer (a line cannot separate them) and on the
// xor preset's 2-2-1 net (it can), with the decision boundary before and after training.
import { boundaryGridSide, computeTrace, lossValue, resolveSpec, toNetworkSpec } from '../../core/index.js';
import { hiddenActivations } from '../../core/training/hidden-activations.js';
import { classOf, planeAround, predictionGrid } from '../../core/training/prediction-grid.js';
import type { NetworkSpec, ResolvedSpec, Trace } from '../../core/types.js';
import { loadPreset } from '../../definition/index.js';
import type { BoundaryRequest } from '../../render/types.js';
import { type LessonParameters, type LessonValues, lessonNumber } from '../lesson-values.js';
import { type FigureContext, figureLabel } from '../figure-context.js';

/** The one-layer net starts from the xor preset's output weights and bias: the same numbers, minus the hidden layer. */
const ONE_LAYER_START = { weights: [[[0.7, -0.5]]], biases: [0.2] };

/** The last settings asked for (users choose epochs and η freely, so the cache is kept small). */
const memo = new Map<string, XorRuns>();
const MEMO_SIZE = 8;

export interface XorRun {
  spec: ResolvedSpec;
  trace: Trace;
  /** Samples whose predicted class (output ≥ 0.5 → 1) is their target's, before and after training. */
  correctBefore: number;
  correct: number;
}

export interface XorRuns {
  oneLayer: XorRun;
  twoLayers: XorRun;
}

function xorPreset(): ResolvedSpec {
  const preset = loadPreset('xor');
  if (!preset.ok) throw new Error(`the xor preset no longer loads: ${preset.error[0]?.message}`);
  return preset.value.spec;
}

function run(fields: NetworkSpec): XorRun {
  const resolved = resolveSpec(fields);
  if (!resolved.ok) throw new Error(`the xor lesson's net is invalid: ${resolved.error[0]?.message}`);
  const spec = resolved.value;
  const trace = computeTrace(spec);
  const data = spec.training!.data!;
  const count = (outputs: number[][]) =>
    data.filter((s, k) => classOf(s.target) === classOf(outputs[k]!)).length;
  return {
    spec,
    trace,
    correctBefore: count(trace.samples!.map((sample) => sample.out.at(-1)!)),
    correct: count(trace.predictions!),
  };
}

/** Both nets trained by the core for `epochs` full-batch epochs at learning rate `lr` (cached per setting). */
export function xorRuns(epochs: number, lr: number): XorRuns {
  const key = `${epochs}:${lr}`;
  const known = memo.get(key);
  if (known) return known;
  const base: NetworkSpec = { ...toNetworkSpec(xorPreset()), epochs, learningRate: lr };
  const runs = {
    twoLayers: run(base),
    oneLayer: run({ ...base, layers: [2, 1], activations: 'sigmoid', ...ONE_LAYER_START }),
  };
  if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value!);
  memo.set(key, runs);
  return runs;
}

const f4 = (x: number): string => lessonNumber(x, 4);
const plain = (x: number): string => String(Number(x.toPrecision(6))).replace('-', '−');

/** The data-set loss of answering 0.5 for every sample: where a line is pushed to on XOR. */
export function constantHalfLoss(spec: ResolvedSpec): number {
  const data = spec.training!.data!;
  const total = data.reduce((sum, s) => sum + lossValue(spec.loss, [0.5], s.target).loss, 0);
  return total / data.length;
}

/** Epochs the 2-2-1 net spends before its loss first falls below half of that (all of them if it never does). */
export function plateauEpochs(run: XorRun): number {
  const half = constantHalfLoss(run.spec) / 2;
  const escaped = run.trace.lossHistory!.findIndex((loss) => loss < half);
  return escaped === -1 ? run.trace.lossHistory!.length : escaped;
}

export function xorValues(p: LessonParameters): LessonValues {
  const epochs = p.epochs!;
  const lr = p.lr!;
  const { oneLayer, twoLayers } = xorRuns(epochs, lr);
  const oneOutputs = oneLayer.trace.predictions!.map((o) => o[0]!);
  const twoOutputs = twoLayers.trace.predictions!.map((o) => o[0]!);
  const hidden = hiddenActivations(twoLayers.spec, {
    weights: twoLayers.trace.finalWeights!,
    biases: twoLayers.trace.finalBiases!,
  })!;
  const pair = (h: number[]) => `(${h.map((v) => f4(v)).join(', ')})`;
  return {
    epochs: plain(epochs),
    lr: plain(lr),
    one_correct: String(oneLayer.correct),
    one_loss_start: f4(oneLayer.trace.loss),
    one_loss: f4(oneLayer.trace.finalLoss!),
    one_out_min: f4(Math.min(...oneOutputs)),
    one_weight_max: f4(
      Math.max(
        ...oneLayer.trace.finalWeights![0]!.flat().map(Math.abs),
        Math.abs(oneLayer.trace.finalBiases![0] as number),
      ),
    ),
    one_out_max: f4(Math.max(...oneOutputs)),
    half_loss: f4(constantHalfLoss(oneLayer.spec)),
    plateau: String(plateauEpochs(twoLayers)),
    two_correct_before: String(twoLayers.correctBefore),
    two_correct: String(twoLayers.correct),
    two_loss_start: f4(twoLayers.trace.loss),
    two_loss: f4(twoLayers.trace.finalLoss!),
    two_outputs: `(${twoOutputs.map((o) => f4(o)).join(', ')})`,
    hidden_00: pair(hidden[0]!),
    hidden_01: pair(hidden[1]!),
    hidden_10: pair(hidden[2]!),
    hidden_11: pair(hidden[3]!),
  };
}

/** Three panels on one plane: one layer after training, two layers before, two layers after. */
export function xorBoundaryFigure(context: FigureContext): BoundaryRequest {
  const epochs = context.parameters.epochs ?? 5000;
  const lr = context.parameters.lr ?? 2;
  const { oneLayer, twoLayers } = xorRuns(epochs, lr);
  const data = twoLayers.spec.training!.data!;
  const plane = planeAround(data.map((s) => s.input));
  const side = boundaryGridSide(twoLayers.spec.layers, 3);
  const grid = { columns: side, rows: side };
  const label = (id: string, params: Record<string, string | number> = {}) =>
    figureLabel(context, id, params);
  const after = (net: XorRun) => ({ weights: net.trace.finalWeights!, biases: net.trace.finalBiases! });
  return {
    kind: 'boundary',
    title: label('xor_title', { epochs, lr: plain(lr) }),
    panels: [
      {
        title: label('xor_one_layer'),
        grid: predictionGrid(oneLayer.spec, after(oneLayer), plane, grid),
      },
      {
        title: label('xor_two_before', { correct: twoLayers.correctBefore }),
        grid: predictionGrid(
          twoLayers.spec,
          { weights: twoLayers.spec.weights, biases: twoLayers.spec.biases },
          plane,
          grid,
        ),
      },
      {
        title: label('xor_two_after', { correct: twoLayers.correct }),
        grid: predictionGrid(twoLayers.spec, after(twoLayers), plane, grid),
      },
    ],
    x: plane.x,
    y: plane.y,
    xLabel: 'x1',
    yLabel: 'x2',
    samples: data.map((s) => ({ x: s.input[0]!, y: s.input[1]!, cls: classOf(s.target) })),
    classCount: 2,
    theme: context.theme,
    locale: context.locale,
  };
}
