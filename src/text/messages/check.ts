// Messages of the check area (/check and `backprop-tutor check`), in English and Persian.
// Formulas, names and numbers stay left-to-right inside Persian text (ltr()).
import { ltr } from '../bidi.js';
import type { MessageParams, Messages } from '../i18n.js';
import { linesEn, linesFa, persianCount, several } from '../line-list.js';

const p = (params: MessageParams, key: string): string => String(params[key] ?? '');
const n = (params: MessageParams, key: string): string => ltr(p(params, key));
/** A count in the Persian sentence (src/text/line-list.ts persianCount). */
const c = (params: MessageParams, key: string): string => persianCount(p(params, key));

/** Which weights a swapped numbering was found in: the output layer, a hidden layer, or every layer. */
function swapLayerEn(x: MessageParams): string {
  const layer = p(x, 'layer');
  if (layer === 'output') return 'into the output layer ';
  if (layer === 'hidden') return x.index ? `into hidden layer ${p(x, 'index')} ` : 'into the hidden layer ';
  return layer === 'every' ? 'of every layer ' : '';
}

function swapLayerFa(x: MessageParams): string {
  const layer = p(x, 'layer');
  if (layer === 'output') return 'ورودی به لایهٔ خروجی ';
  if (layer === 'hidden') return x.index ? `ورودی به لایهٔ پنهان ${c(x, 'index')} ` : 'ورودی به لایهٔ پنهان ';
  return layer === 'every' ? 'همهٔ لایه‌ها ' : '';
}

