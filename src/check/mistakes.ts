// The catalogue of known backpropagation mistakes: each is one or more variant computations and the formulas it confuses.
import type { ActivationName, LossName, ResolvedSpec } from '../core/index.js';
import type { Phase } from './quantities.js';
import { ACTIVATIONS, FAMILY_RECORD } from '../core/records/activation-records.js';
import { LOSSES } from '../core/records/loss-records.js';
import { canOccur } from './mistake-preconditions.js';
import { swappableLayers, swappedNameFormulas, swappedNetFormulas } from './swapped-weights.js';
import { formulaOf, type DerivativeFormula, type LayerScope, type Variant } from './variant.js';

export const MISTAKE_IDS = [
  'dE_dout_one',
  'missing_activation_derivative',
  'wrong_activation_derivative',
  'sign_flip',
  'missing_half',
  'updated_weights_in_backward',
  'missing_learning_rate',
  'learning_rate_twice',
  'net_vs_out',
  'gradient_without_source',
  'swapped_weight_indices',
  'bias_frozen_or_updated',
  'mean_vs_sum',
] as const;

export type MistakeId = (typeof MISTAKE_IDS)[number];

/** One concrete way of making a mistake: the variant computation and the phases whose values it explains. */
export interface MistakeForm {
  id: MistakeId;
  /** Distinguishes forms of one mistake, e.g. `output` vs `hidden` layers. */
  form: string;
  variant: Variant;
  /** A value in another phase is never blamed on this mistake (it is carried, at most). */
  scope: readonly Phase[];
  /** The right formula and the one the student used (mathematical notation, the same in every language). */
  correct: string;
  used: string;
  /** A swapped numbering's layer (0-based, or every layer): the row names it and its unit (swapped-weights.ts). */
  layer?: number | 'all';
  /** What the mistake's sentence names (the layer, an example): set per row by formAt. */
  params?: Record<string, string>;
}

const BACKWARD_AND_UPDATE: readonly Phase[] = ['backward', 'update'];
const UPDATE: readonly Phase[] = ['update'];
const LOSS_VALUES: readonly Phase[] = ['loss', 'afterLoss'];
const EVERYWHERE: readonly Phase[] = ['given', 'forward', 'loss', 'backward', 'update', 'after', 'afterLoss'];

/** ∂E/∂o_j as the loss defines it (for the formulas shown next to a mistake). */
export function lossGradientFormula(loss: LossName): string {
  return LOSSES[loss].gradientFormula;
}

export function lossFormula(loss: LossName): string {
  return LOSSES[loss].indexedFormula;
}

function derivativeFormulaText(formula: DerivativeFormula): string {
  return FAMILY_RECORD[formula].checkText;
}

function trueDerivativeText(activation: ActivationName): string {
  return ACTIVATIONS[activation].checkText;
}

const SCOPES: LayerScope[] = ['all', 'output', 'hidden'];

/** Layers (non-input, 0-based) a layer scope covers in this network. */
function layersIn(spec: ResolvedSpec, scope: LayerScope): number[] {
  const count = spec.layers.length - 1;
  const all = Array.from({ length: count }, (_l, l) => l);
  if (scope === 'all') return all;
  return scope === 'output' ? [count - 1] : all.slice(0, -1);
}

/** Elementwise layers in the scope (a softmax output's δ comes from its Jacobian, not from f′). */
function elementwiseLayers(spec: ResolvedSpec, scope: LayerScope): number[] {
  return layersIn(spec, scope).filter((l) => spec.activations[l] !== 'softmax');
}

