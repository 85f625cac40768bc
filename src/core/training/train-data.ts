// Training on a data set (or one sample) with any optimizer, exactly as torch.optim does it:
// batches in the order given, per-sample losses reduced by mean or sum, the L2 penalty on the
// weights, the optimizer's state carried from step to step.
import { backwardPass } from '../backward.js';
import { forwardPass } from '../forward.js';
import { stableLossValue } from '../losses.js';
import { OPTIMIZERS, type UpdateContext } from '../records/optimizer-records.js';
import type {
  EpochSnapshot,
  FirstBatch,
  LayerBias,
  Matrix,
  OptimizerStateSnapshot,
  ResolvedSpec,
  Sample,
  SampleForward,
} from '../types.js';
import { packParameters, parameterLayout, unpackParameters, type ParameterLayout } from './parameters.js';
import { SamplePass } from './sample-pass.js';

export interface DataTrainingResult {
  samples: SampleForward[];
  /** The data-set loss before training (reduced over all samples, with the penalty). */
  loss: number;
  gradWeights: Matrix[];
  gradBiases: LayerBias[];
  firstBatch: FirstBatch;
  updatedWeights: Matrix[];
  updatedBiases: LayerBias[];
  lossAfterStep: number;
  optimizerState: OptimizerStateSnapshot[];
  /** Data-set loss before each epoch (shorter when training stopped early). */
  lossHistory: number[];
  finalLoss: number;
  finalWeights: Matrix[];
  finalBiases: LayerBias[];
  predictions: Matrix;
  /** 1-based epoch at which the loss stopped being finite, if it did. */
  divergedAt?: { epoch: number; loss: number };
  /** The parameters after each of snapshotEpochs(epochs) epochs that training reached. */
  epochSnapshots: EpochSnapshot[];
}

/** The epochs a strip of decision boundaries shows: 0, ¼, ½, ¾ and all of them (fewer when few). */
export function snapshotEpochs(epochs: number): number[] {
  return [...new Set([0, 1, 2, 3, 4].map((k) => Math.round((k * epochs) / 4)))];
}

/** What an observer of the training sees after each optimizer update (the lessons draw per-update curves from it). */
export interface TrainingStep {
  /** 1-based update number t. */
  step: number;
  /** 0-based epoch the update belongs to. */
  epoch: number;
  /** All parameters after the update, packed (a live view: copy what you keep). */
  parameters: Float64Array;
  layout: ParameterLayout;
  /** The batch gradient the update used (with the L2 term; a live view). */
  gradient: Float64Array;
  /** The optimizer's state after the update, in its record's order (live views). */
  state: readonly Float64Array[];
  /** The data-set loss (with the penalty) at the current parameters: computed only when asked. */
  dataLoss(): number;
}

/** The samples a spec trains on: its data set, or its one sample. */
export function samplesOf(spec: ResolvedSpec): Sample[] {
  return spec.training?.data ?? [{ input: spec.input, target: spec.target }];
}

/** The data-set loss: every sample's loss reduced by mean or sum, plus (λ/2)·Σw². */
class DataLoss {
  constructor(
    private readonly pass: SamplePass,
    private readonly layout: ParameterLayout,
    private readonly data: readonly Sample[],
    private readonly mean: boolean,
    private readonly l2: number,
  ) {}

  at(theta: Float64Array): number {
    let total = 0;
    for (const sample of this.data) {
      this.pass.forward(theta, sample.input);
      total += this.pass.sampleLoss(sample.target);
    }
    return (this.mean ? total / this.data.length : total) + this.penalty(theta);
  }

  penalty(theta: Float64Array): number {
    if (this.l2 === 0) return 0;
    let squares = 0;
    for (let k = 0; k < theta.length; k++) if (this.layout.isWeight[k]) squares += theta[k]! * theta[k]!;
    return 0.5 * this.l2 * squares;
  }
}

