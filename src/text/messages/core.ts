// Messages of the core (spec validation, numerical problems), in English and Persian.
import { specMessagesEn } from '../../core/spec-messages.js';
import { ltr } from '../bidi.js';
import type { MessageParams, Messages } from '../i18n.js';
import { persianCount } from '../line-list.js';

const code = (s: string | number | undefined) => ltr(String(s ?? ''));
const didYouMean = (p: MessageParams) => (p.hint ? ` (منظورتان ${code(p.hint)} بود؟)` : '');

const specMessagesFa: Record<keyof typeof specMessagesEn, (p: MessageParams) => string> = {
  'spec.not_object': () => `مشخصات شبکه باید یک شیء JSON باشد، مانند ${code('{"layers": [2, 2, 2], …}')}.`,
  'spec.missing_field': (p) => `فیلد ${code(p.field)} وجود ندارد؛ انتظار می‌رفت: ${code(p.expected)}.`,
  'spec.unknown_field': (p) =>
    `${code(p.field)} فیلدی از مشخصات شبکه نیست${didYouMean(p)}. فیلدهای شناخته‌شده: ${code(p.known)}.`,
  'spec.wrong_type': (p) =>
    `${code(p.field)} باید ${code(p.expected)} باشد، اما ${code(p.got)} داده شده است.`,
  'spec.not_finite': (p) => `${code(p.field)} باید یک عدد متناهی باشد، اما ${code(p.got)} داده شده است.`,
  'spec.layers_too_few': (p) =>
    `${code('layers')} باید دست‌کم ۲ لایه (ورودی و خروجی) داشته باشد، مانند ${code('[2, 2, 2]')}؛ داده‌شده: ${code(p.got)}.`,
  'spec.layer_size': (p) =>
    `${code(`layers[${p.index}]`)} باید عددی صحیح و دست‌کم ${code(1)} باشد، اما ${code(p.got)} است.`,
  'spec.limit_layers': (p) =>
    `شبکه ${persianCount(p.got)} لایه دارد؛ سقف مجاز ${persianCount(p.limit)} لایه است.`,
  'spec.limit_units': (p) =>
    `لایهٔ ${code(p.layer)} ${persianCount(p.got)} نورون دارد؛ سقف مجاز ${persianCount(p.limit)} نورون در هر لایه است.`,
  'spec.limit_weights': (p) =>
    `شبکه ${persianCount(p.got)} وزن دارد؛ سقف مجاز ${persianCount(p.limit)} وزن است.`,
  'spec.limit_steps': (p) =>
    `${code('steps')} باید عددی صحیح از ${code(1)} تا ${code(p.limit)} باشد، اما ${code(p.got)} است.`,
  'spec.activations_count': (p) =>
    `${code('activations')} باید یک نام برای همهٔ لایه‌های غیرورودی یا فهرستی از ${code(p.expected)} نام (یکی برای هر لایه) باشد، اما ${code(p.got)} نام داده شده است.`,
  'spec.unknown_activation': (p) =>
    `${code(p.field)}: تابع فعال‌سازی ناشناخته ${code(p.got)}${didYouMean(p)}. تابع‌های شناخته‌شده: ${code(p.known)}.`,
  'spec.softmax_hidden': (p) =>
    `${code(p.field)}: ${code('softmax')} فقط در لایهٔ خروجی (لایهٔ ${code(p.outputLayer)}) مجاز است؛ برای لایهٔ پنهان ${code(p.layer)} از ${code(p.allowed)} استفاده کنید.`,
  'spec.softmax_single_unit': (p) =>
    `${code(p.field)}: ${code('softmax')} روی یک نورون خروجی همیشه ${code(1)} می‌دهد و چیزی یاد نمی‌گیرد؛ برای یک خروجی از ${code('sigmoid')} استفاده کنید یا لایهٔ خروجی را دست‌کم ۲ نورونی کنید.`,
  'spec.unknown_loss': (p) =>
    `${code('loss')}: تابع هزینهٔ ناشناخته ${code(p.got)}${didYouMean(p)}. شناخته‌شده‌ها: ${code(p.known)}.`,
  'spec.weights_count': (p) =>
    `${code('weights')} باید ${code(p.expected)} ماتریس داشته باشد (یکی برای هر دو لایهٔ مجاور)، اما ${code(p.got)} ماتریس دارد.`,
  'spec.weights_shape': (p) =>
    `${code(`weights[${p.index}]`)} باید ${persianCount(p.rows)} سطر (نورون‌های لایهٔ ${code(p.toLayer)}) × ${code(p.cols)} ستون (نورون‌های لایهٔ ${code(p.fromLayer)}) باشد، اما ${code(p.got)} است.`,
  'spec.biases_count': (p) =>
    `${code('biases')} باید ${code(p.expected)} مقدار داشته باشد (برای هر لایهٔ غیرورودی یک عدد مشترک یا یک عدد برای هر نورون)، اما ${code(p.got)} دارد.`,
  'spec.bias_shape': (p) =>
    `${code(`biases[${p.index}]`)} باید یک عدد (مشترک در لایهٔ ${code(p.layer)}) یا ${persianCount(p.expected)} عدد (یکی برای هر نورون) باشد، اما ${code(p.got)} است.`,
  'spec.input_size': (p) =>
    `${code('input')} باید ${code(p.expected)} مقدار (نورون‌های لایهٔ ورودی) داشته باشد، اما ${code(p.got)} دارد.`,
  'spec.target_size': (p) =>
    `${code('target')} باید ${code(p.expected)} مقدار (نورون‌های لایهٔ خروجی) داشته باشد، اما ${code(p.got)} دارد.`,
  'spec.loss_needs_probabilities': (p) =>
    `تابع هزینهٔ ${persianCount(p.loss)} خروجی‌هایی بین ${code(0)} و ${code(1)} لازم دارد: در لایهٔ خروجی از ${code('sigmoid')} یا ${code('softmax')} استفاده کنید، نه ${code(p.activation)}.`,
  'spec.target_range': (p) =>
    `${code(`target[${p.index}]`)} برابر ${code(p.got)} است، اما تابع هزینهٔ ${persianCount(p.loss)} هدف‌هایی بین ${code(0)} و ${code(1)} لازم دارد.`,
  'spec.learning_rate': (p) =>
    `نرخ یادگیری (${code('learningRate')}) باید عددی بزرگ‌تر یا مساوی صفر باشد، اما ${code(p.got)} است.`,
  'spec.data_and_sample': () =>
    `${code('data')} جای ${code('input')} و ${code('target')} را می‌گیرد: یا نمونه‌ها را زیر ${code('data')} بدهید یا یک ورودی و هدف، نه هر دو را.`,
  'spec.limit_samples': (p) =>
    `${code('data')} باید از ${code(1)} تا ${persianCount(p.limit)} نمونه داشته باشد، اما ${persianCount(p.got)} نمونه دارد.`,
  'spec.sample_input_size': (p) =>
    `${code(`data[${p.index}].input`)} باید ${code(p.expected)} مقدار (نورون‌های لایهٔ ورودی) داشته باشد، اما ${code(p.got)} دارد.`,
  'spec.sample_target_size': (p) =>
    `${code(`data[${p.index}].target`)} باید ${code(p.expected)} مقدار (نورون‌های لایهٔ خروجی) داشته باشد، اما ${code(p.got)} دارد.`,
  'spec.sample_target_range': (p) =>
    `${code(`data[${p.index}].target[${p.unit}]`)} برابر ${code(p.got)} است، اما تابع هزینهٔ ${persianCount(p.loss)} هدف‌هایی بین ${code(0)} و ${code(1)} لازم دارد.`,
  'spec.steps_with_data': () =>
    `با داده‌ها، تعداد گذرها روی نمونه‌ها ${code('epochs')} است، نه ${code('steps')} (مثلاً ${code('"epochs": 100')}).`,
  'spec.epochs_without_data': () =>
    `${code('epochs')} و ${code('batchSize')} مجموعه‌داده (${code('data')}) لازم دارند؛ با یک نمونه، ${code('steps')} تعداد گام‌های SGD است.`,
  'spec.limit_epochs': (p) =>
    `${code('epochs')} باید عددی صحیح از ${code(1)} تا ${code(p.limit)} باشد، اما ${code(p.got)} است.`,
  'spec.batch_size': (p) =>
    `${code('batchSize')} باید عددی صحیح از ${code(1)} تا تعداد نمونه‌ها (${code(p.samples)}) باشد، اما ${code(p.got)} است.`,
  'spec.unknown_optimizer': (p) =>
    `${code('optimizer')}: بهینه‌ساز ناشناخته ${code(p.got)}${didYouMean(p)}. شناخته‌شده‌ها: ${code(p.known)}.`,
  'spec.unknown_reduction': (p) =>
    `${code('reduction')} باید ${code('mean')} یا ${code('sum')} باشد، اما ${code(p.got)} است.`,
  'spec.hyper_unused': (p) =>
    `${code(p.field)} تنظیمِ ${code(p.users)} است، نه بهینه‌ساز ${code(p.optimizer)}: آن را حذف کنید یا یکی از آن بهینه‌سازها را برگزینید.`,
  'spec.hyper_range': (p) => `${code(p.field)} باید ${code(p.range)} باشد، اما ${code(p.got)} است.`,
  'spec.l2_range': (p) =>
    `${code('l2')} (${code('λ')}) باید عددی بزرگ‌تر یا مساوی صفر باشد، اما ${code(p.got)} است.`,
};

