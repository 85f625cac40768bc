// Messages of the platforms area (Discord and Slack adapters), in English and Persian.
import { ltr } from '../bidi.js';
import type { Messages } from '../i18n.js';
import { persianCount } from '../line-list.js';

/** The network pre-filled in the /backprop modal: the classic example, the same in both languages. */
const MODAL_TEMPLATE_BODY = [
  'layers: 2-2-2',
  'activation: sigmoid',
  'input: 0.05, 0.10',
  'target: 0.01, 0.99',
  'W1: [[0.15, 0.20], [0.25, 0.30]]',
  'b1: 0.35',
  'W2: [[0.40, 0.45], [0.50, 0.55]]',
  'b2: 0.60',
  'loss: half_sse',
  'learning rate: 0.5',
];

export const platformsMessages: Messages = {
  'platforms.rateLimited': {
    en: (p) => `Easy there, the whole class is using me. Please try again in ${p.seconds} s.`,
    fa: (p) =>
      `کمی آهسته‌تر؛ همهٔ کلاس دارند از من استفاده می‌کنند. لطفاً ${persianCount(p.seconds ?? '')} ثانیهٔ دیگر دوباره امتحان کنید.`,
  },
  'platforms.noNetworkInMessage': {
    en: 'I found no network in that message. Paste the definition as text, in a ``` code block, or attach a .txt or .json file.',
    fa: 'در آن پیام شبکه‌ای پیدا نکردم. تعریف شبکه را به صورت متن، داخل بلوک کد ``` یا به شکل فایل ‎.txt‎ یا ‎.json‎ پیوست بفرستید.',
  },
  'platforms.attachmentTooLarge': {
    en: (p) => `The attached file ${p.name} is too large (at most ${p.limit} KiB).`,
    fa: (p) =>
      `فایل پیوست ${ltr(p.name ?? '')} بیش از اندازه بزرگ است (حداکثر ${ltr(p.limit ?? '')} کیلوبایت).`,
  },
  'platforms.attachmentUnreadable': {
    en: (p) => `I could not read the attached file ${p.name}.`,
    fa: (p) => `نتوانستم فایل پیوست ${ltr(p.name ?? '')} را بخوانم.`,
  },
  'platforms.textContinuesInFile': {
    en: 'The full text is in the attached reply.md.',
    fa: 'متن کامل در فایل پیوست reply.md است.',
  },
  'platforms.modalTitle': { en: 'Backpropagation', fa: 'پس‌انتشار خطا' },
  'platforms.modalLabel': { en: 'Network definition', fa: 'تعریف شبکه' },
  'platforms.modalSubmit': { en: 'Run', fa: 'اجرا' },
  // Discord caps a modal's title and labels at 45 characters.
  'platforms.checkModalTitle': { en: 'Check worked answers', fa: 'بررسی پاسخ‌های حل‌شده' },
  'platforms.checkModalNetwork': {
    en: 'Network: a preset name or a definition',
    fa: 'شبکه: نام نمونهٔ آماده یا تعریف شبکه',
  },
  'platforms.checkModalAnswers': {
    en: 'Worked answers, one name = value per line',
    fa: 'پاسخ‌ها، هر سطر یک name = value',
  },
  'platforms.modalTemplate': {
    en: ['# Edit the numbers, then press Submit.', ...MODAL_TEMPLATE_BODY].join('\n'),
    fa: ['# اعداد را ویرایش کنید و سپس «ارسال» را بزنید.', ...MODAL_TEMPLATE_BODY].join('\n'),
  },
  'platforms.button.forward': { en: 'Forward', fa: 'گذر رو به جلو' },
  'platforms.button.backward': { en: 'Backward', fa: 'گذر رو به عقب' },
  'platforms.button.update': { en: 'Update', fa: 'به‌روزرسانی وزن‌ها' },
  'platforms.button.train': { en: 'Train 10 more steps', fa: '۱۰ گام آموزش بیشتر' },
  'platforms.button.walkthrough': { en: 'Walkthrough', fa: 'گام‌به‌گام' },
  'platforms.networkFooter': {
    en: 'The network of this reply (the buttons re-run it)',
    fa: 'شبکهٔ این پاسخ (دکمه‌ها آن را دوباره اجرا می‌کنند)',
  },
  'platforms.checkSheetFooter': {
    en: 'The setup and answers of this check (its buttons re-check them)',
    fa: 'شبکه و پاسخ‌های این بررسی (دکمه‌ها آن‌ها را دوباره بررسی می‌کنند)',
  },
  'platforms.buttonStale': {
    en: 'This message no longer carries its network, so the buttons cannot re-run it. Run the command again.',
    fa: 'این پیام دیگر تعریف شبکه‌اش را ندارد و دکمه‌ها نمی‌توانند آن را دوباره اجرا کنند. دستور را دوباره اجرا کنید.',
  },
  'platforms.unknownCommand': {
    en: (p) => `I do not know the command /${p.name}. Try /help.`,
    fa: (p) => `دستور ${ltr(`/${p.name ?? ''}`)} را نمی‌شناسم. ${ltr('/help')} را امتحان کنید.`,
  },
  'platforms.slack.notInChannel': {
    en: 'I am not a member of this channel, so I cannot post the answer or its images here. Invite me with `/invite @backprop-tutor` (or open the channel details › Integrations › Add apps) and try again. Here is the text meanwhile:',
    fa: 'من عضو این کانال نیستم، پس نمی‌توانم پاسخ و تصویرهایش را این‌جا بفرستم. با `/invite @backprop-tutor` (یا جزئیات کانال › Integrations › Add apps) دعوتم کنید و دوباره امتحان کنید. فعلاً متن پاسخ:',
  },
  'platforms.slack.sendFailed': {
    en: (p) => `I computed the answer but Slack refused to post it (${p.error}).`,
    fa: (p) => `پاسخ را محاسبه کردم اما اسلک اجازهٔ ارسالش را نداد (${ltr(p.error ?? '')}).`,
  },
};
