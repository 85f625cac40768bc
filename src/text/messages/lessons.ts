// Messages of the lessons area (/explain and its figures), in English and Persian.
// Persian text keeps numbers, names and formulas left-to-right: callers pass them through ltr() or code spans.
import { ltr as l } from '../bidi.js';
import type { Messages } from '../i18n.js';
import { persianCount } from '../line-list.js';

const p = (params: Record<string, string | number>, key: string): string => String(params[key] ?? '');
/** A list written with the Persian comma. */
const list = (params: Record<string, string | number>, key: string): string =>
  p(params, key).replace(/, /g, '، ');

export const lessonsMessages: Messages = {
  // --- finding a topic and checking its parameters
  'lessons.no_topic': {
    en: (x) => `Which topic? For example \`/explain xavier\`. Topics: ${p(x, 'topics')}.`,
    fa: (x) => `کدام مبحث؟ برای نمونه \`/explain xavier\`. مبحث‌ها: ${list(x, 'topics')}.`,
  },
  'lessons.unknown_topic': {
    en: (x) =>
      `I have no lesson called \`${p(x, 'topic')}\`.${x.suggestion ? ` Did you mean \`${p(x, 'suggestion')}\`?` : ''} Topics: ${p(x, 'topics')}.`,
    fa: (x) =>
      `درسی به نام \`${p(x, 'topic')}\` ندارم.${x.suggestion ? ` منظورتان \`${p(x, 'suggestion')}\` بود؟` : ''} مبحث‌ها: ${list(x, 'topics')}.`,
  },
  'lessons.parameter_not_for_topic': {
    en: (x) =>
      `The lesson \`${p(x, 'topic')}\` has no parameter \`${p(x, 'parameter')}\`; it takes ${p(x, 'accepted')}.`,
    fa: (x) =>
      `درس \`${p(x, 'topic')}\` پارامتری به نام \`${p(x, 'parameter')}\` ندارد؛ پارامترهایش: ${list(x, 'accepted')}.`,
  },
  'lessons.topic_takes_no_parameters': {
    en: (x) =>
      `The lesson \`${p(x, 'topic')}\` takes no parameters, so \`${p(x, 'parameter')}\` has nothing to change.`,
    fa: (x) => `درس \`${p(x, 'topic')}\` پارامتری نمی‌گیرد؛ \`${p(x, 'parameter')}\` چیزی را تغییر نمی‌دهد.`,
  },
  'lessons.parameter_out_of_range': {
    en: (x) =>
      `\`${p(x, 'parameter')}\` must be between ${p(x, 'min')} and ${p(x, 'max')} for \`${p(x, 'topic')}\`, got ${p(x, 'value')}.`,
    fa: (x) =>
      `در درس \`${p(x, 'topic')}\` مقدار \`${p(x, 'parameter')}\` باید بین ${p(x, 'min')} و ${p(x, 'max')} باشد، ولی ${p(x, 'value')} داده شد.`,
  },
  'lessons.parameter_not_integer': {
    en: (x) => `\`${p(x, 'parameter')}\` is a count, so it must be a whole number; got ${p(x, 'value')}.`,
    fa: (x) => `\`${p(x, 'parameter')}\` یک تعداد است و باید عدد صحیح باشد، ولی ${p(x, 'value')} داده شد.`,
  },
  'lessons.bad_lesson_file': {
    en: (x) => `A lesson file is broken (${p(x, 'file')}): ${p(x, 'message')}`,
    fa: (x) => `یکی از فایل‌های درس خراب است (${p(x, 'file')}): ${p(x, 'message')}`,
  },
  // --- the reply
  'lessons.your_numbers': {
    en: (x) => `Your numbers: ${p(x, 'values')}`,
    fa: (x) => `عددهای شما: ${p(x, 'values')}`,
  },
  'lessons.button.more': { en: 'More: derivations', fa: 'بیشتر: اثبات‌ها' },
  'lessons.more_button': {
    en: 'Derivations and details: press “More” (only you will see them).',
    fa: 'اثبات‌ها و جزئیات: دکمهٔ «بیشتر» را بزنید (فقط برای شما نمایش داده می‌شود).',
  },
  'lessons.more_continued': {
    en: (p) => `…the rest is in the attached file \`${p.file}\`.`,
    fa: (p) => `…ادامه در فایل پیوست ${'`'}${p.file}${'`'} آمده است.`,
  },
  'lessons.more_attached': {
    en: 'Derivations and details: see the attached file.',
    fa: 'اثبات‌ها و جزئیات بیشتر در فایل پیوست آمده است.',
  },
  'lessons.figure_alt': {
    en: (x) => `Figure for the lesson “${p(x, 'title')}”, computed for your parameters.`,
    fa: (x) => `نمودار درس «${p(x, 'title')}»، محاسبه‌شده با پارامترهای شما.`,
  },
  'lessons.figure_failed': {
    en: 'The figure could not be drawn this time; the lesson is complete without it.',
    fa: 'این بار رسم نمودار ممکن نشد؛ متن درس بدون آن هم کامل است.',
  },
  // --- figure titles, axes and legends
  'lessons.figure.value': { en: 'value', fa: 'مقدار' },
  'lessons.figure.sigmoid_title': {
    en: 'Sigmoid σ and its derivative σ′',
    fa: `سیگموید ${l('σ')} و مشتق آن ${l('σ′')}`,
  },
  'lessons.figure.relu_title': { en: 'ReLU and its derivative', fa: 'ReLU و مشتق آن' },
  'lessons.figure.sigmoid_max': { en: 'max σ′(0) = 0.25', fa: `بیشینه: ${l('σ′(0) = 0.25')}` },
  'lessons.figure.derivatives_title': {
    en: 'Activation functions and their derivatives',
    fa: 'توابع فعال‌سازی و مشتق آن‌ها',
  },
  'lessons.figure.perceptron_title': {
    en: 'One score, two outputs: perceptron vs logistic regression',
    fa: 'یک امتیاز، دو خروجی: پرسپترون و رگرسیون لجستیک',
  },
  'lessons.figure.score': { en: 'score z = w·x + b', fa: `امتیاز ${l('z = w·x + b')}` },
  'lessons.figure.output': { en: 'output', fa: 'خروجی' },
  'lessons.figure.perceptron_series': { en: 'perceptron: step(z)', fa: 'پرسپترون: تابع پله‌ای' },
  'lessons.figure.logistic_series': { en: 'logistic: p = σ(z)', fa: `لجستیک: ${l('p = σ(z)')}` },
  'lessons.figure.boundary': {
    en: 'boundary: z = 0, p = 0.5',
    fa: `مرز تصمیم: ${l('z = 0')} و ${l('p = 0.5')}`,
  },
  'lessons.figure.ce': { en: 'cross-entropy', fa: 'آنتروپی متقاطع' },
  'lessons.figure.mse': { en: 'squared error', fa: 'مربع خطا' },
  'lessons.figure.loss_panel': {
    en: (x) => `loss, y = ${p(x, 'y')}`,
    fa: (x) => `تابع هزینه، ${l(`y = ${p(x, 'y')}`)}`,
  },
  'lessons.figure.gradient_panel': {
    en: (x) => `gradient ∂L/∂z, y = ${p(x, 'y')}`,
    fa: (x) => `گرادیان ${l('∂L/∂z')}، ${l(`y = ${p(x, 'y')}`)}`,
  },
  'lessons.figure.loss_title': {
    en: 'Cross-entropy vs squared error on one sigmoid output ŷ = σ(z)',
    fa: `آنتروپی متقاطع و مربع خطا روی یک خروجی سیگموید ${l('ŷ = σ(z)')}`,
  },
  'lessons.figure.tanh_net': { en: 'tanh net', fa: 'شبکهٔ tanh' },
  'lessons.figure.relu_net': { en: 'ReLU net', fa: 'شبکهٔ ReLU' },
  'lessons.figure.layer': { en: 'layer', fa: 'لایه' },
  'lessons.figure.activation_std': { en: 'std of activations', fa: 'انحراف معیار فعال‌سازی‌ها' },
  'lessons.figure.init_title': {
    en: (x) => `Activations through 10 layers of ${p(x, 'width')} units, by initialisation`,
    fa: (x) =>
      `فعال‌سازی‌ها در ${persianCount(10)} لایهٔ ${persianCount(p(x, 'width'))} نورونی، با هر روش مقداردهی اولیه`,
  },
  'lessons.figure.gradient_title': {
    en: (x) => `Gradient size per layer in ${p(x, 'layers')}-layer nets at initialisation`,
    fa: (x) => `اندازهٔ گرادیان در هر لایهٔ شبکه‌های ${persianCount(p(x, 'layers'))} لایه، پیش از آموزش`,
  },
  'lessons.figure.gradient_rms': { en: 'RMS of ∂E/∂W', fa: `RMS گرادیان ${l('∂E/∂W')}` },
  'lessons.figure.zero_panel': { en: 'all weights start at 0', fa: 'همهٔ وزن‌ها از صفر' },
  'lessons.figure.random_panel': { en: 'random start (Xavier)', fa: `شروع تصادفی (${l('Xavier')})` },
  'lessons.figure.symmetry_title': {
    en: 'Hidden weights while training: under zero init h2 (dashed) copies h1',
    fa: `وزن‌های لایهٔ پنهان در آموزش: با مقداردهی صفر، ${l('h2')} (خط‌چین) کپی ${l('h1')} است`,
  },
  'lessons.figure.step': { en: 'training step', fa: 'گام آموزش' },
  'lessons.figure.weight': { en: 'weight', fa: 'وزن' },
  'lessons.figure.dead_title': {
    en: (x) => `Dead ReLUs after one gradient step (${p(x, 'units')} hidden units)`,
    fa: (x) => `نورون‌های ReLU مرده پس از یک گام گرادیان (${persianCount(p(x, 'units'))} نورون پنهان)`,
  },
  'lessons.figure.learning_rate': { en: 'learning rate η', fa: `نرخ یادگیری ${l('η')}` },
  'lessons.figure.dead_percent': { en: 'dead units (%)', fa: `نورون‌های مرده (${l('%')})` },
  'lessons.figure.dead_series': { en: 'dead after the step', fa: 'مرده پس از گام' },
  'lessons.figure.pruning_title': {
    en: (x) => `Pruning a trained 2-8-1 net (${p(x, 'weights')} weights), no retraining`,
    fa: (x) =>
      `هرس یک شبکهٔ آموزش‌دیدهٔ ${l('2-8-1')} (${persianCount(p(x, 'weights'))} وزن)، بدون آموزش دوباره`,
  },
  'lessons.figure.fraction_pruned': { en: 'fraction of weights removed', fa: 'کسر وزن‌های حذف‌شده' },
  'lessons.figure.loss_increase': { en: 'loss increase', fa: 'افزایش تابع هزینه' },
  'lessons.figure.magnitude_series': {
    en: 'magnitude: smallest |w| first',
    fa: `اندازه: اول کوچک‌ترین ${l('|w|')}`,
  },
  'lessons.figure.obd_series': {
    en: 'OBD: smallest ½·h_kk·w² first',
    fa: `OBD: اول کوچک‌ترین ${l('½·h_kk·w²')}`,
  },
  'lessons.figure.obd_predicted_series': {
    en: 'OBD’s prediction Σ ½·h_kk·w²',
    fa: `پیش‌بینی OBD: ${l('Σ ½·h_kk·w²')}`,
  },
};
