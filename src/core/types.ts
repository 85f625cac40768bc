// The shared vocabulary of the maths: network specs (SPEC-FORMAT.md) and the traces computed from them.

export type ActivationName = 'sigmoid' | 'tanh' | 'relu' | 'leaky_relu' | 'linear' | 'softmax';
export type LossName = 'sse' | 'half_sse' | 'mse' | 'bce' | 'cross_entropy';

export const ACTIVATION_NAMES: readonly ActivationName[] = [
  'sigmoid',
  'tanh',
  'relu',
  'leaky_relu',
  'linear',
  'softmax',
];
export const LOSS_NAMES: readonly LossName[] = ['sse', 'half_sse', 'mse', 'bce', 'cross_entropy'];
export type OptimizerName = 'sgd' | 'momentum' | 'nesterov' | 'adam' | 'adamw' | 'rmsprop';
export const OPTIMIZER_NAMES: readonly OptimizerName[] = [
  'sgd',
  'momentum',
  'nesterov',
  'adam',
  'adamw',
  'rmsprop',
];

export type Vector = number[];
export type Matrix = number[][];
/** A layer's biases: one number shared by every unit of the layer, or one per unit. */
export type LayerBias = number | Vector;

/** One sample of a data set. */
export interface Sample {
  input: Vector;
  target: Vector;
}

/** How a batch's per-sample losses combine: their mean (default) or their sum. */
export type Reduction = 'mean' | 'sum';
export const REDUCTIONS: readonly Reduction[] = ['mean', 'sum'];

/** The optimizers' hyper-parameters (records/optimizer-records.ts holds their defaults). */
export interface HyperParameterValues {
  momentum: number;
  beta1: number;
  beta2: number;
  epsilon: number;
  alpha: number;
}

/** Data-set and optimizer settings of a resolved spec (SPEC-FORMAT.md, "Data sets and optimizers"). */
export interface TrainingSettings {
  /** The samples, in order; undefined: the spec's one sample (`input`, `target`). */
  data?: Sample[];
  /** Passes over the data (with one sample: the number of steps). */
  epochs: number;
  /** Samples per optimizer step (1 with one sample). */
  batchSize: number;
  reduction: Reduction;
  optimizer: OptimizerName;
  hyper: HyperParameterValues;
  /** λ of the penalty (λ/2)·Σw² over the weights. */
  l2: number;
}

/** A network spec exactly as SPEC-FORMAT.md writes it (optional fields may be absent). */
export interface NetworkSpec {
  name?: string;
  description?: string;
  layers: number[];
  activations: ActivationName | ActivationName[];
  weights: Matrix[];
  biases: LayerBias[];
  /** One sample; with `data` these are absent. */
  input?: Vector;
  target?: Vector;
  loss: LossName;
  learningRate: number;
  updateBiases?: boolean;
  steps?: number;
  data?: Sample[];
  epochs?: number;
  batchSize?: number;
  reduction?: Reduction;
  optimizer?: OptimizerName;
  momentum?: number;
  beta1?: number;
  beta2?: number;
  epsilon?: number;
  alpha?: number;
  l2?: number;
}

/** A validated spec with every default filled in: what the core computes on. */
export interface ResolvedSpec {
  name?: string;
  description?: string;
  layers: number[];
  /** One activation per non-input layer. */
  activations: ActivationName[];
  weights: Matrix[];
  biases: LayerBias[];
  input: Vector;
  target: Vector;
  loss: LossName;
  learningRate: number;
  updateBiases: boolean;
  steps: number;
  /**
   * Present when the spec has a data set, an optimizer other than plain SGD or an L2 penalty.
   * With a data set, `input` and `target` are its first sample.
   */
  training?: TrainingSettings;
}

/** How δ of a layer was obtained from ∂E/∂out. */
export type DeltaRule =
  | 'elementwise' // δ_j = ∂E/∂out_j · f′(net_j)
  | 'softmax_jacobian' // δ = Jᵀ ∂E/∂out with J the softmax Jacobian
  | 'softmax_cross_entropy' // δ_j = out_j·Σt − t_j (softmax output with cross-entropy)
  | 'sigmoid_binary_cross_entropy'; // δ_j = (out_j − t_j)/n (sigmoid output with bce; exact even when saturated)