export const checkMessages: Messages = {
  // --- the report
  'check.title': { en: '**Answer check**', fa: '**بررسی پاسخ‌ها**' },
  'check.legend': {
    en: '✓ correct · ≈ correct after your own rounding · ✗ incorrect · → follows from an earlier wrong value · ? name not recognised',
    fa: '✓ درست · ≈ درست با عددهای گردشدهٔ قبلی · ✗ نادرست · → پیامدِ یک مقدار نادرستِ قبلی · ? نام ناشناخته',
  },
  'check.no_name': { en: '(no name)', fa: '(no name)' },
  'check.hidden_note': {
    en: 'Right values are hidden (checking mode); ask without `hide` to see them.',
    fa: 'مقادیر درست پنهان شده‌اند (حالت خودآزمایی)؛ برای دیدنشان بدون `hide` بپرسید.',
  },
  'check.unchecked': {
    en: (x) =>
      `The last ${p(x, 'count')} statements were not checked (at most 500 per sheet): send them separately.`,
    fa: (x) =>
      `${n(x, 'count')} عبارت آخر بررسی نشدند (حداکثر ۵۰۰ عبارت در هر برگه): آن‌ها را جداگانه بفرستید.`,
  },
  'check.attached': {
    en: (x) => `The full line-by-line table is attached (${p(x, 'files')}).`,
    fa: (x) => `جدول کامل سطر به سطر پیوست شده است (${n(x, 'files')}).`,
  },
  'check.group_undiagnosed': {
    en: (x) =>
      `✗ ${linesEn(p(x, 'lines'))}: no catalogued mistake reproduces ${several(p(x, 'lines')) ? 'these numbers' : 'this number'}.`,
    fa: (x) =>
      `✗ ${linesFa(p(x, 'lines'))}: هیچ‌یک از اشتباه‌های شناخته‌شده ${several(p(x, 'lines')) ? 'این اعداد' : 'این عدد'} را توضیح نمی‌دهد.`,
  },
  'check.group_carried': {
    en: (x) =>
      `→ ${linesEn(p(x, 'lines'))}: computed correctly from your earlier wrong values (not penalised again).`,
    fa: (x) =>
      `→ ${linesFa(p(x, 'lines'))}: از مقادیر نادرست قبلی‌تان درست محاسبه ${several(p(x, 'lines')) ? 'شده‌اند (دوباره جریمه نمی‌شوند)' : 'شده است (دوباره جریمه نمی‌شود)'}.`,
  },
  'check.group_unrecognized': {
    en: (x) =>
      `? ${linesEn(p(x, 'lines'))}: I could not tell which quantity ${several(p(x, 'lines')) ? 'these are' : 'this is'}.`,
    fa: (x) =>
      `? ${linesFa(p(x, 'lines'))}: نتوانستم تشخیص دهم ${several(p(x, 'lines')) ? 'این‌ها کدام کمیت‌اند' : 'این کدام کمیت است'}.`,
  },
  'check.undiagnosed': {
    en: 'No catalogued mistake reproduces this number: check the arithmetic of that line.',
    fa: 'هیچ‌یک از اشتباه‌های شناخته‌شده این عدد را توضیح نمی‌دهد: محاسبهٔ همان سطر را بازبینی کنید.',
  },
  'check.carried_from': {
    en: (x) => `follows from ${linesEn(p(x, 'lines'))}`,
    fa: (x) => `پیامدِ ${linesFa(p(x, 'lines'))}`,
  },
  'check.understood_names': {
    en: 'Names I understand: net_h1 / a_h1 / z_h1 (pre-activation), out_h1 / h1 / o1 (output), E_o1, E_total / Error, ∂E/∂out_o1, ∂out_o1/∂net_o1, δ_o1, ∂E/∂w5 (or dE/dw5), Δw5 (= η·∂E/∂w5), w5+ / new w5 (updated), b1, η; deeper nets: h2_3, z^{(2)}_1, w^{(2)}_{13}, w_{h1→o1}.',
    fa: 'نام‌هایی که می‌شناسم: net_h1 / a_h1 / z_h1 (ورودی خالص)، out_h1 / h1 / o1 (خروجی)، E_o1، E_total / Error، ∂E/∂out_o1، ∂out_o1/∂net_o1، δ_o1، ∂E/∂w5 (یا dE/dw5)، Δw5 (= η·∂E/∂w5)، w5+ / w5 جدید (به‌روزشده)، b1، η؛ برای شبکه‌های عمیق‌تر: h2_3، z^{(2)}_1، w^{(2)}_{13}، w_{h1→o1}.',
  },
  'check.formula_pair': {
    en: (x) => `right: \`${p(x, 'correct')}\` — used: \`${p(x, 'used')}\``,
    fa: (x) => `درست: \`${p(x, 'correct')}\` — به کار رفته: \`${p(x, 'used')}\``,
  },

  // --- what each catalogued mistake is
  'check.mistake.dE_dout_one': {
    en: '∂E/∂o was taken as 1 instead of the derivative of the loss (the mistake in the course notes).',
    fa: 'مشتق ‎∂E/∂o‎ برابر ۱ گرفته شده، به جای مشتقِ تابع هزینه (همان اشتباه جزوهٔ درس).',
  },
  'check.mistake.missing_activation_derivative': {
    en: "The activation's derivative f′(net) is missing from the chain rule.",
    fa: 'مشتق تابع فعال‌سازی، ‎f′(net)‎، در قاعدهٔ زنجیره‌ای جا افتاده است.',
  },
  'check.mistake.wrong_activation_derivative': {
    en: "Another activation's derivative was used (e.g. σ′ for a tanh unit).",
    fa: 'مشتقِ تابع فعال‌سازیِ دیگری به کار رفته است (مثلاً ‎σ′‎ برای نورون tanh).',
  },
  'check.mistake.sign_flip': {
    en: 'A sign is flipped: t − o where o − t belongs, or the gradient added instead of subtracted.',
    fa: 'علامت وارونه شده است: ‎t − o‎ به جای ‎o − t‎، یا گرادیان به جای کم شدن اضافه شده است.',
  },
  'check.mistake.missing_half': {
    en: 'The factor 2 from the square and the ½ of the loss were not handled together.',
    fa: 'ضریب ۲ حاصل از مشتقِ توان دوم و ضریب ½ تابع هزینه با هم در نظر گرفته نشده‌اند.',
  },
  'check.mistake.updated_weights_in_backward': {
    en: 'The hidden deltas were computed with output weights that had already been updated.',
    fa: 'دلتاهای لایهٔ پنهان با وزن‌های خروجیِ از پیش به‌روزشده محاسبه شده‌اند.',
  },
  'check.mistake.missing_learning_rate': {
    en: 'The learning rate η is missing from the update.',
    fa: 'نرخ یادگیری ‎η‎ در به‌روزرسانی جا افتاده است.',
  },
  'check.mistake.learning_rate_twice': {
    en: 'The learning rate η was applied twice.',
    fa: 'نرخ یادگیری ‎η‎ دو بار اعمال شده است.',
  },
  'check.mistake.net_vs_out': {
    en: 'The pre-activation net was used where the output out = f(net) belongs.',
    fa: 'ورودی خالص ‎net‎ به جای خروجی ‎out = f(net)‎ به کار رفته است.',
  },
  'check.mistake.gradient_without_source': {
    en: 'The gradient of a weight was given as δ of its destination neuron: the output of its source neuron (the input the weight carries) was left out of ∂E/∂w = δ·out.',
    fa: 'گرادیان وزن برابر ‎δ‎ نورون مقصد گرفته شده است: خروجی نورون مبدأ (ورودی‌ای که وزن حمل می‌کند) در ‎∂E/∂w = δ·out‎ جا افتاده است.',
  },
  // The layer where the swap was found and its second weight (params from src/check/swapped-weights.ts).
  'check.mistake.swapped_weight_indices': {
    en: (x) =>
      `The weights ${swapLayerEn(x)}are numbered the other way (${p(x, 'read') || 'w2 = i1→h2'} instead of ${p(x, 'meant') || 'i2→h1'}).`,
    fa: (x) =>
      `وزن‌های ${swapLayerFa(x)}برعکس شماره‌گذاری شده‌اند (${ltr(p(x, 'read') || 'w2 = i1→h2')} به جای ${ltr(p(x, 'meant') || 'i2→h1')}).`,
  },
  'check.mistake.bias_frozen_or_updated': {
    en: 'The biases were updated when this exercise keeps them fixed, or kept fixed when it updates them.',
    fa: 'بایاس‌ها به‌روز شده‌اند در حالی که در این تمرین ثابت‌اند، یا برعکس ثابت مانده‌اند در حالی که باید به‌روز شوند.',
  },
  'check.mistake.mean_vs_sum': {
    en: 'The loss was averaged where it is summed, or summed where it is averaged.',
    fa: 'خطا میانگین گرفته شده در حالی که باید جمع شود، یا جمع شده در حالی که باید میانگین گرفته شود.',
  },

  // --- how an ambiguous name was read
  'check.meaning.pre_activation': {
    en: 'a_… read as the pre-activation (course notes)',
    fa: 'a_… به معنای ورودی خالص (جزوهٔ درس)',
  },
  'check.meaning.activation': {
    en: 'a_… read as the activation (output)',
    fa: 'a_… به معنای خروجی فعال‌سازی',
  },
  'check.meaning.sigma_of': { en: 'σ(…) read as the output', fa: 'σ(…) به معنای خروجی' },
  'check.meaning.change': { en: 'Δ read as the change w⁺ − w', fa: 'Δ به معنای تغییر ‎w⁺ − w‎' },
  'check.meaning.step': { en: 'Δ read as η·∂E/∂w (course notes)', fa: 'Δ به معنای ‎η·∂E/∂w‎ (جزوهٔ درس)' },
  'check.meaning.delta_other_sign': {
    en: 'δ read as −∂E/∂net (t − o convention)',
    fa: 'δ به معنای ‎−∂E/∂net‎ (قرارداد ‎t − o‎)',
  },
  'check.meaning.local_derivative': { en: 'a local derivative', fa: 'مشتق محلی' },
  'check.meaning.after_update': {
    en: 'after the update (second forward pass)',
    fa: 'پس از به‌روزرسانی (گذر دوم)',
  },
  'check.meaning.before_update': { en: 'before the update', fa: 'پیش از به‌روزرسانی' },
  'check.meaning.initial': { en: 'the given value', fa: 'مقدار داده‌شده' },
  'check.meaning.updated': { en: 'the updated value', fa: 'مقدار به‌روزشده' },
  'check.meaning.by_value': { en: 'unnamed, recognised by its value', fa: 'بی‌نام، از روی مقدارش شناخته شد' },

  // --- problems with the request
  'check.no_network': {
    en: 'Give me the network too: `preset:` (e.g. course-q6), `definition:`, or the network in a ``` fenced block before the answers.',
    fa: 'شبکه را هم بدهید: `preset:` (مثلاً course-q6)، `definition:` یا تعریف شبکه در یک بلوک ``` پیش از پاسخ‌ها.',
  },
  'check.no_answers': {
    en: 'Give me the answers to check: `answers:`, or paste them after the network (a modal, a message or a file).',
    fa: 'پاسخ‌ها را برای بررسی بدهید: `answers:` یا آن‌ها را پس از شبکه بفرستید (پنجره، پیام یا فایل).',
  },
  'check.too_long': {
    en: (x) =>
      `The answers are ${p(x, 'length')} characters long; I read at most ${p(x, 'limit')} in one check. Send the sheet in parts (each with its network).`,
    fa: (x) =>
      `پاسخ‌ها ${c(x, 'length')} نویسه‌اند؛ در هر بررسی حداکثر ${c(x, 'limit')} نویسه را می‌خوانم. برگه را در چند بخش بفرستید (هر بخش با شبکه‌اش).`,
  },
  'check.no_statements': {
    en: 'I found no lines of the form `name = … = number` in the answers (e.g. `out_h1 = 0.5933`).',
    fa: 'در پاسخ‌ها هیچ سطری به شکل `name = … = number` پیدا نکردم (مثلاً `out_h1 = 0.5933`).',
  },
  'check.preset_and_definition': {
    en: 'Give either a preset or a definition, not both.',
    fa: 'یا preset بدهید یا definition، نه هر دو.',
  },
};