const specEntries: Messages = Object.fromEntries(
  Object.entries(specMessagesEn).map(([id, en]) => [
    id,
    { en, fa: specMessagesFa[id as keyof typeof specMessagesEn] },
  ]),
);

/** Numerical problems of a trace (NumericIssue ids), explained. Params: where, unit (1-based), step. */
const numericEntries: Messages = {
  'numeric.loss_log_zero': {
    en: (p) =>
      `The ${p.where} takes ln(0) = −∞: an output that the loss needs strictly between 0 and 1 reached exactly 0 or 1.`,
    fa: (p) =>
      `مقدار ${p.where} به ${code('ln(0) = −∞')} می‌رسد: خروجی‌ای که تابع هزینه باید اکیداً بین ${code(0)} و ${code(1)} باشد دقیقاً ${code(0)} یا ${code(1)} شده است.`,
  },
  'numeric.loss_overflow': {
    en: (p) =>
      `The ${p.where} overflowed to ∞: the outputs are too far from the targets for 64-bit floating point.`,
    fa: (p) =>
      `مقدار ${p.where} سرریز کرد و ${code('∞')} شد: خروجی‌ها برای ممیز شناور ۶۴ بیتی بیش از حد از هدف‌ها دورند.`,
  },
  'numeric.non_finite_value': {
    en: (p) =>
      `A value in the ${p.where} is not finite (∞ or NaN): weights or inputs are too large, so these numbers are meaningless.`,
    fa: (p) =>
      `مقداری در ${p.where} متناهی نیست (${code('∞')} یا ${code('NaN')}): وزن‌ها یا ورودی‌ها بیش از حد بزرگ‌اند و این اعداد بی‌معنا هستند.`,
  },
  'numeric.output_saturated': {
    en: (p) =>
      `Output o${p.unit} is exactly 0 or 1 in floating point (saturated), so ln of it would be −∞; the loss was computed exactly from the pre-activation instead. A saturated unit learns slowly.`,
    fa: (p) =>
      `خروجی ${code(`o${p.unit}`)} در ممیز شناور دقیقاً ${code(0)} یا ${code(1)} شده (اشباع)، پس لگاریتم آن ${code('−∞')} می‌شد؛ خطا به‌جای آن دقیقاً از ورودی خالص محاسبه شد. نورون اشباع‌شده کند یاد می‌گیرد.`,
  },
  'numeric.training_diverged': {
    en: (p) =>
      `Training stopped at step ${p.step}: the loss stopped being a finite number (the learning rate is probably too large).`,
    fa: (p) =>
      `آموزش در گام ${code(p.step)} متوقف شد: خطا دیگر عددی متناهی نبود (احتمالاً نرخ یادگیری بیش از حد بزرگ است).`,
  },
};

export const coreMessages: Messages = { ...specEntries, ...numericEntries };
