// The maths of backprop-tutor: pure, float64, no I/O.
export {
  activate,
  activationDerivative,
  logSoftmax,
  sigmoid,
  softmax,
  LEAKY_RELU_SLOPE,
} from './activations.js';
export { backwardPass, type BackwardResult } from './backward.js';
export { finiteDifferenceGradients, type NumericalGradients } from './finite-difference.js';
export { biasOf, forwardPass, type ForwardResult } from './forward.js';
export { lossGradient, lossValue, stableLossValue, type LossValue } from './losses.js';
export { hasNoBiases } from './no-biases.js';
export { sgdStep } from './sgd.js';
export { resolveSpec } from './spec.js';
export { toNetworkSpec } from './spec-training.js';
export {
  BOUNDARY_GRID_WORK,
  boundaryGridSide,
  MAX_TRAINING_WORK,
  maxEpochsForRuns,
  maxRepetitions,
  runsWork,
  trainingWork,
} from './work.js';
export { trainingRunsWorkError, trainingWorkError } from './work-error.js';
export { computeTrace, lossAt, lossOf } from './trace.js';
export { traceToJson } from './trace-json.js';
export * from './naming.js';
export * from './types.js';
