// How /check read a sheet's "actual output" (the target or the network's output), in English and Persian.
import type { Messages } from '../i18n.js';
import { ltr } from '../bidi.js';

const ACTUAL = `«${ltr('actual output')}»`;

export const outputWordsMessages: Messages = {
  'check.actual_output.confirmed_target': {
    en: '“actual output” read as the target: its number is the target’s, not the output’s',
    fa: `${ACTUAL} به معنای هدف: عددش مقدار هدف است، نه خروجی شبکه`,
  },
  'check.actual_output.confirmed_output': {
    en: '“actual output” read as the network’s output: its number is the output’s, not the target’s',
    fa: `${ACTUAL} به معنای خروجی شبکه: عددش مقدار خروجی است، نه هدف`,
  },
  'check.actual_output.open_target': {
    en: '“actual output” read as the target, as “prediction” beside it on the sheet says; it may mean the network’s output: write `output = …` for that',
    fa: `${ACTUAL} به معنای هدف خوانده شد، چون برگه کنارش «${ltr('prediction')}» دارد؛ شاید خروجی شبکه باشد: برای آن بنویسید ${ltr('`output = …`')}`,
  },
  'check.actual_output.open_output': {
    en: '“actual output” read as the network’s output (the classic reading: nothing on the sheet says it is the target); if it is the target, write `target = …`',
    fa: `${ACTUAL} به معنای خروجی شبکه خوانده شد (خوانش رایج: چیزی در برگه نمی‌گوید هدف است)؛ اگر هدف است، بنویسید ${ltr('`target = …`')}`,
  },
};
