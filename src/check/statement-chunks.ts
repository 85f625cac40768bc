// One row of a sheet → the pieces that each hold one statement: cut at `;`, at `, name`, at ` and `, and where a number is followed by a new `name =`.
import { walk } from '../work-meter.js';

const OPENING = new Set(['(', '{', '[']);
const CLOSING = new Set([')', '}', ']']);
/** A character a statement's name can start with (after `, ` or after a number). */
const NAME_START = /[A-Za-zΔδ∂ησ\\\u0600-\u06FF]/;
const DIGIT = /[\d۰-۹]/;

/**
 * `out_o1 = 0.7514  E_total = 0.2984` on one line (a chat option): after a number and a space, a token
 * that starts like a name and reaches `=` before any space (one space allowed before the `=`).
 */
function startsStatementAt(text: string, from: number): boolean {
  if (!NAME_START.test(text[from] ?? '') || text[from] === 'η') return false;
  let k = from + 1;
  while (k < text.length && text[k] !== ' ' && text[k] !== '=') k++;
  walk(k - from);
  if (text[k] === ' ') k++;
  return text[k] === '=';
}

/** The text before `end` ends with a number (not a name's index, as in `w14 new = …`). */
function endsNumber(text: string, end: number, start: number): boolean {
  let k = end - 1;
  while (k >= start && (DIGIT.test(text[k]!) || text[k] === '.')) k--;
  walk(end - k);
  return DIGIT.test(text[end - 1]!) && (k < start || !/[\p{L}_^{}\\]/u.test(text[k]!));
}

/** Splits a row (spaces already collapsed to one) into statement chunks, in one pass; brackets protect `;` and `, `. */
export function splitStatements(text: string): string[] {
  const chunks: string[] = [];
  let depth = 0;
  let start = 0;
  const cut = (end: number, next: number) => {
    if (text.slice(start, end).trim() !== '') chunks.push(text.slice(start, end));
    start = next;
  };
  for (let k = 0; k < text.length; k++) {
    const c = text[k]!;
    if (OPENING.has(c)) depth++;
    else if (CLOSING.has(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && c === ';') cut(k, k + 1);
    else if (depth === 0 && c === ',' && text[k + 1] === ' ' && NAME_START.test(text[k + 2] ?? ''))
      cut(k, k + 1);
    else if (c === '⇒' || (c === '=' && text[k + 1] === '>')) {
      // `H1_net = 0.47 => H1 = sigmoid(H1_net) = 0.6154`: two statements.
      cut(k, c === '⇒' ? k + 1 : k + 2);
      if (c !== '⇒') k++;
    } else if (c === ' ' && text.startsWith('and ', k + 1)) {
      cut(k, k + 5);
      k += 4;
    } else if (c === ' ' && k > start && endsNumber(text, k, start) && startsStatementAt(text, k + 1))
      cut(k, k + 1);
  }
  walk(text.length);
  cut(text.length, text.length);
  return chunks;
}
