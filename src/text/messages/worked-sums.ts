// Messages about a network read from a page's worked sums (src/definition/worked-sums.ts), in English and Persian.
import { ltr } from '../bidi.js';
import type { Messages } from '../i18n.js';
import { persianCount } from '../line-list.js';

const side = (order: unknown) => (order === 'source-first' ? 'source' : 'destination');
const sideFa = (order: unknown) => (order === 'source-first' ? 'مبدأ' : 'مقصد');

export const workedSumsMessages: Messages = {
  'definition.note.worked_sums': {
    en: (p) =>
      `Weights read from the page's worked sums (line ${p.line}): in the sum for ${p.sum}, ${p.example} multiplies ${p.source}, so it is the weight from ${p.from} to ${p.to} (the names put the ${side(p.order)} first); inputs ${p.inputs}, as the sums multiply them.`,
    fa: (p) =>
      `وزن‌ها از جمع‌های حل‌شدهٔ صفحه خوانده شدند (سطر ${persianCount(p.line!)}): در جمع ${ltr(String(p.sum))}، ${ltr(String(p.example))} در ${ltr(String(p.source))} ضرب شده است، پس وزن ${ltr(String(p.from))} به ${ltr(String(p.to))} است (نام‌ها اول ${sideFa(p.order)} را می‌آورند)؛ ورودی‌ها ${ltr(String(p.inputs))}، همان‌طور که جمع‌ها در آن‌ها ضرب می‌کنند.`,
  },
  'definition.note.worked_sum_slip': {
    en: (p) =>
      `Line ${p.line}: the page writes ${p.sum} = ${p.stated}, but its own sum ${p.terms} is ${p.value}: a slip in the page's total; the weights are read from the sum.`,
    fa: (p) =>
      `سطر ${persianCount(p.line!)}: صفحه ${ltr(`${p.sum} = ${p.stated}`)} نوشته است، اما جمع خودش ${ltr(String(p.terms))} برابر ${ltr(String(p.value))} است: لغزشی در جمع صفحه؛ وزن‌ها از خود جمع خوانده شدند.`,
  },
  'definition.note.worked_values_agree': {
    en: (p) => `The values the sums carry forward (${p.values}) agree with the network as read.`,
    fa: (p) =>
      `مقدارهایی که جمع‌ها به لایهٔ بعد می‌برند (${ltr(String(p.values))}) با شبکهٔ خوانده‌شده جور است.`,
  },
  'definition.note.worked_value_differs': {
    en: (p) =>
      `Line ${p.line}: the sums use ${p.name} = ${p.stated}, but the network as read gives ${p.unit} the output ${p.value}.`,
    fa: (p) =>
      `سطر ${persianCount(p.line!)}: جمع‌ها ${ltr(`${p.name} = ${p.stated}`)} را به کار برده‌اند، اما در شبکهٔ خوانده‌شده خروجی ${ltr(String(p.unit))} برابر ${ltr(String(p.value))} است.`,
  },
  'definition.worked_sums_disagree': {
    en: (p) =>
      `The worked sums give \`${p.name}\` two numbers: ${p.first} (line ${p.firstLine}) and ${p.second} here. Which one is the network's? Write it once, e.g. \`${p.hint}\`.`,
    fa: (p) =>
      `جمع‌های حل‌شده برای ${ltr(`\`${p.name}\``)} دو عدد داده‌اند: ${ltr(String(p.first))} (سطر ${persianCount(p.firstLine!)}) و ${ltr(String(p.second))} در اینجا. کدام مال شبکه است؟ آن را یک بار بنویسید، مثلاً ${ltr(`\`${p.hint}\``)}.`,
  },
  'definition.note.no_target': {
    en: (p) =>
      `The page gives no target (a forward pass only): ${p.value} is taken as the target, so only the forward pass is the page's. Give \`target: …\` for the backward pass you mean.`,
    fa: (p) =>
      `صفحه هدفی نداده است (فقط گذر رو به جلو): ${ltr(String(p.value))} به عنوان هدف گرفته شد، پس فقط گذر رو به جلو از خود صفحه است. برای گذر رو به عقب موردنظرتان ${ltr('`target: …`')} را بدهید.`,
  },
};
