// Messages about one quantity stated twice with different numbers on a page, in English and Persian.
import { ltr } from '../bidi.js';
import type { Messages } from '../i18n.js';
import { persianCount } from '../line-list.js';

const code = (s: string | number | undefined) => ltr(`\`${s ?? ''}\``);

export const repeatedValuesMessages: Messages = {
  'definition.contradictory_values': {
    en: (p) =>
      `\`${p.key}\` is given two different values: ${p.first} on line ${p.firstLine} and ${p.second} on line ${p.secondLine}. I cannot tell which one the page means, so I did not pick one: keep one of them (delete or correct the other line); /check takes the one its answers' numbers fit, when they fit only one.`,
    fa: (p) =>
      `برای ${code(p.key)} دو مقدار متفاوت آمده است: ${ltr(p.first!)} در سطر ${persianCount(p.firstLine!)} و ${ltr(p.second!)} در سطر ${persianCount(p.secondLine!)}. نمی‌دانم منظور صفحه کدام است، پس هیچ‌کدام را انتخاب نکردم: فقط یکی را نگه دارید (سطر دیگر را حذف یا اصلاح کنید)؛ ${ltr('/check')} آن یکی را برمی‌گزیند که اعداد پاسخ‌ها فقط با آن جور باشد.`,
  },
  'definition.note.repeat_settled': {
    en: (p) =>
      `\`${p.key}\` is stated twice: ${p.kept} on line ${p.keptLine} and ${p.other} on line ${p.otherLine}. The worked solution confirms ${p.kept} (its line ${p.workedLine}), so I used ${p.kept}; the ${p.other} on line ${p.otherLine} was set aside.`,
    fa: (p) =>
      `${code(p.key)} دو بار آمده است: ${ltr(p.kept!)} در سطر ${persianCount(p.keptLine!)} و ${ltr(p.other!)} در سطر ${persianCount(p.otherLine!)}. راه‌حل کارشده ${ltr(p.kept!)} را تأیید می‌کند (سطر ${persianCount(p.workedLine!)} آن)، پس ${ltr(p.kept!)} به کار رفت و ${ltr(p.other!)} در سطر ${persianCount(p.otherLine!)} کنار گذاشته شد.`,
  },
  'definition.note.repeat_confirmed_by_numbers': {
    en: (p) =>
      `\`${p.key}\` is stated twice: ${p.kept} on line ${p.keptLine} and ${p.other} on line ${p.otherLine}. The worked solution's numbers (${p.numbers}) fit ${p.kept}, not ${p.other}, so I used ${p.kept}; the ${p.other} on line ${p.otherLine} was set aside.`,
    fa: (p) =>
      `${code(p.key)} دو بار آمده است: ${ltr(p.kept!)} در سطر ${persianCount(p.keptLine!)} و ${ltr(p.other!)} در سطر ${persianCount(p.otherLine!)}. اعداد راه‌حل کارشده (${ltr(p.numbers!)}) با ${ltr(p.kept!)} جور درمی‌آیند، نه با ${ltr(p.other!)}؛ پس ${ltr(p.kept!)} به کار رفت و ${ltr(p.other!)} در سطر ${persianCount(p.otherLine!)} کنار گذاشته شد.`,
  },
  'definition.note.output_column_target': {
    en: (p) =>
      `The “${p.name}” column on line ${p.line}, beside the inputs, was read as the target (the desired output).`,
    fa: (p) =>
      `ستون «${ltr(p.name!)}» در سطر ${persianCount(p.line!)}، کنار ورودی‌ها، به عنوان هدف (خروجی مطلوب) خوانده شد.`,
  },
};