function derivativeForms(spec: ResolvedSpec): MistakeForm[] {
  const forms: MistakeForm[] = [];
  const hasHidden = spec.layers.length > 2;
  for (const layers of SCOPES) {
    if (!hasHidden && layers !== 'all') continue;
    const touched = elementwiseLayers(spec, layers);
    if (touched.length === 0) continue;
    const activation = spec.activations[touched[0]!]!;
    if (touched.some((l) => spec.activations[l] !== 'linear')) {
      forms.push({
        id: 'missing_activation_derivative',
        form: layers,
        variant: { derivative: { layers, formula: 'one' } },
        scope: BACKWARD_AND_UPDATE,
        correct: `δ_j = ∂E/∂out_j · f′(net_j), ${trueDerivativeText(activation)}`,
        used: 'δ_j = ∂E/∂out_j',
      });
    }
    for (const formula of ['sigmoid', 'tanh'] as const) {
      const wrongSomewhere = touched.some((l) => {
        const own = formulaOf(spec.activations[l]!);
        return own !== undefined && own !== formula && own !== 'one';
      });
      if (!wrongSomewhere) continue;
      forms.push({
        id: 'wrong_activation_derivative',
        form: `${formula}-${layers}`,
        variant: { derivative: { layers, formula } },
        scope: BACKWARD_AND_UPDATE,
        correct: `${activation}: ${trueDerivativeText(activation)}`,
        used: derivativeFormulaText(formula),
      });
    }
    if (touched.some((l) => ACTIVATIONS[spec.activations[l]!].derivativeFromOut)) {
      forms.push({
        id: 'net_vs_out',
        form: `derivative-${layers}`,
        variant: { derivativeFromNet: layers },
        scope: BACKWARD_AND_UPDATE,
        correct: trueDerivativeText(activation),
        used: trueDerivativeText(activation).replace(/out/g, 'net'),
      });
    }
  }
  return forms;
}