function snapshot(layout: ParameterLayout, name: string, values: Float64Array): OptimizerStateSnapshot {
  return { name, ...unpackParameters(layout, values) };
}

export function trainOnData(spec: ResolvedSpec, observe?: (step: TrainingStep) => void): DataTrainingResult {
  const settings = spec.training!;
  const data = samplesOf(spec);
  const layout = parameterLayout(spec.layers, spec.biases, spec.updateBiases);
  const pass = new SamplePass(layout, spec.activations, spec.loss);
  const mean = settings.reduction === 'mean';
  const optimizer = OPTIMIZERS[settings.optimizer];
  // AdamW's λ decays the weights directly: it is no term of the loss and no part of the gradient
  const decoupled = optimizer.decoupledDecay === true;
  const penalty = decoupled ? 0 : settings.l2;
  const dataLoss = new DataLoss(pass, layout, data, mean, penalty);
  const theta = packParameters(layout, spec.weights, spec.biases);
  const grad = new Float64Array(layout.size);
  const state = optimizer.state.map(() => new Float64Array(layout.size));
  const context: UpdateContext = { step: 0, learningRate: spec.learningRate, hyper: settings.hyper };
  const trainable: number[] = [];
  for (let k = 0; k < layout.size; k++) if (layout.trainable[k]) trainable.push(k);

  const samples = data.map((sample): SampleForward => {
    const sampleSpec = { ...spec, input: sample.input, target: sample.target };
    const forward = forwardPass(sampleSpec, spec.weights, spec.biases);
    const last = forward.out.length - 1;
    const loss = stableLossValue(
      spec.loss,
      spec.activations[last]!,
      forward.net[last]!,
      forward.out[last]!,
      sample.target,
    ).loss;
    return { net: forward.net, out: forward.out, loss };
  });
  const initialLoss = dataLoss.at(theta);

  let first:
    | Omit<
        DataTrainingResult,
        | 'samples'
        | 'loss'
        | 'lossHistory'
        | 'finalLoss'
        | 'finalWeights'
        | 'finalBiases'
        | 'predictions'
        | 'divergedAt'
        | 'epochSnapshots'
      >
    | undefined;
  const lossHistory: number[] = [];
  const keep = new Set(snapshotEpochs(settings.epochs));
  const epochSnapshots: EpochSnapshot[] = [];
  const takeSnapshot = (epoch: number) => {
    if (keep.has(epoch)) epochSnapshots.push({ epoch, ...unpackParameters(layout, theta) });
  };
  let divergedAt: DataTrainingResult['divergedAt'];
  const n = data.length;
  const batchSize = settings.batchSize;
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    const loss = epoch === 0 ? initialLoss : dataLoss.at(theta);
    if (!Number.isFinite(loss)) {
      divergedAt = { epoch: epoch + 1, loss };
      break;
    }
    lossHistory.push(loss);
    takeSnapshot(epoch);
    for (let start = 0; start < n; start += batchSize) {
      const end = Math.min(start + batchSize, n);
      const scale = mean ? 1 / (end - start) : 1;
      grad.fill(0);
      for (let s = start; s < end; s++) {
        pass.forward(theta, data[s]!.input);
        pass.backward(theta, data[s]!.input, data[s]!.target, scale, grad);
      }
      if (penalty !== 0)
        for (let k = 0; k < layout.size; k++)
          if (layout.isWeight[k]) grad[k] = grad[k]! + penalty * theta[k]!;
      context.step++;
      const batchGradient = context.step === 1 ? unpackParameters(layout, grad) : undefined;
      if (decoupled && settings.l2 !== 0) {
        // torch.optim.AdamW: param.mul_(1 − lr·weight_decay) before the Adam step
        const shrink = 1 - spec.learningRate * settings.l2;
        for (const k of trainable) if (layout.isWeight[k]) theta[k] = theta[k]! * shrink;
      }
      for (const k of trainable) optimizer.update(theta, grad, state, k, context);
      observe?.({
        step: context.step,
        epoch,
        parameters: theta,
        layout,
        gradient: grad,
        state,
        dataLoss: () => dataLoss.at(theta),
      });
      if (batchGradient) {
        const updated = unpackParameters(layout, theta);
        first = {
          gradWeights: batchGradient.weights,
          gradBiases: batchGradient.biases,
          firstBatch: firstBatchOf(
            spec,
            data,
            start,
            end,
            dataLoss.penalty(packParameters(layout, spec.weights, spec.biases)),
          ),
          updatedWeights: updated.weights,
          updatedBiases: updated.biases,
          lossAfterStep: dataLoss.at(theta),
          optimizerState: [
            ...optimizer.state.map((name, s) => snapshot(layout, name, state[s]!)),
            ...(optimizer.derivedState?.(state, context) ?? []).map((d) =>
              snapshot(layout, d.name, d.values),
            ),
          ],
        };
      }
    }
  }
  const final = unpackParameters(layout, theta);
  const predictions = data.map((sample) => {
    pass.forward(theta, sample.input);
    return Array.from(pass.out[pass.out.length - 1]!);
  });
  const finalLoss = divergedAt ? divergedAt.loss : dataLoss.at(theta);
  // the parameters after the last epoch count only when it ended with a finite loss
  if (!divergedAt && Number.isFinite(finalLoss)) takeSnapshot(settings.epochs);
  return {
    samples,
    loss: initialLoss,
    ...(first ?? emptyFirstStep(spec, initialLoss)),
    lossHistory,
    finalLoss,
    finalWeights: final.weights,
    finalBiases: final.biases,
    predictions,
    ...(divergedAt ? { divergedAt } : {}),
    epochSnapshots,
  };
}

