// Text with a map back to the user's original characters, so every error can name its line and column.
import { walk } from '../work-meter.js';
import { asciiOfFullWidth } from './full-width.js';

/** A piece of text; `map[k]` is the offset in the original input of `text[k]`. */
export interface MappedText {
  text: string;
  map: number[];
  /** Offset in the original input just after this piece (for errors about what is missing at its end). */
  end: number;
}

export function fromString(text: string): MappedText {
  return { text, map: Array.from({ length: text.length }, (_, k) => k), end: text.length };
}

export function slice(m: MappedText, start: number, stop = m.text.length): MappedText {
  const map = m.map.slice(start, stop);
  const end = stop < m.text.length ? (m.map[stop] ?? m.end) : m.end;
  return { text: m.text.slice(start, stop), map, end };
}

/** Offset in the original input where this piece starts (or, if empty, where it would be). */
export function originOf(m: MappedText, index = 0): number {
  return m.map[index] ?? m.end;
}

/** Trims whitespace (and the given extra characters) from both ends, keeping the map. */
export function trim(m: MappedText, extra = ''): MappedText {
  const isTrimmed = (c: string) => /\s/.test(c) || extra.includes(c);
  let start = 0;
  let stop = m.text.length;
  while (start < stop && isTrimmed(m.text[start]!)) start++;
  while (stop > start && isTrimmed(m.text[stop - 1]!)) stop--;
  return slice(m, start, stop);
}

export function concat(parts: MappedText[], joiner: { char: string; at: (k: number) => number }): MappedText {
  let text = '';
  const map: number[] = [];
  parts.forEach((part, k) => {
    if (k > 0) {
      text += joiner.char;
      map.push(joiner.at(k));
    }
    text += part.text;
    map.push(...part.map);
  });
  return { text, map, end: parts.at(-1)?.end ?? 0 };
}

/** Replaces every match of a global regex; replacement characters map to where the match began. */
export function replaceMapped(
  m: MappedText,
  pattern: RegExp,
  replacer: (match: RegExpExecArray) => string,
): MappedText {
  let text = '';
  const map: number[] = [];
  let last = 0;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(m.text); match; match = pattern.exec(m.text)) {
    if (match[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    text += m.text.slice(last, match.index);
    map.push(...m.map.slice(last, match.index));
    const replacement = replacer(match);
    const at = originOf(m, match.index);
    text += replacement;
    for (let k = 0; k < replacement.length; k++) map.push(at);
    last = match.index + match[0].length;
  }
  text += m.text.slice(last);
  map.push(...m.map.slice(last));
  return { text, map, end: m.end };
}

/** Line starts of the last input located: every error of one request shares them (one pass, not one per error). */
let lineStartsOf: { original: string; starts: number[] } | undefined;

function lineStarts(original: string): number[] {
  if (lineStartsOf?.original === original) return lineStartsOf.starts;
  const starts = [0];
  walk(original.length + 1);
  for (let k = 0; k < original.length; k++) if (original[k] === '\n') starts.push(k + 1);
  lineStartsOf = { original, starts };
  return starts;
}

/** 1-based line and column of an offset in the original input. */
export function lineAndColumn(original: string, offset: number): { line: number; column: number } {
  const stop = Math.max(0, Math.min(offset, original.length));
  const starts = lineStarts(original);
  // The last line start at or before `stop` (binary search).
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= stop) low = middle;
    else high = middle - 1;
  }
  walk(Math.ceil(Math.log2(starts.length + 1)));
  return { line: low + 1, column: stop - starts[low]! + 1 };
}

// One-for-one character replacements (lengths never change): Persian and Arabic digits, Unicode operators.
const CHARACTER_EQUIVALENTS: Record<string, string> = {
  '\u2212': '-', // minus sign
  '\u2013': '-', // en dash (2–2–2)
  '\u00d7': '*',
  '\u00f7': '/',
  '\u00b7': '*',
  '\u22c5': '*',
  '\u066b': '.', // Arabic decimal separator
  '\u060c': ',', // Arabic comma
  '\u061b': ';', // Arabic semicolon
  '\r': ' ', // Windows line ends: the \n that follows still ends the line
  '\u00a0': ' ',
  '\u200c': ' ', // zero-width non-joiner typed between Persian words
};

// Full-width forms (U+FF01–FF5E) and the ideographic space, comma and full stop: Chinese and Japanese pages.
const SPECIAL_CHARACTERS =
  /[\u06f0-\u06f9\u0660-\u0669\u2212\u2013\u00d7\u00f7\u00b7\u22c5\u066b\u060c\u061b\r\u00a0\u200c\uff01-\uff5e\u3000-\u3002]/g;

/** Normalises digits and operators so `۰٫۵` and `1 − 2 × 3` read as numbers; keeps every offset. */
export function normalizeCharacters(text: string): string {
  return text.replace(SPECIAL_CHARACTERS, (c) => {
    const code = c.charCodeAt(0);
    if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
    if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
    return CHARACTER_EQUIVALENTS[c] ?? asciiOfFullWidth(c) ?? c;
  });
}

/** The first ``` fenced block when the message has one (prose around it is ignored). */
export function extractFence(m: MappedText): MappedText | undefined {
  const match = /```[^\n`]*\n([\s\S]*?)```/.exec(m.text) ?? /```([\s\S]*?)```/.exec(m.text);
  if (!match || match[1] === undefined) return undefined;
  const start = match.index + match[0].indexOf(match[1], match[0].indexOf('```') + 3);
  return slice(m, start, start + match[1].length);
}
