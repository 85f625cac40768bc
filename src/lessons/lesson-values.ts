// The numbers a lesson quotes, computed by the core from the user's parameters: {{name}} in the lesson files.
import { activate, activationDerivative, lossGradient, lossValue } from '../core/index.js';
import { initStd, xavierUniformLimit } from '../core/init-schemes.js';
import { formatNumber, timesTenTo } from '../text/number-format.js';
import {
  DEAD_RELU_UNITS,
  DEEP_NET,
  deadReluFraction,
  deepNet,
  deepNetWithGradients,
  notesNetTrace,
  negativeOutgoingWeights,
  pruning,
  symmetry,
} from './figure-data.js';
import { batchVsSgdValues } from './topics/batch-vs-sgd.js';
import { momentumValues } from './topics/momentum.js';
import { adamValues } from './topics/adam.js';
import { softmaxCrossEntropyValues } from './topics/softmax-cross-entropy.js';
import { weightDecayValues } from './topics/weight-decay.js';
import { xorValues } from './topics/xor.js';

export type LessonParameters = Record<string, number>;
export type LessonValues = Record<string, string>;

/**
 * One number style for every lesson: exactly 0 as "0", a Unicode minus, 4 (or 5) decimals from 0.001 up, and
 * 2.1·10⁻⁹ below 0.001 or from 10⁴ (never 0.000001000 or 4.1·10⁻¹).
 */
export const lessonNumber = (x: number, decimals = 4): string => {
  if (x === 0) return '0';
  const size = Math.abs(x);
  const text = size < 1e-3 || size >= 1e4 ? sci(x) : formatNumber(x, decimals);
  return text.replace(/-/g, '−');
};
const f4 = (x: number): string => lessonNumber(x, 4);
const f5 = (x: number): string => lessonNumber(x, 5);
const percent = (fraction: number): string => `${(100 * fraction).toFixed(1)}%`;
/** A plain integer or short decimal as the user typed it (256, 1.5). */
const plain = (x: number): string => String(Number(x.toPrecision(6))).replace('-', '−');
/** 6.7·10⁸: scientific notation as a textbook writes it. */
export function sci(x: number): string {
  const [mantissa, exponent] = x.toExponential(1).split('e') as [string, string];
  return timesTenTo(mantissa, exponent);
}

const param = (p: LessonParameters, name: string): number => {
  const value = p[name];
  if (value === undefined) throw new Error(`lesson parameter ${name} missing`);
  return value;
};

function backprop(p: LessonParameters): LessonValues {
  const lr = param(p, 'lr');
  const trace = notesNetTrace(lr);
  const out = trace.out[1]!;
  const dEdOut = trace.dE_dOut[1]!;
  const delta = trace.delta[1]!;
  const updatedOutputBias = trace.updatedBiases[1]!;
  return {
    lr: plain(lr),
    o1: f5(out[0]!),
    o2: f5(out[1]!),
    loss: f5(trace.loss),
    dE_do1: f5(dEdOut[0]!),
    dE_do2: f5(dEdOut[1]!),
    delta_o1: f5(delta[0]!),
    h1: f5(trace.out[0]![0]!),
    grad_w5: f5(trace.gradWeights[1]![0]![0]!),
    w5_new: f5(trace.updatedWeights[1]![0]![0]!),
    b2_new: f5(typeof updatedOutputBias === 'number' ? updatedOutputBias : updatedOutputBias[0]!),
    loss_after: f5(trace.lossAfterStep),
  };
}

function logregVsPerceptron(p: LessonParameters): LessonValues {
  const z = param(p, 'z');
  return { z: plain(z), step: z > 0 ? '1' : '0', p: f4(activate('sigmoid', [z])[0]!) };
}

function mseVsCe(p: LessonParameters): LessonValues {
  const yHat = param(p, 'y_hat');
  const ce = lossValue('bce', [yHat], [1]).loss;
  const mse = lossValue('sse', [yHat], [1]).loss; // one sample: (y − ŷ)²
  const dCe = lossGradient('bce', [yHat], [1])[0]!;
  const dMse = lossGradient('sse', [yHat], [1])[0]!;
  const sigmoidSlope = yHat * (1 - yHat);
  return {
    y_hat: plain(yHat),
    ce: f4(ce),
    mse: f4(mse),
    dce_dyhat: f4(dCe),
    dmse_dyhat: f4(dMse),
    dce_dz: f4(dCe * sigmoidSlope),
    dmse_dz: f4(dMse * sigmoidSlope),
    ratio: Math.abs(dCe / dMse).toFixed(1),
  };
}

/** Numbers of the deep-net figure shared by the three initialisation lessons. */
function deepNetValues(): LessonValues {
  const last = DEEP_NET.depth - 1;
  const tanhHe = deepNet('tanh', 'he_normal');
  return {
    width: String(DEEP_NET.width),
    relu_normal_last: f4(deepNet('relu', 'standard_normal').activationStd[last]!),
    relu_he_first: f4(deepNet('relu', 'he_normal').activationStd[0]!),
    tanh_he_last: f4(tanhHe.activationStd[last]!),
    tanh_he_saturated: percent(tanhHe.saturatedFraction[last]!),
    relu_xavier_last: f4(deepNet('relu', 'xavier_normal').activationStd[last]!),
    relu_he_last: f4(deepNet('relu', 'he_normal').activationStd[last]!),
    tanh_normal_saturated: percent(deepNet('tanh', 'standard_normal').saturatedFraction[last]!),
    tanh_xavier_last: f4(deepNet('tanh', 'xavier_normal').activationStd[last]!),
  };
}