/** Every applicable form of every catalogued mistake for this network. */
export function mistakeForms(spec: ResolvedSpec): MistakeForm[] {
  const forms: MistakeForm[] = [];
  const eta = spec.learningRate;
  const outputs = spec.layers[spec.layers.length - 1]!;
  const hasHidden = spec.layers.length > 2;

  forms.push({
    id: 'dE_dout_one',
    form: 'output',
    variant: { outputGradientOne: true },
    scope: BACKWARD_AND_UPDATE,
    correct: lossGradientFormula(spec.loss),
    used: '∂E/∂o_j = 1',
  });
  forms.push(...derivativeForms(spec));
  forms.push({
    id: 'sign_flip',
    form: 'error',
    variant: { outputGradientScale: -1 },
    scope: BACKWARD_AND_UPDATE,
    correct: lossGradientFormula(spec.loss),
    used: `${lossGradientFormula(spec.loss).split(' = ')[0]} = −(${lossGradientFormula(spec.loss).split(' = ')[1]})`,
  });
  forms.push({
    id: 'sign_flip',
    form: 'update',
    variant: { updateAdds: true },
    scope: UPDATE,
    correct: 'w⁺ = w − η·∂E/∂w',
    used: 'w⁺ = w + η·∂E/∂w',
  });
  const missingHalf = LOSSES[spec.loss].missingHalf;
  if (missingHalf) {
    forms.push({
      id: 'missing_half',
      form: 'gradient',
      variant: { outputGradientScale: missingHalf.scale },
      scope: BACKWARD_AND_UPDATE,
      correct: lossGradientFormula(spec.loss),
      used: missingHalf.usedGradient,
    });
    forms.push({
      id: 'missing_half',
      form: 'loss',
      variant: { lossScale: missingHalf.scale },
      scope: LOSS_VALUES,
      correct: lossFormula(spec.loss),
      used: missingHalf.usedLoss,
    });
  }
  const overOutputs = LOSSES[spec.loss].overOutputs;
  if (outputs > 1 && overOutputs) {
    const averaged = overOutputs === 'mean';
    const scale = averaged ? outputs : 1 / outputs;
    const correct = lossFormula(spec.loss);
    const used = averaged
      ? correct.replace('(1/n) ', '').replace('−(1/n)', '−')
      : correct.replace('= ', '= (1/n)·');
    forms.push({
      id: 'mean_vs_sum',
      form: 'loss',
      variant: { lossScale: scale },
      scope: LOSS_VALUES,
      correct,
      used,
    });
    forms.push({
      id: 'mean_vs_sum',
      form: 'gradient',
      variant: { outputGradientScale: scale },
      scope: BACKWARD_AND_UPDATE,
      correct: lossGradientFormula(spec.loss),
      used: averaged
        ? `${lossGradientFormula(spec.loss)} without /n`
        : `${lossGradientFormula(spec.loss)}, divided by n`,
    });
  }
  if (hasHidden) {
    forms.push({
      id: 'updated_weights_in_backward',
      form: 'hidden',
      variant: { backwardWithUpdatedWeights: true },
      scope: BACKWARD_AND_UPDATE,
      correct: '∂E/∂out_h = Σ_k δ_k·w_kh (weights before the update)',
      used: '∂E/∂out_h = Σ_k δ_k·w_kh⁺ (weights already updated)',
    });
    forms.push({
      id: 'net_vs_out',
      form: 'gradient',
      variant: { gradientUsesSourceNet: true },
      scope: BACKWARD_AND_UPDATE,
      correct: '∂E/∂w_kh = δ_k·out_h',
      used: '∂E/∂w_kh = δ_k·net_h',
    });
  }
  forms.push({
    id: 'gradient_without_source',
    form: 'gradient',
    variant: { gradientWithoutSource: true },
    scope: BACKWARD_AND_UPDATE,
    correct: '∂E/∂w_kh = δ_k·out_h',
    used: '∂E/∂w_kh = δ_k',
  });
  if (spec.activations[spec.activations.length - 1] !== 'softmax' || spec.loss !== 'cross_entropy') {
    forms.push({
      id: 'net_vs_out',
      form: 'error',
      variant: { outputGradientFromNet: true },
      scope: BACKWARD_AND_UPDATE,
      correct: lossGradientFormula(spec.loss),
      used: lossGradientFormula(spec.loss)
        .replace(/o_j(?![\w])/g, 'net_j')
        .replace('∂E/∂net_j', '∂E/∂o_j'),
    });
  }
  if (eta !== 0 && eta !== 1) {
    forms.push({
      id: 'missing_learning_rate',
      form: 'update',
      variant: { stepScale: 1 / eta },
      scope: UPDATE,
      correct: 'w⁺ = w − η·∂E/∂w',
      used: 'w⁺ = w − ∂E/∂w',
    });
    forms.push({
      id: 'learning_rate_twice',
      form: 'update',
      variant: { stepScale: eta },
      scope: UPDATE,
      correct: 'w⁺ = w − η·∂E/∂w',
      used: 'w⁺ = w − η·(η·∂E/∂w)',
    });
  }
  const swappable = swappableLayers(spec);
  if (swappable.length > 0) {
    forms.push({
      id: 'swapped_weight_indices',
      form: 'names',
      variant: { weightsNamedTransposed: true },
      scope: ['given', 'backward', 'update'],
      layer: 'all',
      ...swappedNameFormulas(spec, swappable[0]!),
    });
    // One layer read the other way first (the row then names that layer), then every layer.
    const layers: (number | 'all')[] = swappable.length > 1 ? [...swappable, 'all'] : swappable;
    for (const layer of layers) {
      forms.push({
        id: 'swapped_weight_indices',
        form: layer === 'all' ? 'network' : `network-layer${layer + 1}`,
        variant: { weightsReadTransposed: layer === 'all' ? true : layer },
        scope: EVERYWHERE,
        layer,
        ...swappedNetFormulas(spec, layer === 'all' ? swappable[0]! : layer, 0),
      });
    }
  }
  forms.push({
    id: 'bias_frozen_or_updated',
    form: spec.updateBiases ? 'frozen' : 'updated',
    variant: { biasUpdateFlipped: true },
    scope: UPDATE,
    correct: spec.updateBiases ? 'b⁺ = b − η·∂E/∂b' : 'b⁺ = b (biases are not updated in this exercise)',
    used: spec.updateBiases ? 'b⁺ = b' : 'b⁺ = b − η·∂E/∂b',
  });
  return forms.filter((form) => canOccur(spec, form));
}
