// Lists of line numbers in messages: one line or several ("line 4" / "lines 4, 7"), Persian digits for Persian.
// No imports, so every messages file can use it without a cycle.

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';

/** Whether a list such as "50, 52, 66" names more than one thing. */
export const several = (list: string): boolean => list.includes(',');

/**
 * A count in a Persian sentence («۴ نمونه», «تلاش ۲ از ۳»), in Persian digits. The rule of every Persian reply: a
 * count of things is a word of the sentence (Persian digits, no isolate); a value the core computes or the user
 * typed (a weight, a loss, a percentage, an option's value, a layer size) keeps Western digits in an isolate.
 */
export const persianCount = (value: string | number | undefined): string =>
  String(value ?? '').replace(/\d/g, (d) => PERSIAN_DIGITS[Number(d)]!);

/** "50, 52, 66" → «۵۰، ۵۲، ۶۶»: numbers written as a Persian reader writes them. */
export const persianList = (list: string): string =>
  list.replace(/\d/g, (d) => PERSIAN_DIGITS[Number(d)]!).replace(/, /g, '، ');

/** "line 4" or "lines 4, 7". */
export const linesEn = (list: string): string => `line${several(list) ? 's' : ''} ${list}`;

/** «سطر ۴» or «سطرهای ۴، ۷». */
export const linesFa = (list: string): string => `سطر${several(list) ? 'های' : ''} ${persianList(list)}`;

/** "1 attempt", "2 attempts": English only (Persian nouns after a number stay singular). */
export const countOf = (count: number | string, noun: string): string =>
  `${count} ${noun}${Number(count) === 1 ? '' : 's'}`;
