// Messages for biases written as weights from a unit 0 (Fausett's v01, w01), in English and Persian.
import { ltr } from '../bidi.js';
import type { Messages } from '../i18n.js';
import { persianCount } from '../line-list.js';

export const zeroSourceBiasesMessages: Messages = {
  'definition.note.zero_source_biases': {
    en: (p) =>
      `${p.names} (from line ${p.line}): weights from a unit 0 that is always 1, read as the biases of the units they go into; so the first index of each pair is the source (v_ij: unit i → unit j).`,
    fa: (p) =>
      `${ltr(String(p.names))} (از سطر ${persianCount(p.line!)}): وزن‌هایی از نورون ۰ که خروجی‌اش همیشه ۱ است، به صورت بایاس نورون‌هایی که به آن‌ها می‌روند خوانده شدند؛ پس اندیس اول هر جفت مبدأ است (${ltr('v_ij')} از نورون ${ltr('i')} به نورون ${ltr('j')}).`,
  },
};
