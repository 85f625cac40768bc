// A learning rate read from the worked solution pasted with a setup that gives none, in English and Persian.
import type { Messages } from '../i18n.js';
import { ltr } from '../bidi.js';

export const learningRateMessages: Messages = {
  'definition.note.learning_rate_from_solution': {
    en: (p) =>
      `Learning rate ${p.value}: not in the setup, but the worked solution gives it ("${p.words}") and its numbers (${p.numbers}) confirm it over ${p.instead}. For another write \`learning rate: …\`.`,
    fa: (p) =>
      `نرخ یادگیری ${ltr(String(p.value))}: در صورت مسئله نیامده است، اما حل کار‌شده آن را می‌دهد («${ltr(String(p.words))}») و اعداد آن (${ltr(String(p.numbers))}) آن را به جای ${ltr(String(p.instead))} تأیید می‌کنند. برای مقداری دیگر ${ltr('`learning rate: …`')} را بنویسید.`,
  },
};
