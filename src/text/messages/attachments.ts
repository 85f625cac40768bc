// Messages about a file attached to a command (a worked solution as .txt), in English and Persian.
import { ltr } from '../bidi.js';
import type { MessageParams, Messages } from '../i18n.js';
import { persianCount } from '../line-list.js';

const p = (params: MessageParams, key: string): string => String(params[key] ?? '');
const n = (params: MessageParams, key: string): string => ltr(p(params, key));
/** A count in the Persian sentence (src/text/line-list.ts persianCount). */
const c = (params: MessageParams, key: string): string => persianCount(p(params, key));

export const attachmentsMessages: Messages = {
  'exercise.solution_file_label': {
    en: 'Or attach it as a text file (.txt)',
    fa: 'یا آن را به صورت فایل متنی (‎.txt‎) پیوست کنید',
  },
  'attachment.not_text': {
    en: (x) =>
      `The attached file ${p(x, 'name')} is not a text file (${p(x, 'type')}). Attach a .txt, .md, .csv or .json file with one \`name = value\` per line, or paste the text instead.`,
    fa: (x) =>
      `فایل پیوست ${n(x, 'name')} فایل متنی نیست (${n(x, 'type')}). یک فایل ‎.txt‎، ‎.md‎، ‎.csv‎ یا ‎.json‎ با یک ${ltr('name = value')} در هر سطر پیوست کنید، یا متن را بچسبانید.`,
  },
  'attachment.too_big': {
    en: (x) =>
      `The attached file ${p(x, 'name')} is ${p(x, 'size')} bytes; a file is read up to ${p(x, 'limit')} characters (${p(x, 'bytes')} bytes). Keep the lines with your numbers and attach it again.`,
    fa: (x) =>
      `فایل پیوست ${n(x, 'name')} ${c(x, 'size')} بایت است؛ از هر فایل حداکثر ${c(x, 'limit')} نویسه (${c(x, 'bytes')} بایت) خوانده می‌شود. سطرهای عددی را نگه دارید و دوباره پیوست کنید.`,
  },
  'attachment.too_long': {
    en: (x) =>
      `The attached file ${p(x, 'name')} has ${p(x, 'length')} characters; at most ${p(x, 'limit')} are read. Keep the lines with your numbers and attach it again.`,
    fa: (x) =>
      `فایل پیوست ${n(x, 'name')} ${c(x, 'length')} نویسه دارد؛ حداکثر ${c(x, 'limit')} نویسه خوانده می‌شود. سطرهای عددی را نگه دارید و دوباره پیوست کنید.`,
  },
  'attachment.download_failed': {
    en: (x) =>
      `I could not download the attached file ${p(x, 'name')} (${p(x, 'reason')}). Try again in a moment, or paste the text instead.`,
    fa: (x) =>
      `نتوانستم فایل پیوست ${n(x, 'name')} را بارگیری کنم (${n(x, 'reason')}). کمی بعد دوباره امتحان کنید یا متن را بچسبانید.`,
  },
  'attachment.foreign_host': {
    en: (x) =>
      `The attached file ${p(x, 'name')} is not on the chat platform's own file servers, so I did not download it. Attach it again from your computer, or paste the text.`,
    fa: (x) =>
      `فایل پیوست ${n(x, 'name')} روی سرورهای فایل خود پلتفرم گفتگو نیست، پس آن را بارگیری نکردم. آن را دوباره از رایانهٔ خود پیوست کنید یا متن را بچسبانید.`,
  },
};
