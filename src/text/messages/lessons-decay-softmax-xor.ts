// Figure labels of the weight-decay, softmax-cross-entropy and xor lessons, in English and Persian.
// Persian keeps numbers, names and formulas left-to-right: they go through ltr().
import { ltr as l } from '../bidi.js';
import type { Messages } from '../i18n.js';
import { persianCount } from '../line-list.js';

const p = (params: Record<string, string | number>, key: string): string => String(params[key] ?? '');

export const lessonsDecaySoftmaxXorMessages: Messages = {
  // --- softmax-cross-entropy
  'lessons.figure.softmax_title': {
    en: 'The gradient of softmax + cross-entropy is o − t',
    fa: `گرادیان سافت‌مکس با آنتروپی متقاطع برابر ${l('o − t')} است`,
  },
  'lessons.figure.softmax_panel': {
    en: (x) => `z = ${p(x, 'logits')}, true class ${p(x, 'class')}`,
    fa: (x) => `${l(`z = ${p(x, 'logits')}`)}، دستهٔ درست ${l(p(x, 'class'))}`,
  },
  'lessons.figure.class': { en: 'class j', fa: `دستهٔ ${l('j')}` },
  'lessons.figure.class_n': {
    en: (x) => `class ${p(x, 'n')}: o = ${p(x, 'o')}`,
    fa: (x) => `دستهٔ ${l(p(x, 'n'))}: ${l(`o = ${p(x, 'o')}`)}`,
  },
  'lessons.figure.softmax_delta': {
    en: 'o − t (backpropagation)',
    fa: `${l('o − t')} (پس‌انتشار)`,
  },
  'lessons.figure.finite_difference': {
    en: '∂L/∂z (finite differences)',
    fa: `${l('∂L/∂z')} (تفاضل متناهی)`,
  },
  'lessons.figure.sigmoid_bce_panel': {
    en: 'One sigmoid output with binary cross-entropy',
    fa: 'یک خروجی سیگموید با آنتروپی متقاطع دودویی',
  },
  // --- xor
  'lessons.figure.xor_title': {
    en: (x) =>
      `XOR's four samples: the class each net predicts, ${p(x, 'epochs')} epochs at η = ${p(x, 'lr')}`,
    fa: (x) =>
      `چهار نمونهٔ XOR: دسته‌ای که هر شبکه پیش‌بینی می‌کند، ${persianCount(p(x, 'epochs'))} دوره با ${l(`η = ${p(x, 'lr')}`)}`,
  },
  'lessons.figure.xor_one_layer': { en: 'one layer, trained', fa: 'یک لایه، آموزش‌دیده' },
  'lessons.figure.xor_two_before': {
    en: (x) => `2-2-1 before: ${p(x, 'correct')} of 4`,
    fa: (x) => `${l('2-2-1')} پیش از آموزش: ${persianCount(p(x, 'correct'))} از ۴`,
  },
  'lessons.figure.xor_two_after': {
    en: (x) => `2-2-1 after: ${p(x, 'correct')} of 4`,
    fa: (x) => `${l('2-2-1')} پس از آموزش: ${persianCount(p(x, 'correct'))} از ۴`,
  },
  // --- weight-decay
  'lessons.figure.decay_title': {
    en: (x) => `Size of the weights ‖w‖ while training XOR, λ = ${p(x, 'l2')}`,
    fa: (x) => `اندازهٔ وزن‌ها ${l('‖w‖')} در آموزش XOR، ${l(`λ = ${p(x, 'l2')}`)}`,
  },
  'lessons.figure.decay_sgd_panel': {
    en: (x) => `gradient descent, η = ${p(x, 'eta')}: L2 = decay`,
    fa: (x) => `گرادیان کاهشی با ${l(`η = ${p(x, 'eta')}`)}: جریمهٔ ${l('L2')} همان کاهش وزن است`,
  },
  'lessons.figure.decay_adam_panel': {
    en: (x) => `Adam, η = ${p(x, 'eta')}: L2 ≠ AdamW`,
    fa: (x) =>
      `بهینه‌ساز ${l('Adam')} با ${l(`η = ${p(x, 'eta')}`)}: جریمهٔ ${l('L2')} با ${l('AdamW')} فرق دارد`,
  },
  'lessons.figure.epoch': { en: 'epoch', fa: 'دوره' },
};