/** Each sample of the first batch with its own gradient (what the batch gradient averages or sums). */
function firstBatchOf(
  spec: ResolvedSpec,
  data: readonly Sample[],
  start: number,
  end: number,
  penalty: number,
): FirstBatch {
  const indices: number[] = [];
  const sampleGradients: FirstBatch['sampleGradients'] = [];
  for (let s = start; s < end; s++) {
    const sampleSpec = { ...spec, input: data[s]!.input, target: data[s]!.target };
    const backward = backwardPass(
      sampleSpec,
      forwardPass(sampleSpec, spec.weights, spec.biases),
      spec.weights,
    );
    indices.push(s);
    sampleGradients.push({
      delta: backward.delta,
      gradWeights: backward.gradWeights,
      gradBiases: backward.gradBiases,
    });
  }
  return { indices, sampleGradients, penalty };
}

/** When the very first loss is not finite, no step is taken: the parameters stay as given. */
function emptyFirstStep(spec: ResolvedSpec, loss: number) {
  const zero = (m: Matrix[]) => m.map((W) => W.map((row) => row.map(() => 0)));
  return {
    gradWeights: zero(spec.weights),
    gradBiases: spec.biases.map((b): LayerBias => (typeof b === 'number' ? 0 : b.map(() => 0))),
    firstBatch: { indices: [], sampleGradients: [], penalty: 0 },
    updatedWeights: spec.weights,
    updatedBiases: spec.biases,
    lossAfterStep: loss,
    optimizerState: [],
  };
}

/** The loss the first optimizer step differentiates: its batch's reduced loss plus the penalty. */
export function firstBatchLossAt(spec: ResolvedSpec, weights: Matrix[], biases: LayerBias[]): number {
  const settings = spec.training!;
  const data = samplesOf(spec).slice(0, settings.batchSize);
  const layout = parameterLayout(spec.layers, biases, spec.updateBiases);
  const pass = new SamplePass(layout, spec.activations, spec.loss);
  const penalty = OPTIMIZERS[settings.optimizer].decoupledDecay ? 0 : settings.l2;
  const dataLoss = new DataLoss(pass, layout, data, settings.reduction === 'mean', penalty);
  return dataLoss.at(packParameters(layout, weights, biases));
}
