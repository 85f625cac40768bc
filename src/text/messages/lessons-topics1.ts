// Figure labels of the optimisation lessons (batch-vs-sgd, momentum, adam), in English and Persian.
// Persian keeps numbers and formulas left-to-right: they pass through ltr().
import { ltr as l } from '../bidi.js';
import type { Messages } from '../i18n.js';
import { persianCount } from '../line-list.js';

const p = (params: Record<string, string | number>, key: string): string => String(params[key] ?? '');

export const lessonsTopics1Messages: Messages = {
  // --- batch-vs-sgd
  'lessons.figure.batch_title': {
    en: (x) => `Same data (${p(x, 'samples')} samples), same start, η = ${p(x, 'lr')}: three batch sizes`,
    fa: (x) =>
      `همان داده‌ها (${persianCount(p(x, 'samples'))} نمونه)، همان نقطهٔ شروع، ${l(`η = ${p(x, 'lr')}`)}: سه اندازهٔ دسته`,
  },
  'lessons.figure.per_epoch_panel': {
    en: 'per epoch: the same work, every sample once',
    fa: 'در هر دوره: کار برابر، هر نمونه یک بار',
  },
  'lessons.figure.per_update_panel': {
    en: (x) => `per update: the first ${p(x, 'updates')} updates`,
    fa: (x) => `در هر گام: ${persianCount(p(x, 'updates'))} گام نخست`,
  },
  'lessons.figure.update': { en: 'update (optimizer step)', fa: 'گام به‌روزرسانی' },
  'lessons.figure.data_loss': { en: 'loss E (whole data set)', fa: `خطای ${l('E')} (همهٔ داده‌ها)` },
  'lessons.figure.full_batch_series': {
    en: (x) => `full batch (${p(x, 'samples')} per update)`,
    fa: (x) => `دستهٔ کامل (${persianCount(p(x, 'samples'))} نمونه در هر گام)`,
  },
  'lessons.figure.mini_batch_series': {
    en: (x) => `mini-batch of ${p(x, 'batch')}`,
    fa: (x) => `دستهٔ کوچک ${persianCount(p(x, 'batch'))} نمونه‌ای`,
  },
  'lessons.figure.online_series': {
    en: 'online (1 per update)',
    fa: `برخط (${persianCount(1)} نمونه در هر گام)`,
  },
  // --- momentum
  'lessons.figure.momentum_title': {
    en: (x) =>
      `A ravine: fitting y = w·x + b to inputs moved by +${p(x, 'shift')}, η = ${p(x, 'lr')}, full batch`,
    fa: (x) =>
      `یک درّهٔ باریک: برازش ${l('y = w·x + b')} به ورودی‌هایی که ${l(`+${p(x, 'shift')}`)} جابه‌جا شده‌اند، ${l(`η = ${p(x, 'lr')}`)}، دستهٔ کامل`,
  },
  'lessons.figure.path_panel': { en: '(w, b) after each update', fa: `${l('(w, b)')} پس از هر گام` },
  'lessons.figure.loss_per_epoch_panel': { en: 'loss per epoch', fa: 'خطا در هر دوره' },
  'lessons.figure.weight_w': { en: 'weight w', fa: `وزن ${l('w')}` },
  'lessons.figure.bias_b': { en: 'bias b', fa: `بایاس ${l('b')}` },
  'lessons.figure.start': { en: 'start', fa: 'شروع' },
  'lessons.figure.sgd_end': {
    en: (x) => `SGD after ${p(x, 'epochs')} epochs`,
    fa: (x) => `SGD پس از ${persianCount(p(x, 'epochs'))} دوره`,
  },
  'lessons.figure.momentum_end': {
    en: (x) => `momentum after ${p(x, 'epochs')} epochs`,
    fa: (x) => `تکانه پس از ${persianCount(p(x, 'epochs'))} دوره`,
  },
  'lessons.figure.sgd_series': { en: 'SGD (no momentum)', fa: 'SGD (بدون تکانه)' },
  'lessons.figure.momentum_series': {
    en: (x) => `momentum μ = ${p(x, 'mu')}`,
    fa: (x) => `تکانه ${l(`μ = ${p(x, 'mu')}`)}`,
  },
  // --- adam
  'lessons.figure.adam_title': {
    en: (x) =>
      `Adam's first steps on the moons data: η = ${p(x, 'lr')}, β₁ = ${p(x, 'beta1')}, β₂ = ${p(x, 'beta2')}`,
    fa: (x) =>
      `نخستین گام‌های ${l('Adam')} روی داده‌های ${l('moons')} با ${l(`η = ${p(x, 'lr')}`)}، ${l(`β₁ = ${p(x, 'beta1')}`)}، ${l(`β₂ = ${p(x, 'beta2')}`)}`,
  },
  'lessons.figure.moments_panel': {
    en: (x) => `weight ${p(x, 'weight')}: g, m and m̂`,
    fa: (x) => `${l('g')}، ${l('m')} و ${l('m̂')} وزن ${l(p(x, 'weight'))}`,
  },
  'lessons.figure.step_t': { en: 'step t', fa: `گام ${l('t')}` },
  'lessons.figure.gradient_series': { en: 'gradient g', fa: `گرادیان ${l('g')}` },
  'lessons.figure.m_series': { en: 'm (no correction)', fa: `${l('m')} (بدون تصحیح)` },
  'lessons.figure.m_hat_series': { en: 'm̂ = m/(1 − β₁ᵗ)', fa: l('m̂ = m/(1 − β₁ᵗ)') },
  'lessons.figure.step_size_panel': {
    en: 'step size over η (RMS over the weights)',
    fa: `اندازهٔ گام تقسیم بر ${l('η')} (جذر میانگین مربعات روی وزن‌ها)`,
  },
  'lessons.figure.step_over_eta': { en: '|Δw| / η', fa: l('|Δw| / η') },
  'lessons.figure.corrected_series': { en: 'with the correction (Adam)', fa: `با تصحیح (${l('Adam')})` },
  'lessons.figure.uncorrected_series': {
    en: 'without: η·m/(√v + ε)',
    fa: `بدون تصحیح: ${l('η·m/(√v + ε)')}`,
  },
  'lessons.figure.nesterov_series': { en: 'Nesterov, same μ', fa: `نستروف، همان ${l('μ')}` },
};