/** A numerical problem met while computing: reported, never a silent NaN. */
export interface NumericIssue {
  id: 'loss_log_zero' | 'loss_overflow' | 'non_finite_value' | 'output_saturated' | 'training_diverged';
  /** Where: 'loss', 'lossAfterStep', 'forward', 'backward', 'training step N'. */
  where: string;
  /** Output unit (0-based) or layer index when it applies. */
  unit?: number;
  layer?: number;
  /** 1-based training step, for 'training_diverged'. */
  step?: number;
  detail: string;
}

/**
 * One forward pass, backward pass and SGD step (and the rest of the training for steps > 1).
 * Index l runs over non-input layers: net[l][j] belongs to unit j of layer l+1.
 */
export interface Trace {
  spec: ResolvedSpec;
  // forward
  net: Matrix;
  out: Matrix;
  loss: number;
  /** Each output unit's share of the loss (sums to `loss`). */
  lossTerms: Vector;
  // backward, with the factors of the chain rule recorded
  /** ∂E/∂out_j per layer: for the output layer from the loss, for hidden layers Σ_k δ_k·w_kj. */
  dE_dOut: Matrix;
  /** f′(net_j) per layer for elementwise activations; for softmax the Jacobian's diagonal out_j(1−out_j). */
  dOut_dNet: Matrix;
  deltaRule: DeltaRule[];
  delta: Matrix;
  gradWeights: Matrix[];
  gradBiases: LayerBias[];
  // update
  updatedWeights: Matrix[];
  updatedBiases: LayerBias[];
  lossAfterStep: number;
  // training (steps > 1 only)
  lossHistory?: Vector;
  finalLoss?: number;
  finalWeights?: Matrix[];
  finalBiases?: LayerBias[];
  // data sets and optimizers (spec.training)
  /** Each sample's forward pass and loss with the initial parameters (with a data set). */
  samples?: SampleForward[];
  /** The first optimizer step's batch: its samples and each one's own gradient. */
  firstBatch?: FirstBatch;
  /** The optimizer's state after the first step, one entry per state name (v; m, v, m̂, v̂; s). */
  optimizerState?: OptimizerStateSnapshot[];
  /** The final outputs of every sample (with a data set). */
  predictions?: Matrix;
  /** The parameters after 0, ¼, ½, ¾ and all of the epochs (with a data set; fewer when it diverged). */
  epochSnapshots?: EpochSnapshot[];
  /** Empty when every number is finite and well defined. */
  numericIssues: NumericIssue[];
}

export interface SampleForward {
  net: Matrix;
  out: Matrix;
  /** This sample's own loss (before the batch's reduction, without the L2 penalty). */
  loss: number;
}

export interface FirstBatch {
  /** 0-based indices of the samples in the first batch. */
  indices: number[];
  /** ∂E_s/∂w and ∂E_s/∂b of each of those samples' own loss (no reduction, no penalty). */
  sampleGradients: { delta: Matrix; gradWeights: Matrix[]; gradBiases: LayerBias[] }[];
  /** The L2 penalty (λ/2)·Σw² in the batch loss (0 without l2). */
  penalty: number;
}

export interface EpochSnapshot {
  /** Epochs trained when the parameters were taken (0: as given). */
  epoch: number;
  weights: Matrix[];
  biases: LayerBias[];
}

export interface OptimizerStateSnapshot {
  /** The state's name as the update rule writes it: v, m, v̂, s … */
  name: string;
  weights: Matrix[];
  biases: LayerBias[];
}

/** The trace fields of SPEC-FORMAT.md, exactly (what `trace --json` prints and golden.json holds). */
export type TraceJson = Pick<
  Trace,
  | 'net'
  | 'out'
  | 'loss'
  | 'delta'
  | 'gradWeights'
  | 'gradBiases'
  | 'updatedWeights'
  | 'updatedBiases'
  | 'lossAfterStep'
  | 'lossHistory'
  | 'finalLoss'
  | 'finalWeights'
  | 'finalBiases'
>;

/** With a data set, `net` and `out` gain a leading sample index and `predictions` is added. */
export type DatasetTraceJson = Omit<TraceJson, 'net' | 'out' | 'delta'> & {
  net: Matrix[];
  out: Matrix[];
  predictions: Matrix;
};

/** Limits enforced on every spec (and stated in the errors). */
export const LIMITS = {
  maxLayers: 10,
  maxUnitsPerLayer: 64,
  maxWeights: 4096,
  maxSteps: 100000,
  maxSamples: 1000,
  maxEpochs: 100000,
} as const;
