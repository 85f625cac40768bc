// The weight-decay lesson: L2 on XOR's four samples trained by the core. In SGD the penalty (λ/2)‖w‖² is the
// same as λw added to the gradient (checked against finite differences); Adam with L2 and AdamW differ.
import { computeTrace, finiteDifferenceGradients, resolveSpec, toNetworkSpec } from '../../core/index.js';
import type { Matrix, NetworkSpec, OptimizerName, ResolvedSpec, Trace } from '../../core/types.js';
import { loadPreset } from '../../definition/index.js';
import type { FigureRequest, PlotRequest } from '../../render/types.js';
import { type LessonParameters, type LessonValues, lessonNumber } from '../lesson-values.js';
import { type FigureContext, figureLabel } from '../figure-context.js';

/** Adam's learning rate in the lesson (the xor preset's η = 2 suits plain gradient descent, not Adam). */
export const ADAM_LR = 0.05;
/** Points per ‖w‖ curve: each is a run of its own from the start (Adam's state makes runs not resumable). */
const CURVE_POINTS = 10;

function xorSpec(fields: Partial<NetworkSpec>): ResolvedSpec {
  const preset = loadPreset('xor');
  if (!preset.ok) throw new Error(`the xor preset no longer loads: ${preset.error[0]?.message}`);
  const resolved = resolveSpec({ ...toNetworkSpec(preset.value.spec), ...fields });
  if (!resolved.ok)
    throw new Error(`the weight-decay lesson's net is invalid: ${resolved.error[0]?.message}`);
  return resolved.value;
}

/** The xor net with this optimizer, λ and number of epochs (Adam and AdamW at ADAM_LR). */
export function decaySpec(optimizer: OptimizerName, l2: number, epochs: number): ResolvedSpec {
  const adam = optimizer === 'adam' || optimizer === 'adamw';
  return xorSpec({ optimizer, l2, epochs, ...(adam ? { learningRate: ADAM_LR } : {}) });
}

/** ‖w‖ = √Σw² over the weights (the biases carry no penalty). */
export function weightNorm(weights: Matrix[]): number {
  let squares = 0;
  for (const W of weights) for (const row of W) for (const w of row) squares += w * w;
  return Math.sqrt(squares);
}

const memo = new Map<string, unknown>();
function remember<T>(key: string, compute: () => T): T {
  if (!memo.has(key)) {
    // users choose λ and the epochs freely: keep only the latest settings
    if (memo.size >= 64) memo.delete(memo.keys().next().value!);
    memo.set(key, compute());
  }
  return memo.get(key) as T;
}

export function decayTrace(optimizer: OptimizerName, l2: number, epochs: number): Trace {
  return remember(`trace:${optimizer}:${l2}:${epochs}`, () => computeTrace(decaySpec(optimizer, l2, epochs)));
}

/** ‖w‖ after 0, E/10, …, E epochs, each from a run of the core. */
export function normCurve(
  optimizer: OptimizerName,
  l2: number,
  epochs: number,
): { x: number[]; y: number[] } {
  return remember(`curve:${optimizer}:${l2}:${epochs}`, () => {
    const x = Array.from({ length: CURVE_POINTS + 1 }, (_, k) => Math.round((k * epochs) / CURVE_POINTS));
    const y = x.map((e) =>
      e === 0
        ? weightNorm(decaySpec(optimizer, l2, 1).weights)
        : weightNorm(decayTrace(optimizer, l2, e).finalWeights!),
    );
    return { x, y };
  });
}

/** The weight the lesson follows: W2[0][0], from hidden unit h1 to the output (0.7 in the preset). */
const followed = (weights: Matrix[]): number => weights[1]![0]![0]!;

export interface DecayEquivalence {
  w: number;
  /** ∂E/∂w without the penalty (the core, λ = 0). */
  plain: number;
  /** The core's gradient with l2 = λ: ∂E/∂w + λw. */
  penalised: number;
  /** Central finite differences of E + (λ/2)‖w‖². */
  finiteDifference: number;
  /** Largest |core − finite difference| over every weight and bias. */
  largestGap: number;
  /** w after one SGD step with λ (the core). */
  stepped: number;
}

export function decayEquivalence(l2: number): DecayEquivalence {
  return remember(`equivalence:${l2}`, () => {
    const spec = decaySpec('sgd', l2, 1);
    const withPenalty = computeTrace(spec);
    const without = computeTrace(decaySpec('sgd', 0, 1));
    const numerical = finiteDifferenceGradients(spec);
    const analytic = [...withPenalty.gradWeights.flat(2), ...withPenalty.gradBiases.flat()];
    const finite = [...numerical.gradWeights.flat(2), ...numerical.gradBiases.flat()];
    return {
      w: followed(spec.weights),
      plain: followed(without.gradWeights),
      penalised: followed(withPenalty.gradWeights),
      finiteDifference: followed(numerical.gradWeights),
      largestGap: Math.max(...analytic.map((g, k) => Math.abs(g - finite[k]!))),
      stepped: followed(withPenalty.updatedWeights),
    };
  });
}

