// Messages of the render area, in English and Persian: the words drawn into images.
import { ltr } from '../bidi.js';
import type { MessageParams, Messages } from '../i18n.js';
import { persianCount } from '../line-list.js';

const CLASSIC_WORDS: Record<string, string> = { net: 'net', out: 'out', dOut: '∂E/∂out' };
/** A word of the notation's legend (`net`, `out`, `dOut`), the classic one when none is given. */
const word = (p: MessageParams, key: string): string => String(p[key] ?? CLASSIC_WORDS[key]);

export const renderMessages: Messages = {
  'render.view.forward': { en: 'Forward pass', fa: 'گذر رو به جلو' },
  'render.view.backward': { en: 'Backward pass', fa: 'گذر رو به عقب (پس‌انتشار)' },
  'render.view.update': { en: 'Weight update: one SGD step', fa: 'به‌روزرسانی وزن‌ها: یک گام SGD' },
  'render.view.summary': { en: 'Backpropagation at a glance', fa: 'پس‌انتشار در یک نگاه' },
  'render.view.network': { en: 'Your network', fa: 'شبکهٔ شما' },
  'render.network.footer': {
    en: 'compute: net, out, the loss, every gradient and the updated weights',
    fa: `حساب کنید: ${ltr('net')}، ${ltr('out')}، خطا، همهٔ گرادیان‌ها و وزن‌های به‌روزشده`,
  },
  'render.subtitle': {
    en: (p) => `${p.layers} network · ${p.activations} · loss ${p.loss} · η = ${p.eta}`,
    fa: (p) =>
      `شبکهٔ ${ltr(p.layers!)} · ${p.activations} · تابع هزینه ${ltr(p.loss!)} · ${ltr(`η = ${p.eta}`)}`,
  },
  'render.loss': { en: (p) => `E = ${p.loss}`, fa: (p) => `خطا: ${ltr(`E = ${p.loss}`)}` },
  'render.loss.step': {
    en: (p) => `E = ${p.before} → ${p.after} after one step`,
    fa: (p) => `خطا پس از یک گام: ${ltr(`E = ${p.before} → ${p.after}`)}`,
  },
  'render.legend.weight': {
    en: 'edge colour and width: weight w',
    fa: `رنگ و ضخامت یال‌ها: وزن ${ltr('w')}`,
  },
  'render.legend.gradient': {
    en: 'edge colour and width: gradient ∂E/∂w',
    fa: `رنگ و ضخامت یال‌ها: گرادیان ${ltr('∂E/∂w')}`,
  },
  'render.legend.change': {
    en: 'edge colour and width: change Δw = new − old',
    fa: `رنگ و ضخامت یال‌ها: تغییر ${ltr('Δw')} = جدید − قدیم`,
  },
  'render.legend.cell.weight': { en: 'cell colour: weight w', fa: `رنگ خانه‌ها: وزن ${ltr('w')}` },
  'render.legend.cell.gradient': {
    en: 'cell colour: gradient ∂E/∂w',
    fa: `رنگ خانه‌ها: گرادیان ${ltr('∂E/∂w')}`,
  },
  'render.legend.cell.change': {
    en: 'cell colour: change Δw = new − old',
    fa: `رنگ خانه‌ها: تغییر ${ltr('Δw')} = جدید − قدیم`,
  },
  'render.legend.negative': { en: 'negative', fa: 'منفی' },
  'render.legend.positive': { en: 'positive', fa: 'مثبت' },
  // The words of the notation chosen (net/out, a and h/o, z/a, I/O); classic when none is given.
  'render.key.forward': {
    en: (p) => `circle: unit and its output ${word(p, 'out')} · below: net input ${word(p, 'net')}`,
    fa: (p) =>
      `دایره: نورون و خروجی آن ${ltr(word(p, 'out'))} · زیر دایره: ورودی خالص ${ltr(word(p, 'net'))}`,
  },
  'render.key.backward': {
    en: (p) => `circle: δ = ∂E/∂${word(p, 'net')} of the unit · below: ${word(p, 'dOut')}`,
    fa: (p) => `دایره: ${ltr(`δ = ∂E/∂${word(p, 'net')}`)} هر نورون · زیر دایره: ${ltr(word(p, 'dOut'))}`,
  },
  'render.key.update': {
    en: 'edges: weight before → after one step (η = learning rate)',
    fa: `یال‌ها: وزن پیش و پس از یک گام (${ltr('η')} نرخ یادگیری)`,
  },
  'render.key.network': {
    en: 'edges: weights · boxes: biases · left: inputs · right: targets t',
    fa: `یال‌ها: وزن‌ها · جعبه‌ها: بایاس‌ها · چپ: ورودی‌ها · راست: هدف‌ها ${ltr('t')}`,
  },
  'render.key.summary': {
    en: (p) =>
      `circle: output ${word(p, 'out')} · below: δ = ∂E/∂${word(p, 'net')} · edges: weight before → after one step`,
    fa: (p) =>
      `دایره: خروجی ${ltr(word(p, 'out'))} · زیر دایره: ${ltr(`δ = ∂E/∂${word(p, 'net')}`)} · یال‌ها: وزن پیش و پس از یک گام`,
  },
  'render.bias.fixed': { en: 'fixed', fa: 'ثابت' },
  'render.dense.note': {
    en: 'Too many connections to label one by one: each weight matrix is a heatmap (rows: to, columns: from).',
    fa: 'اتصال‌ها برای برچسب‌گذاری تک‌تک زیادند: هر ماتریس وزن یک نقشهٔ حرارتی است (سطر: مقصد، ستون: مبدأ).',
  },
  'render.dense.units': { en: (p) => `${p.count} units`, fa: (p) => `${persianCount(p.count!)} نورون` },
  'render.lossCurve.title': { en: 'Loss over training steps', fa: 'خطا در طول گام‌های آموزش' },
  'render.lossCurve.x': { en: 'step', fa: 'گام' },
  'render.lossCurve.y': { en: 'loss E', fa: 'خطا E' },
  'render.lossCurve.series': { en: 'E before each step', fa: 'خطا پیش از هر گام' },
  'render.histogram.y': { en: 'count', fa: 'تعداد' },
  'render.alt.diagram': {
    en: (p) => `${p.view} of a ${p.layers} neural network. ${p.detail}`,
    fa: (p) => `${p.view} برای شبکهٔ عصبی ${ltr(p.layers!)}. ${p.detail}`,
  },
  'render.alt.loss': {
    en: (p) => `E = ${p.before}; E after one step = ${p.after}.`,
    fa: (p) => `خطا ${ltr(`E = ${p.before}`)}؛ پس از یک گام ${ltr(`E = ${p.after}`)}.`,
  },
  'render.alt.network': {
    en: (p) => `Your ${p.layers} neural network: its weights, biases, inputs and targets.`,
    fa: (p) => `شبکهٔ عصبی ${ltr(p.layers!)} شما: وزن‌ها، بایاس‌ها، ورودی‌ها و هدف‌ها.`,
  },
  'render.alt.chart.line': { en: 'Line', fa: 'خطی' },
  'render.alt.chart.bar': { en: 'Bar', fa: 'میله‌ای' },
  'render.alt.chart.histogram': { en: 'Histogram', fa: 'هیستوگرام' },
  'render.alt.plot': {
    en: (p) => `${p.chart} chart: ${p.title}. x: ${p.x}; y: ${p.y}. Series: ${p.series}.`,
    fa: (p) => `نمودار ${p.chart}: ${p.title}. محور افقی: ${p.x}؛ محور عمودی: ${p.y}. داده‌ها: ${p.series}.`,
  },
  'render.alt.panels': {
    en: (p) => `${p.title}: ${p.count} panels.`,
    fa: (p) => `${p.title}: ${ltr(p.count!)} نمودار.`,
  },
  'render.alt.formulas': {
    en: (p) => `The formulas of “${p.title}”, typeset (${p.count}); the same formulas are in the text.`,
    fa: (p) =>
      `فرمول‌های «${p.title}» به صورت حروف‌چینی‌شده (${persianCount(p.count!)} فرمول)؛ همین فرمول‌ها در متن هم آمده‌اند.`,
  },
};
