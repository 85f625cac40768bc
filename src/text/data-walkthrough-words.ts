// The words of the data-set walkthrough (the first optimizer step on a batch), in English and Persian.
import type { Locale } from '../dispatch/types.js';

export interface DataWalkthroughWords {
  title: string;
  dataLine: (x: { samples: number; batch: number; reduction: string; optimizer: string }) => string;
  batchTitle: (x: { from: number; to: number; samples: number }) => string;
  sample: (x: { number: number }) => string;
  forward: string;
  ownLoss: string;
  ownGradient: string;
  othersSameWay: (count: number) => string;
  batchGradient: string;
  meanOf: (count: number) => string;
  sumOf: string;
  penalty: string;
  update: (optimizer: string) => string;
  rule: string;
  firstStepState: string;
  notUpdated: string;
  /** Said instead of notUpdated when every bias is 0 and none is updated. */
  noBiases: string;
  afterStep: string;
  sampleLosses: string;
  largestBatchGradients: (meanOver: number) => string;
  dataSetLoss: string;
  before: string;
  change: string;
  whatTrainDoes: (x: { steps: number; epochs: number; perEpoch: number; command: string }) => string;
}

export const dataWalkthroughWords: Record<Locale, DataWalkthroughWords> = {
  en: {
    title: 'Backpropagation on a data set: the first step',
    dataLine: (x) =>
      `${x.samples} samples · batch of ${x.batch} · the batch loss is the ${x.reduction} of the samples' losses · optimizer ${x.optimizer}`,
    batchTitle: (x) =>
      x.from === x.to
        ? `The first batch: sample ${x.from} of ${x.samples}`
        : `The first batch: samples ${x.from}–${x.to} of ${x.samples}`,
    sample: (x) => `Sample ${x.number}`,
    forward: 'forward pass with the initial weights',
    ownLoss: "this sample's loss",
    ownGradient: "this sample's own gradient (δ, then ∂E/∂w = δ·input)",
    othersSameWay: (count) =>
      `The other ${count} samples of the batch go the same way; their gradients are in the sums below.`,
    batchGradient: "The batch gradient: the samples' gradients combined",
    meanOf: (count) => `The mean of the ${count} samples' gradients`,
    sumOf: "The sum of the samples' gradients",
    penalty: 'plus the L2 term λ·w on each weight',
    update: (optimizer) => `The update (${optimizer})`,
    rule: 'rule',
    firstStepState: "the optimizer's state after this first step (t = 1)",
    notUpdated: 'The biases are not updated (update biases: no).',
    noBiases: 'This network has no biases.',
    afterStep: 'After the first step: the loss over the whole data set',
    sampleLosses: "Each sample's loss with the initial weights",
    largestBatchGradients: (meanOver) =>
      meanOver > 0
        ? `Batch gradient (the mean of ${meanOver} samples' gradients), largest`
        : "Batch gradient (the sum of the samples' gradients), largest",
    dataSetLoss: 'Loss over the data set',
    before: 'before',
    change: 'change',
    whatTrainDoes: (x) =>
      `This is the first of ${x.steps} steps (${x.epochs} epochs × ${x.perEpoch} ${x.perEpoch === 1 ? 'batch' : 'batches'} per epoch). \`${x.command}\` runs all of them and shows the loss curve per epoch, the accuracy and, for 2 inputs, the decision boundary as it changes over training.`,
  },
  fa: {
    title: 'پس‌انتشار روی یک مجموعه‌داده: گام نخست',
    dataLine: (x) =>
      `${x.samples} نمونه · دسته‌ای از ${x.batch} نمونه · خطای دسته ${x.reduction === 'sum' ? 'مجموع' : 'میانگین'} خطای نمونه‌هاست · بهینه‌ساز ${x.optimizer}`,
    batchTitle: (x) =>
      x.from === x.to
        ? `دستهٔ نخست: نمونهٔ ${x.from} از ${x.samples}`
        : `دستهٔ نخست: نمونه‌های ${x.from} تا ${x.to} از ${x.samples}`,
    sample: (x) => `نمونهٔ ${x.number}`,
    forward: 'گذر رو به جلو با وزن‌های آغازین',
    ownLoss: 'خطای این نمونه',
    ownGradient: 'گرادیان خودِ این نمونه (δ، سپس ∂E/∂w = δ·ورودی)',
    othersSameWay: (count) =>
      `${count} نمونهٔ دیگرِ دسته هم به همین ترتیب پیش می‌روند؛ گرادیانشان در مجموع‌های زیر آمده است.`,
    batchGradient: 'گرادیان دسته: ترکیب گرادیان‌های نمونه‌ها',
    meanOf: (count) => `میانگین گرادیان‌های ${count} نمونه`,
    sumOf: 'مجموع گرادیان‌های نمونه‌ها',
    penalty: 'به‌علاوهٔ جملهٔ L2 یعنی λ·w روی هر وزن',
    update: (optimizer) => `به‌روزرسانی با ${optimizer}`,
    rule: 'قاعده',
    firstStepState: 'وضعیت بهینه‌ساز پس از همین گام نخست (t = 1)',
    notUpdated: 'بایاس‌ها به‌روز نمی‌شوند (update biases: no).',
    noBiases: 'این شبکه بایاس ندارد.',
    afterStep: 'پس از گام نخست: خطا روی همهٔ داده‌ها',
    sampleLosses: 'خطای هر نمونه با وزن‌های آغازین',
    largestBatchGradients: (meanOver) =>
      meanOver > 0
        ? `گرادیان دسته (میانگین گرادیان‌های ${meanOver} نمونه)، بزرگ‌ترین‌ها`
        : 'گرادیان دسته (مجموع گرادیان‌های نمونه‌ها)، بزرگ‌ترین‌ها',
    dataSetLoss: 'خطا روی همهٔ داده‌ها',
    before: 'پیش از آن',
    change: 'تغییر',
    whatTrainDoes: (x) =>
      `این نخستین گام از ${x.steps} گام است (${x.epochs} دوره × ${x.perEpoch} دسته در هر دوره). فرمان \`${x.command}\` همهٔ گام‌ها را اجرا می‌کند و نمودار خطا در هر دوره، دقت و، اگر ورودی‌ها دو تا باشند، تغییر مرز تصمیم در طول آموزش را نشان می‌دهد.`,
  },
};
