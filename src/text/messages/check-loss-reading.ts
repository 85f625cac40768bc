// /check's line about a page's "MSE" (½Σ or (1/n)Σ): assumed, confirmed by the student's numbers, asked for, or
// the same either way; the refusal of `mse:` on a page that says no "MSE"; a bias line on a network without
// biases. English and Persian.
import { ltr } from '../bidi.js';
import type { MessageParams, Messages } from '../i18n.js';
import { linesEn, linesFa, persianCount } from '../line-list.js';

const p = (params: MessageParams, key: string): string => String(params[key] ?? '');
const HALF = 'E = ½Σ(t−o)²';
const MEAN = 'E = (1/n)Σ(t−o)²';
/** "MSE" (line 14) / «MSE» (سطر ۱۴): where the page said it, when known. */
const mseEn = (x: MessageParams) => `"MSE"${x.line ? ` (line ${p(x, 'line')})` : ''}`;
const mseFa = (x: MessageParams) => `«MSE»${x.line ? ` (سطر ${persianCount(p(x, 'line'))})` : ''}`;
/** `Loss = 0.1511 (line 16)`: the student's statements that decided, each with its line. */
const evidenceEn = (x: MessageParams) =>
  p(x, 'statements')
    .split('\n')
    .map((s, k) => `${s} (${linesEn(p(x, 'lines').split(', ')[k] ?? '')})`)
    .join(', ');
const evidenceFa = (x: MessageParams) =>
  p(x, 'statements')
    .split('\n')
    .map((s, k) => `${ltr(s)} (${linesFa(p(x, 'lines').split(', ')[k] ?? '')})`)
    .join('، ');

export const checkLossReadingMessages: Messages = {
  'check.loss_reading.assumed': {
    en: (x) =>
      `${mseEn(x)} read as ${HALF}, the usual convention in worked backpropagation examples; nothing in your numbers decides it. For ${MEAN} add \`mse:mean\`.`,
    fa: (x) =>
      `${mseFa(x)} به صورت ${ltr(HALF)} خوانده شد، طبق قرارداد رایج در مثال‌های حل‌شدهٔ پس‌انتشار؛ چیزی در اعداد شما آن را مشخص نمی‌کند. برای ${ltr(MEAN)} گزینهٔ ${ltr('`mse:mean`')} را اضافه کنید.`,
  },
  'check.loss_reading.confirmed': {
    en: (x) =>
      `${mseEn(x)} read as ${HALF}: your numbers confirm it (${evidenceEn(x)}; with ${MEAN} they would not fit).`,
    fa: (x) =>
      `${mseFa(x)} به صورت ${ltr(HALF)} خوانده شد: اعداد خود شما آن را تأیید می‌کنند (${evidenceFa(x)}؛ با ${ltr(MEAN)} جور درنمی‌آیند).`,
  },
  'check.loss_reading.fits_other': {
    en: (x) =>
      `${mseEn(x)} read as ${HALF} by convention, but your ${evidenceEn(x)} fit${p(x, 'statements').includes('\n') ? '' : 's'} ${MEAN}: if your course means the mean, add \`mse:mean\`.`,
    fa: (x) =>
      `${mseFa(x)} طبق قرارداد به صورت ${ltr(HALF)} خوانده شد، اما ${evidenceFa(x)} در پاسخ شما با ${ltr(MEAN)} جور است: اگر منظور درس میانگین است، گزینهٔ ${ltr('`mse:mean`')} را اضافه کنید.`,
  },
  'check.loss_reading.same': {
    en: (x) =>
      `${mseEn(x)}: with ${p(x, 'outputs')} outputs ½Σ(t−o)² and (1/n)Σ(t−o)² are the same loss, so either reading gives these numbers.`,
    fa: (x) =>
      `${mseFa(x)}: با ${persianCount(p(x, 'outputs'))} خروجی، ${ltr('½Σ(t−o)²')} و ${ltr('(1/n)Σ(t−o)²')} یک تابع هزینه‌اند و هر دو خوانش همین اعداد را می‌دهند.`,
  },
  'check.loss_reading.as_asked': {
    en: (x) =>
      `${mseEn(x)} read as ${x.option === 'mean' ? MEAN : HALF}, as asked (\`mse:${p(x, 'option')}\`).`,
    fa: (x) =>
      `${mseFa(x)} به صورت ${ltr(x.option === 'mean' ? MEAN : HALF)} خوانده شد، همان‌طور که خواسته شد (${ltr(`\`mse:${p(x, 'option')}\``)}).`,
  },
  'check.mse_option_unused': {
    en: (x) =>
      `\`mse:${p(x, 'option')}\` says how to read a page's "MSE" when nothing on it settles ½ or 1/n, and this setup leaves no such "MSE" open (its loss is ${p(x, 'loss')}). Leave the option out, or write the loss in the setup, e.g. \`loss: mse\`.`,
    fa: (x) =>
      `${ltr(`\`mse:${p(x, 'option')}\``)} می‌گوید «MSE» یک صفحه وقتی چیزی در آن ½ یا 1/n را مشخص نمی‌کند چگونه خوانده شود، و این صورت مسئله چنین «MSE» بازی ندارد (تابع هزینه‌اش ${ltr(p(x, 'loss'))} است). این گزینه را حذف کنید، یا تابع هزینه را در صورت مسئله بنویسید، مثلاً ${ltr('`loss: mse`')}.`,
  },
  'check.no_biases_row': {
    en: (x) => {
      const lines = linesEn(p(x, 'lines'));
      return `${lines.charAt(0).toUpperCase()}${lines.slice(1)} (${p(x, 'names')}): this network has no biases; every bias is 0 and stays 0.`;
    },
    fa: (x) =>
      `${linesFa(p(x, 'lines'))} (${ltr(p(x, 'names'))}): این شبکه بایاس ندارد؛ همهٔ بایاس‌ها صفرند و صفر می‌مانند.`,
  },
};
