// Messages of the runtime (start-up and shutdown), in English and Persian.
import type { Messages } from '../i18n.js';

export const runtimeMessages: Messages = {
  'runtime.restarting': {
    en: 'I am restarting right now; please try again in a moment.',
    fa: 'همین حالا در حال راه‌اندازی دوباره هستم؛ لطفاً چند لحظهٔ دیگر دوباره امتحان کنید.',
  },
};
