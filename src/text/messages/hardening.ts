// Messages about the bot's limits (nesting, request size), in English and Persian.
import { ltr } from '../bidi.js';
import type { Messages } from '../i18n.js';
import { persianCount } from '../line-list.js';

export const hardeningMessages: Messages = {
  'commands.timeout_check': {
    en: (x) =>
      `Checking took longer than ${x.seconds} seconds, so I stopped. Try fewer lines of answers at once, or a smaller network.`,
    fa: (x) =>
      `بررسی بیش از ${persianCount(x.seconds!)} ثانیه طول کشید و متوقفش کردم. سطرهای کمتری از پاسخ‌ها را با هم بفرستید یا شبکهٔ کوچک‌تری را امتحان کنید.`,
  },
  'commands.busy': {
    en: 'The bot is busy with other requests right now; please try again in a moment.',
    fa: 'ربات همین حالا سرگرم درخواست‌های دیگر است؛ لطفاً چند لحظهٔ دیگر دوباره امتحان کنید.',
  },
  'definition.too_deep': {
    en: (p) =>
      `Brackets are nested more than ${p.max} deep here. A list of matrices needs three levels: \`${p.hint ?? '[[0.15, 0.2], [0.25, 0.3]]'}\`.`,
    fa: (p) =>
      `کروشه‌ها این‌جا بیش از ${persianCount(p.max!)} لایه تو در تو شده‌اند. فهرستی از ماتریس‌ها سه لایه لازم دارد: ${ltr(`\`${p.hint ?? '[[0.15, 0.2], [0.25, 0.3]]'}\``)}`,
  },
};
