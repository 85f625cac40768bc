// Figure labels of the weight-decay, softmax-cross-entropy and xor lessons, in English and Persian.
// Persian keeps numbers, names and formulas left-to-right: they go through ltr().
import { ltr as l } from '../bidi.js';
import type { Messages } from '../i18n.js';

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
};
