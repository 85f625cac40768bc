// Messages for a network without biases (biases all 0, not updated), in English and Persian.
import type { Messages } from '../i18n.js';
import { ltr } from '../bidi.js';

export const noBiasesMessages: Messages = {
  'commands.backprop_biases_none': { en: 'no biases', fa: 'بدون بایاس' },
  'commands.backprop_no_biases': { en: 'This network has no biases.', fa: 'این شبکه بایاس ندارد.' },
  'render.no_biases': { en: ' · no biases', fa: ' · بدون بایاس' },
  'render.key.network_no_biases': {
    en: 'edges: weights · no biases · left: inputs · right: targets t',
    fa: `یال‌ها: وزن‌ها · بدون بایاس · چپ: ورودی‌ها · راست: هدف‌ها ${ltr('t')}`,
  },
};