const f4 = (x: number): string => lessonNumber(x, 4);
const f5 = (x: number): string => lessonNumber(x, 5);
const plain = (x: number): string => String(Number(x.toPrecision(6))).replace('-', '−');

export function weightDecayValues(p: LessonParameters): LessonValues {
  const l2 = p.l2!;
  const epochs = p.epochs!;
  const eta = decaySpec('sgd', l2, 1).learningRate;
  const equivalence = decayEquivalence(l2);
  const final = (optimizer: OptimizerName, lambda: number) => decayTrace(optimizer, lambda, epochs);
  const norm = (trace: Trace) => f4(weightNorm(trace.finalWeights!));
  // the first step on the followed weight: Adam without λ, and how much λ changes it with L2 and with AdamW
  const firstStep = (optimizer: OptimizerName, lambda: number) =>
    followed(decayTrace(optimizer, lambda, 1).updatedWeights) - equivalence.w;
  const adamStep = firstStep('adam', 0);
  const change = (x: number) => (x === 0 ? '0' : lessonNumber(x));
  return {
    l2: plain(l2),
    epochs: plain(epochs),
    eta: plain(eta),
    adam_eta: plain(ADAM_LR),
    w: plain(equivalence.w),
    grad: f5(equivalence.plain),
    lambda_w: f4(l2 * equivalence.w),
    grad_l2: f5(equivalence.penalised),
    grad_fd: f5(equivalence.finiteDifference),
    largest_gap: equivalence.largestGap === 0 ? '0' : lessonNumber(equivalence.largestGap),
    shrink: f5(1 - eta * l2),
    w_stepped: f5(equivalence.stepped),
    norm_start: f4(weightNorm(decaySpec('sgd', l2, 1).weights)),
    sgd_norm: norm(final('sgd', 0)),
    sgd_l2_norm: norm(final('sgd', l2)),
    sgd_loss: f4(final('sgd', 0).finalLoss!),
    sgd_l2_loss: f4(final('sgd', l2).finalLoss!),
    adam_l2_norm: norm(final('adam', l2)),
    adamw_norm: norm(final('adamw', l2)),
    adam_norm: norm(final('adam', 0)),
    adam_step: f5(adamStep),
    adam_l2_change: change(firstStep('adam', l2) - adamStep),
    adamw_change: change(firstStep('adamw', l2) - adamStep),
  };
}

/** ‖w‖ per epoch: SGD with and without L2; Adam with L2 beside AdamW (and Adam without λ). */
export function weightDecayFigure(context: FigureContext): FigureRequest {
  const l2 = context.parameters.l2 ?? 0.001;
  const epochs = context.parameters.epochs ?? 2000;
  const label = (id: string, params: Record<string, string | number> = {}) =>
    figureLabel(context, id, params);
  const base = { theme: context.theme, locale: context.locale };
  const panel = (
    title: string,
    series: { name: string; optimizer: OptimizerName; l2: number; dashed?: boolean }[],
  ): PlotRequest => ({
    kind: 'plot',
    chart: 'line',
    title,
    xLabel: label('epoch'),
    yLabel: '‖w‖',
    series: series.map((s) => ({
      label: s.name,
      ...normCurve(s.optimizer, s.l2, epochs),
      ...(s.dashed ? { dashed: true } : {}),
    })),
    ...base,
  });
  const lambda = `λ = ${plain(l2)}`;
  return {
    kind: 'panels',
    title: label('decay_title', { l2: plain(l2) }),
    panels: [
      panel(label('decay_sgd_panel', { eta: plain(decaySpec('sgd', l2, 1).learningRate) }), [
        { name: 'λ = 0', optimizer: 'sgd', l2: 0, dashed: true },
        { name: `L2, ${lambda}`, optimizer: 'sgd', l2 },
      ]),
      panel(label('decay_adam_panel', { eta: plain(ADAM_LR) }), [
        { name: `Adam + L2, ${lambda}`, optimizer: 'adam', l2 },
        { name: `AdamW, ${lambda}`, optimizer: 'adamw', l2 },
        // last, dashed on top: with a small λ AdamW's curve lies almost on it
        { name: 'Adam, λ = 0', optimizer: 'adam', l2: 0, dashed: true },
      ]),
    ],
    columns: 2,
    ...base,
  };
}