function xavier(p: LessonParameters): LessonValues {
  const fanIn = param(p, 'fan_in');
  const fanOut = param(p, 'fan_out');
  return {
    ...deepNetValues(),
    fan_in: plain(fanIn),
    fan_out: plain(fanOut),
    fan_sum: plain(fanIn + fanOut),
    xavier_std: f4(initStd('xavier_normal', fanIn, fanOut)),
    xavier_limit: f4(xavierUniformLimit(fanIn, fanOut)),
  };
}

function he(p: LessonParameters): LessonValues {
  const fanIn = param(p, 'fan_in');
  return { ...deepNetValues(), fan_in: plain(fanIn), he_std: f4(initStd('he_normal', fanIn, fanIn)) };
}

function lecun(p: LessonParameters): LessonValues {
  const fanIn = param(p, 'fan_in');
  return { ...deepNetValues(), fan_in: plain(fanIn), lecun_std: f4(initStd('lecun_normal', fanIn, fanIn)) };
}

function zeroInit(): LessonValues {
  const zero = symmetry('zeros');
  const random = symmetry('xavier_normal');
  const final = zero.hiddenWeights.at(-1)!;
  return {
    steps: String(zero.hiddenWeights.length - 1),
    zero_w1: f4(final[0]![0]!),
    zero_w2: f4(final[0]![1]!),
    zero_difference: f4(zero.largestDifference),
    random_difference: f4(random.largestDifference),
  };
}

function sigmoidVsRelu(p: LessonParameters): LessonValues {
  const z = param(p, 'z');
  const out = activate('sigmoid', [z]);
  return {
    z: plain(z),
    sigma: f4(out[0]!),
    sigma_prime: f4(activationDerivative('sigmoid', [z], out)[0]!),
    relu_prime: String(activationDerivative('relu', [z], activate('relu', [z]))[0]!),
  };
}

function vanishingGradient(p: LessonParameters): LessonValues {
  const layers = param(p, 'layers');
  const ratio = (activation: 'sigmoid' | 'relu', scheme: 'xavier_normal' | 'he_normal'): number => {
    const g = deepNetWithGradients(activation, scheme, layers).weightGradientRms;
    return g[0]! / g.at(-1)!;
  };
  // Between layer 1 and the top there are L − 1 σ′ factors: the bound and the measured ratio are the same quantity.
  return {
    layers: plain(layers),
    factors: plain(layers - 1),
    bound: f4(0.25 ** (layers - 1)),
    sigmoid_ratio: f4(ratio('sigmoid', 'xavier_normal')),
    relu_ratio: f4(ratio('relu', 'he_normal')),
  };
}

function dyingRelu(p: LessonParameters): LessonValues {
  const lr = param(p, 'lr');
  const fraction = deadReluFraction(lr);
  return {
    lr: plain(lr),
    dead_units: String(Math.round(fraction * DEAD_RELU_UNITS)),
    units: String(DEAD_RELU_UNITS),
    dead_percent: percent(fraction),
    negative_outgoing: String(negativeOutgoingWeights()),
  };
}

function pruningValues(p: LessonParameters): LessonValues {
  const curve = pruning();
  const k = Math.round(param(p, 'fraction') * curve.weightCount);
  return {
    fraction: plain(param(p, 'fraction')),
    pruned: String(k),
    weights: String(curve.weightCount),
    base_loss: f4(curve.baseLoss),
    magnitude_increase: f4(curve.lossIncrease.magnitude[k]!),
    obd_increase: f4(curve.lossIncrease.obd[k]!),
    obd_predicted: f4(curve.predictedIncrease[k]!),
  };
}

const VALUES: Record<string, (p: LessonParameters) => LessonValues> = {
  backprop,
  'logreg-vs-perceptron': logregVsPerceptron,
  'mse-vs-ce': mseVsCe,
  xavier,
  he,
  lecun,
  'zero-init': zeroInit,
  'sigmoid-vs-relu': sigmoidVsRelu,
  'vanishing-gradient': vanishingGradient,
  'dying-relu': dyingRelu,
  'sparse-connections': pruningValues,
  pruning: pruningValues,
  obd: pruningValues,
  'batch-vs-sgd': batchVsSgdValues,
  momentum: momentumValues,
  adam: adamValues,
  'softmax-cross-entropy': softmaxCrossEntropyValues,
  xor: xorValues,
  'weight-decay': weightDecayValues,
};

/** The values of {{placeholders}} of a topic for these parameters (every parameter already validated). */
export function lessonValues(topic: string, parameters: LessonParameters): LessonValues {
  return VALUES[topic]?.(parameters) ?? {};
}
