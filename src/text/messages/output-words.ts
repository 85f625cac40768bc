// How /check read a sheet's "actual output" (the target or the network's output), in English and Persian.
import type { MessageParams, Messages } from '../i18n.js';
import { ltr } from '../bidi.js';
import { linesEn, linesFa } from '../line-list.js';

const ACTUAL = `«${ltr('actual output')}»`;
/** "Line 19" / "Lines 7, 19" at the start of a sentence, «سطر ۱۹» in Persian. */
const en = (x: MessageParams): string => {
  const lines = linesEn(String(x.lines ?? ''));
  return lines.charAt(0).toUpperCase() + lines.slice(1);
};
const fa = (x: MessageParams): string => linesFa(String(x.lines ?? ''));

export const outputWordsMessages: Messages = {
  'check.actual_output.confirmed_target': {
    en: (x) => `${en(x)}: “actual output” read as the target: its number is the target’s, not the output’s.`,
    fa: (x) => `${fa(x)}: ${ACTUAL} به معنای هدف: عددش مقدار هدف است، نه خروجی شبکه.`,
  },
  'check.actual_output.confirmed_output': {
    en: (x) =>
      `${en(x)}: “actual output” read as the network’s output: its number is the output’s, not the target’s.`,
    fa: (x) => `${fa(x)}: ${ACTUAL} به معنای خروجی شبکه: عددش مقدار خروجی است، نه هدف.`,
  },
  'check.actual_output.open_target': {
    en: (x) =>
      `${en(x)}: “actual output” read as the target, as “prediction” beside it on the sheet says; it may mean the network’s output: write \`output = …\` for that.`,
    fa: (x) =>
      `${fa(x)}: ${ACTUAL} به معنای هدف خوانده شد، چون برگه کنارش «${ltr('prediction')}» دارد؛ شاید خروجی شبکه باشد: برای آن بنویسید ${ltr('`output = …`')}.`,
  },
  'check.actual_output.open_output': {
    en: (x) =>
      `${en(x)}: “actual output” read as the network’s output (the classic reading: nothing on the sheet says it is the target); if it is the target, write \`target = …\`.`,
    fa: (x) =>
      `${fa(x)}: ${ACTUAL} به معنای خروجی شبکه خوانده شد (خوانش رایج: چیزی در برگه نمی‌گوید هدف است)؛ اگر هدف است، بنویسید ${ltr('`target = …`')}.`,
  },
};
