// `y = x_1 + x_2 = 1.1 + 2.2 = 3.3`: a value the page works out in a chain is the chain's last number, read only
// when every term written in numbers alone comes to it; the terms between are working, not statements.
import { walk } from '../work-meter.js';
import { evaluateExpression } from './expression.js';
import { slice, type MappedText } from './source.js';

const NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)$/;
/** A term in numbers and operators alone: the page's own arithmetic, which we can check. */
const ARITHMETIC = /^[\d\s.+\-*/×·()^]+$/;

/** `=` signs of a line outside brackets, not part of `==`, `<=`, `>=`, `!=`. */
function equalsSigns(line: string): number[] {
  const at: number[] = [];
  let depth = 0;
  for (let k = 0; k < line.length; k++) {
    const c = line[k]!;
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === '=' && depth === 0 && !'=<>!'.includes(line[k - 1] ?? '') && line[k + 1] !== '=')
      at.push(k);
  }
  return at;
}

/** Whether `value` is `stated` to the digits the page gave it. */
function comesTo(value: number, stated: string): boolean {
  const digits = stated.split('.')[1]?.length ?? 0;
  return Math.abs(value - Number(stated)) <= 0.5 * 10 ** -digits + 1e-12;
}

/** The line with its chain `key = … = … = n` cut to `key = n`, or undefined when it is not such a chain. */
function cutChain(line: MappedText): MappedText | undefined {
  const signs = equalsSigns(line.text);
  if (signs.length < 2 || line.text.slice(0, signs[0]).trim() === '') return undefined;
  const last = line.text.slice(signs.at(-1)! + 1).trim();
  if (!NUMBER.test(last)) return undefined;
  let checked = 0;
  for (let k = 0; k + 1 < signs.length; k++) {
    const term = line.text.slice(signs[k]! + 1, signs[k + 1]).trim();
    if (!ARITHMETIC.test(term)) continue;
    const value = evaluateExpression(term.replace(/[×·]/g, '*'));
    if (!value.ok || !comesTo(value.value, last)) return undefined;
    checked++;
  }
  if (checked === 0) return undefined;
  const head = slice(line, 0, signs[0]! + 1);
  const tail = slice(line, signs.at(-1)! + 1);
  return { text: head.text + tail.text, map: [...head.map, ...tail.map], end: tail.end };
}

/** Each line of the piece whose value is worked out in a chain, cut to its key and last number. */
export function lastOfChains(piece: MappedText): MappedText {
  walk(piece.text.length + 1);
  if (!piece.text.includes('=')) return piece;
  const lines: MappedText[] = [];
  let start = 0;
  for (let k = 0; k <= piece.text.length; k++) {
    if (k < piece.text.length && piece.text[k] !== '\n') continue;
    const line = slice(piece, start, k);
    lines.push(cutChain(line) ?? line);
    if (k < piece.text.length) lines.push(slice(piece, k, k + 1));
    start = k + 1;
  }
  return {
    text: lines.map((l) => l.text).join(''),
    map: lines.flatMap((l) => l.map),
    end: piece.end,
  };
}
