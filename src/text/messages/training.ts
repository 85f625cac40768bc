// Messages of training on data sets (/train, the data-set walkthrough, the work cap), in English and Persian.
import type { Messages } from '../i18n.js';

const p = (params: Record<string, string | number>, key: string): string => String(params[key] ?? '');
/** A parameter kept left-to-right inside Persian text (numbers, counts, limits). */
const n = (params: Record<string, string | number>, key: string): string => `\u2066${p(params, key)}\u2069`;

export const trainingMessages: Messages = {
  'training.too_much_work': {
    en: (x) =>
      `Training ${p(x, 'samples')} samples × ${p(x, 'epochs')} epochs on a network with ${p(x, 'weights')} weights (${p(x, 'work')} sample-weight updates) is more than one chat reply can compute (the cap is ${p(x, 'limit')}); this network and data set can train at most ${p(x, 'maxEpochs')} epochs here. For longer runs use \`npx backprop-tutor trace\` on your own machine.`,
    fa: (x) =>
      `آموزش ${n(x, 'samples')} نمونه × ${n(x, 'epochs')} دوره روی شبکه‌ای با ${n(x, 'weights')} وزن (${n(x, 'work')} به‌روزرسانیِ نمونه-وزن) بیش از توان یک پاسخ در گفتگوست (سقف ${n(x, 'limit')})؛ این شبکه و این داده‌ها این‌جا حداکثر ${n(x, 'maxEpochs')} دوره آموزش می‌بینند. برای اجراهای طولانی‌تر از \`npx backprop-tutor trace\` روی رایانهٔ خودتان استفاده کنید.`,
  },
};
