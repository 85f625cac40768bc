// One record per optimizer: its update rule (torch.optim's conventions), its state, its
// hyper-parameters with their defaults, its formulas and the words people write for it.
import type { OptimizerName } from '../types.js';

export type HyperParameterName = 'momentum' | 'beta1' | 'beta2' | 'epsilon' | 'alpha';

export interface HyperParameterRecord {
  name: HyperParameterName;
  symbol: string;
  defaultValue: number;
  /** Whether 1 itself is allowed (β and α must stay below 1; μ too). */
  range: 'unit' | 'positive';
  /** Words the definition language accepts for it (compared after compactKey). */
  aliases: readonly string[];
}

export const HYPER_PARAMETERS: Readonly<Record<HyperParameterName, HyperParameterRecord>> = {
  momentum: {
    name: 'momentum',
    symbol: 'μ',
    defaultValue: 0.9,
    range: 'unit',
    aliases: ['momentum', 'mu', 'μ', 'momentumcoefficient', 'ضریبتکانه', 'تکانه', 'گشتاور'],
  },
  beta1: {
    name: 'beta1',
    symbol: 'β₁',
    defaultValue: 0.9,
    range: 'unit',
    aliases: ['beta1', 'β1', 'β₁', 'بتا1', 'بتای1'],
  },
  beta2: {
    name: 'beta2',
    symbol: 'β₂',
    defaultValue: 0.999,
    range: 'unit',
    aliases: ['beta2', 'β2', 'β₂', 'بتا2', 'بتای2'],
  },
  epsilon: {
    name: 'epsilon',
    symbol: 'ε',
    defaultValue: 1e-8,
    range: 'positive',
    aliases: ['epsilon', 'eps', 'ε', 'اپسیلون'],
  },
  alpha: {
    name: 'alpha',
    symbol: 'α',
    defaultValue: 0.99,
    range: 'unit',
    aliases: ['rmspropalpha', 'rho', 'ρ', 'smoothingconstant'],
  },
};

export type HyperParameters = Record<HyperParameterName, number>;

/** What one update reads: the step number t (1-based), η and the hyper-parameters. */
export interface UpdateContext {
  step: number;
  learningRate: number;
  hyper: HyperParameters;
}

export interface OptimizerRecord {
  name: OptimizerName;
  title: { en: string; fa: string };
  aliases: readonly string[];
  hyperParameters: readonly HyperParameterName[];
  /** The state kept per parameter, in the order `update` receives it (e.g. m, v). */
  state: readonly string[];
  /** The update rule, one assignment per line (g = ∂E/∂w of the batch, t = step number). */
  rule: readonly string[];
  /**
   * Updates parameter k in place from its gradient g[k] and its state (torch.optim's order of
   * operations, so the numbers agree with PyTorch to the last bits).
   */
  update(
    p: Float64Array,
    g: Float64Array,
    state: readonly Float64Array[],
    k: number,
    at: UpdateContext,
  ): void;
  /** Values derived from the state that the rule names (Adam's bias-corrected m̂ and v̂). */
  derivedState?(state: readonly Float64Array[], at: UpdateContext): { name: string; values: Float64Array }[];
  /**
   * AdamW: λ (the spec's l2) shrinks each weight by the factor 1 − η·λ before the update, instead of adding
   * λw to the gradient and (λ/2)·Σw² to the loss (Loshchilov & Hutter 2019; torch.optim.AdamW).
   */
  decoupledDecay?: boolean;
  /**
   * How η sets the step: `gradient` (η·g or η·v, torch.optim.SGD's one lr for plain, momentum and Nesterov) or
   * `normalised` (η·m̂/√v̂, about η per weight whatever the gradient's size: Kingma & Ba 2015, §2.1), so an η
   * tuned for one kind means nothing for the other.
   */
  stepScale: 'gradient' | 'normalised';
  /** The η a comparison gives it when nobody chose one for its kind of step (why each: README, Training on data sets). */
  usualLearningRate: number;
}

/** Adam's update, shared by Adam and AdamW (whose decay the training loop applies first). */
function adamUpdate(
  p: Float64Array,
  g: Float64Array,
  [m, v]: readonly Float64Array[],
  k: number,
  at: UpdateContext,
) {
  const { beta1, beta2, epsilon } = at.hyper;
  const grad = g[k]!;
  m![k] = m![k]! + (1 - beta1) * (grad - m![k]!); // lerp, as torch.optim.Adam writes β₁m + (1 − β₁)g
  v![k] = beta2 * v![k]! + (1 - beta2) * grad * grad;
  // torch.optim.Adam: step size η/(1 − β₁ᵗ), denominator √v/√(1 − β₂ᵗ) + ε
  const correction1 = 1 - beta1 ** at.step;
  const correction2 = 1 - beta2 ** at.step;
  const denominator = Math.sqrt(v![k]!) / Math.sqrt(correction2) + epsilon;
  p[k] = p[k]! - (at.learningRate / correction1) * (m![k]! / denominator);
}

