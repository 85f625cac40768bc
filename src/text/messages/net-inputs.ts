// Messages about a page's net inputs named u1 or v1 beside its numbered weights, in English and Persian.
import { ltr } from '../bidi.js';
import type { Messages } from '../i18n.js';
import { linesEn, linesFa, several } from '../line-list.js';

export const netInputsMessages: Messages = {
  'definition.note.net_inputs_read': {
    en: (p) =>
      `${p.names} (${linesEn(String(p.lines))}) ${several(String(p.names)) ? 'are the net inputs' : 'is the net input'} of ${p.units} by the page's own numbers: read as its working, not as weights.`,
    fa: (p) =>
      `${ltr(String(p.names))} (${linesFa(String(p.lines))}) طبق اعداد خود صفحه ورودی خالص ${ltr(String(p.units))} ${several(String(p.names)) ? 'هستند' : 'است'}: به عنوان محاسبات صفحه خوانده شد، نه به عنوان وزن.`,
  },
};
