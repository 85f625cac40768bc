// spec → trace: forward pass, loss, backward pass, one SGD step, and the rest of the training.
import { backwardPass } from './backward.js';
import { forwardPass, type ForwardResult } from './forward.js';
import { lossValue, stableLossValue, type LossValue } from './losses.js';
import { divergenceIssue, forwardIssues, gradientIssues } from './numeric-issues.js';
import { sgdStep } from './sgd.js';
import { trainOnData } from './training/train-data.js';
import type { LayerBias, Matrix, NumericIssue, ResolvedSpec, Trace } from './types.js';

/** The loss of a forward pass, computed stably from the pre-activations where possible. */
export function lossOf(spec: ResolvedSpec, forward: ForwardResult): LossValue {
  const last = forward.out.length - 1;
  return stableLossValue(
    spec.loss,
    spec.activations[last]!,
    forward.net[last]!,
    forward.out[last]!,
    spec.target,
  );
}

function lossWithIssues(
  spec: ResolvedSpec,
  forward: ForwardResult,
  where: string,
): { value: LossValue; issues: NumericIssue[] } {
  const value = lossOf(spec, forward);
  const naive = lossValue(spec.loss, forward.out[forward.out.length - 1]!, spec.target).loss;
  return { value, issues: forwardIssues(spec, forward, value.loss, naive, where) };
}

/** The loss for given parameters (what training and finite differences evaluate). */
export function lossAt(spec: ResolvedSpec, weights: Matrix[], biases: LayerBias[]): number {
  return lossOf(spec, forwardPass(spec, weights, biases)).loss;
}

export function computeTrace(spec: ResolvedSpec): Trace {
  if (spec.training) return computeTrainingTrace(spec);
  const forward = forwardPass(spec, spec.weights, spec.biases);
  const first = lossWithIssues(spec, forward, 'loss');
  const backward = backwardPass(spec, forward, spec.weights);
  const updated = sgdStep(
    spec.weights,
    spec.biases,
    backward.gradWeights,
    backward.gradBiases,
    spec.learningRate,
    spec.updateBiases,
  );
  const afterStep = lossWithIssues(spec, forwardPass(spec, updated.weights, updated.biases), 'lossAfterStep');

  const trace: Trace = {
    spec,
    net: forward.net,
    out: forward.out,
    loss: first.value.loss,
    lossTerms: first.value.terms,
    ...backward,
    updatedWeights: updated.weights,
    updatedBiases: updated.biases,
    lossAfterStep: afterStep.value.loss,
    numericIssues: [
      ...first.issues,
      ...gradientIssues(backward.gradWeights, backward.delta),
      ...afterStep.issues,
    ],
  };
  if (spec.steps > 1) Object.assign(trace, train(spec, trace));
  return trace;
}

/** SGD for spec.steps steps on the one sample; stops early (and says so) if the loss stops being finite. */
function train(spec: ResolvedSpec, first: Trace): Partial<Trace> {
  const lossHistory: number[] = [first.loss];
  let weights = first.updatedWeights;
  let biases = first.updatedBiases;
  let finalLoss = first.lossAfterStep;
  const issues: NumericIssue[] = [];
  for (let step = 1; step < spec.steps; step++) {
    const forward = forwardPass(spec, weights, biases);
    const loss = lossOf(spec, forward).loss;
    if (!Number.isFinite(loss)) {
      issues.push(divergenceIssue(step + 1, loss));
      finalLoss = loss;
      break;
    }
    lossHistory.push(loss);
    const backward = backwardPass(spec, forward, weights);
    ({ weights, biases } = sgdStep(
      weights,
      biases,
      backward.gradWeights,
      backward.gradBiases,
      spec.learningRate,
      spec.updateBiases,
    ));
  }
  if (issues.length === 0) finalLoss = lossAt(spec, weights, biases);
  return {
    lossHistory,
    finalLoss,
    finalWeights: weights,
    finalBiases: biases,
    numericIssues: [...first.numericIssues, ...issues],
  };
}

/**
 * A data set, an optimizer or an L2 penalty: the first sample's forward and backward pass as for
 * one sample, the data-set loss, the first optimizer step's batch gradient and update, and the
 * training to the last epoch.
 */
function computeTrainingTrace(spec: ResolvedSpec): Trace {
  const forward = forwardPass(spec, spec.weights, spec.biases);
  const first = lossWithIssues(spec, forward, 'loss');
  const backward = backwardPass(spec, forward, spec.weights);
  const result = trainOnData(spec);
  const issues: NumericIssue[] = [...first.issues, ...gradientIssues(result.gradWeights, backward.delta)];
  if (result.divergedAt) issues.push(divergenceIssue(result.divergedAt.epoch, result.divergedAt.loss));
  const trace: Trace = {
    spec,
    net: forward.net,
    out: forward.out,
    loss: result.loss,
    lossTerms: first.value.terms,
    ...backward,
    gradWeights: result.gradWeights,
    gradBiases: result.gradBiases,
    updatedWeights: result.updatedWeights,
    updatedBiases: result.updatedBiases,
    lossAfterStep: result.lossAfterStep,
    lossHistory: result.lossHistory,
    finalLoss: result.finalLoss,
    finalWeights: result.finalWeights,
    finalBiases: result.finalBiases,
    firstBatch: result.firstBatch,
    optimizerState: result.optimizerState,
    numericIssues: issues,
  };
  if (spec.training!.data) {
    trace.samples = result.samples;
    trace.predictions = result.predictions;
    trace.epochSnapshots = result.epochSnapshots;
  }
  return trace;
}