/** Adam's m̂ and v̂, for Adam and AdamW. */
function adamDerivedState([m, v]: readonly Float64Array[], at: UpdateContext) {
  const correction1 = 1 - at.hyper.beta1 ** at.step;
  const correction2 = 1 - at.hyper.beta2 ** at.step;
  return [
    { name: 'm̂', values: m!.map((x) => x / correction1) },
    { name: 'v̂', values: v!.map((x) => x / correction2) },
  ];
}

const ADAM_RULE = [
  'm ← β₁·m + (1 − β₁)·g',
  'v ← β₂·v + (1 − β₂)·g²',
  'm̂ = m/(1 − β₁ᵗ),  v̂ = v/(1 − β₂ᵗ)',
  'w ← w − η·m̂/(√v̂ + ε)',
];

export const OPTIMIZERS: Readonly<Record<OptimizerName, OptimizerRecord>> = {
  sgd: {
    name: 'sgd',
    stepScale: 'gradient',
    usualLearningRate: 0.5, // the definition language's default η, the worked examples' own
    title: { en: 'gradient descent (SGD)', fa: 'گرادیان کاهشی (SGD)' },
    aliases: ['sgd', 'gd', 'gradientdescent', 'plain', 'vanilla', 'گرادیانکاهشی', 'نزولگرادیان'],
    hyperParameters: [],
    state: [],
    rule: ['w ← w − η·g'],
    update(p, g, _state, k, at) {
      p[k] = p[k]! - at.learningRate * g[k]!;
    },
  },
  momentum: {
    name: 'momentum',
    title: { en: 'gradient descent with momentum', fa: 'گرادیان کاهشی با تکانه' },
    stepScale: 'gradient',
    usualLearningRate: 0.1, // torch.optim.SGD's documented example: lr=0.1, momentum=0.9
    aliases: ['momentum', 'sgdmomentum', 'heavyball', 'تکانه', 'مومنتوم'],
    hyperParameters: ['momentum'],
    state: ['v'],
    rule: ['v ← μ·v + g   (v = g at t = 1)', 'w ← w − η·v'],
    update(p, g, [v], k, at) {
      v![k] = at.step === 1 ? g[k]! : at.hyper.momentum * v![k]! + g[k]!;
      p[k] = p[k]! - at.learningRate * v![k]!;
    },
  },
  nesterov: {
    name: 'nesterov',
    stepScale: 'gradient',
    usualLearningRate: 0.1, // as momentum: torch.optim.SGD(lr=0.1, momentum=0.9, nesterov=True)
    title: { en: 'Nesterov momentum', fa: 'تکانهٔ نستروف' },
    aliases: ['nesterov', 'nag', 'nesterovmomentum', 'نستروف'],
    hyperParameters: ['momentum'],
    state: ['v'],
    rule: ['v ← μ·v + g   (v = g at t = 1)', 'w ← w − η·(g + μ·v)'],
    update(p, g, [v], k, at) {
      v![k] = at.step === 1 ? g[k]! : at.hyper.momentum * v![k]! + g[k]!;
      p[k] = p[k]! - at.learningRate * (g[k]! + at.hyper.momentum * v![k]!);
    },
  },
  adam: {
    name: 'adam',
    stepScale: 'normalised',
    usualLearningRate: 0.01, // torch's 1e-3 moves a weight at most ≈0.5 in 500 full-batch epochs: too little for the presets
    title: { en: 'Adam', fa: 'Adam (آدام)' },
    aliases: ['adam', 'آدام'],
    hyperParameters: ['beta1', 'beta2', 'epsilon'],
    state: ['m', 'v'],
    rule: ADAM_RULE,
    update: adamUpdate,
    derivedState: adamDerivedState,
  },
  adamw: {
    name: 'adamw',
    stepScale: 'normalised',
    usualLearningRate: 0.01, // as Adam
    title: { en: 'AdamW (Adam with decoupled weight decay)', fa: 'AdamW (آدام با کاهش وزن جداشده)' },
    aliases: ['adamw', 'آدامw', 'آدامدبلیو'],
    hyperParameters: ['beta1', 'beta2', 'epsilon'],
    state: ['m', 'v'],
    rule: ['w ← w − η·λ·w   (weights only; g without λw)', ...ADAM_RULE],
    update: adamUpdate,
    derivedState: adamDerivedState,
    decoupledDecay: true,
  },
  rmsprop: {
    name: 'rmsprop',
    stepScale: 'normalised',
    usualLearningRate: 0.01, // torch.optim.RMSprop's default lr
    title: { en: 'RMSprop', fa: 'RMSprop' },
    aliases: ['rmsprop', 'rms', 'rmsprob'],
    hyperParameters: ['alpha', 'epsilon'],
    state: ['s'],
    rule: ['s ← α·s + (1 − α)·g²', 'w ← w − η·g/(√s + ε)'],
    update(p, g, [s], k, at) {
      const { alpha, epsilon } = at.hyper;
      const grad = g[k]!;
      s![k] = alpha * s![k]! + (1 - alpha) * grad * grad;
      p[k] = p[k]! - (at.learningRate * grad) / (Math.sqrt(s![k]!) + epsilon);
    },
  },
};
