// The words of the walkthrough, in English and Persian (formulas stay the same in both).
import type { NumericIssue } from '../core/types.js';
import type { Locale } from '../dispatch/types.js';
import { describeNumericIssue } from './numeric-issue.js';

export interface WalkthroughWords {
  title: string;
  forward: string;
  loss: string;
  backward: string;
  outputLayer: string;
  hiddenLayer: string;
  update: string;
  afterStep: string;
  training: string;
  step: string;
  steps: string;
  stepSingular: string;
  /** "1 step", «یک گام»: Persian writes the word, not the digit. */
  oneStep: string;
  final: string;
  before: string;
  change: string;
  terms: string;
  network: string;
  activations: string;
  lossName: string;
  sharedBiases: string;
  perUnitBiases: string;
  mixedBiases: string;
  updated: string;
  notUpdated: string;
  sharedBias: string;
  biasesNotUpdated: string;
  /** The header part and the update section's sentence for a network without biases. */
  noBiases: string;
  noBiasesSentence: string;
  softmaxCrossEntropy: string;
  sigmoidBce: string;
  softmaxJacobian: string;
  numericNotes: string;
  numericIssue: (issue: NumericIssue) => string;
}

function numericIssue(locale: Locale) {
  return (issue: NumericIssue): string => describeNumericIssue(issue, locale);
}

export const walkthroughWords: Record<Locale, WalkthroughWords> = {
  en: {
    title: 'Backpropagation, step by step',
    forward: 'Forward pass',
    loss: 'Loss',
    backward: 'Backward pass',
    outputLayer: 'Output layer',
    hiddenLayer: 'Hidden layer',
    update: 'Update',
    afterStep: 'After one step',
    training: 'Training',
    step: 'step',
    steps: 'steps',
    stepSingular: 'step',
    oneStep: '1 step',
    final: 'after the last step',
    before: 'before',
    change: 'change',
    terms: 'terms',
    network: 'Network',
    activations: 'activations',
    lossName: 'loss',
    sharedBiases: 'one bias shared per layer',
    perUnitBiases: 'one bias per unit',
    mixedBiases: 'shared and per-unit biases',
    updated: 'updated',
    notUpdated: 'not updated',
    sharedBias: 'the bias is shared by the layer, so its gradient sums the layer’s deltas',
    biasesNotUpdated: 'The biases are not updated (updateBiases: false).',
    noBiases: 'no biases',
    noBiasesSentence: 'This network has no biases.',
    softmaxCrossEntropy: 'softmax with cross-entropy: the Jacobian and ∂E/∂out combine into this',
    sigmoidBce: 'sigmoid with binary cross-entropy: σ′ cancels the denominator of ∂E/∂out',
    softmaxJacobian: 'every softmax output depends on every net input',
    numericNotes: 'Numerical notes',
    numericIssue: numericIssue('en'),
  },
  fa: {
    title: 'پس‌انتشار خطا، گام به گام',
    forward: 'گذر رو به جلو',
    loss: 'تابع هزینه',
    backward: 'گذر رو به عقب',
    outputLayer: 'لایهٔ خروجی',
    hiddenLayer: 'لایهٔ پنهان',
    update: 'به‌روزرسانی وزن‌ها',
    afterStep: 'پس از یک گام',
    training: 'آموزش',
    step: 'گام',
    steps: 'گام',
    stepSingular: 'گام',
    oneStep: 'یک گام',
    final: 'پس از آخرین گام',
    before: 'پیش از آن',
    change: 'تغییر',
    terms: 'جمله',
    network: 'شبکه',
    activations: 'توابع فعال‌سازی',
    lossName: 'تابع هزینه',
    sharedBiases: 'یک بایاس مشترک برای هر لایه',
    perUnitBiases: 'یک بایاس برای هر نورون',
    mixedBiases: 'بایاس‌های مشترک و جداگانه',
    updated: 'به‌روز می‌شوند',
    notUpdated: 'به‌روز نمی‌شوند',
    sharedBias: 'بایاس در کل لایه مشترک است، پس گرادیانش مجموع δهای لایه است',
    biasesNotUpdated: 'بایاس‌ها به‌روز نمی‌شوند (در تعریف شبکه: `update biases: no`).',
    noBiases: 'بدون بایاس',
    noBiasesSentence: 'این شبکه بایاس ندارد.',
    softmaxCrossEntropy: 'سافت‌مکس با آنتروپی متقاطع: ژاکوبین و ∂E/∂out در این رابطه ساده می‌شوند',
    sigmoidBce: 'سیگموید با آنتروپی متقاطع دودویی: σ′ مخرج ∂E/∂out را حذف می‌کند',
    softmaxJacobian: 'هر خروجی سافت‌مکس به همهٔ ورودی‌های خالص بستگی دارد',
    numericNotes: 'نکته‌های عددی',
    numericIssue: numericIssue('fa'),
  },
};
