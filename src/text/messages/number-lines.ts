// The line(s) of a pasted page each number of the network came from, in English and Persian.
import { ltr } from '../bidi.js';
import type { MessageParams, Messages } from '../i18n.js';
import { persianCount } from '../line-list.js';

/** "input=17;W1=22–23, 25" → [["input", "17"], ["W1", "22–23, 25"]]. */
const partsOf = (p: MessageParams): string[][] =>
  String(p.parts ?? '')
    .split(';')
    .filter(Boolean)
    .map((part) => part.split('='));

/** More than one line: a list or a range. */
const several = (lines: string): boolean => /[,–]/.test(lines);

const FA_WORDS: Record<string, string> = {
  input: 'ورودی',
  target: 'هدف',
  data: 'داده‌ها',
  layers: 'لایه‌ها',
};

export const numberLinesMessages: Messages = {
  'definition.note.number_lines': {
    en: (p) =>
      `From the page: ${partsOf(p)
        .map(([field, lines = '']) => `${field} line${several(lines) ? 's' : ''} ${lines}`)
        .join(' · ')}.`,
    // Line numbers are words of the sentence, so Persian digits (test/text/digits.test.ts); W1, η are code, left to right.
    fa: (p) =>
      `از صفحه: ${partsOf(p)
        .map(
          ([field = '', lines = '']) =>
            `${FA_WORDS[field] ?? ltr(`\`${field}\``)} سطر${several(lines) ? 'های' : ''} ${persianCount(lines).replace(/, /g, '، ')}`,
        )
        .join(' · ')}.`,
  },
};
