// Splits `key: value` / `key = value` text (one per line or many per line) into located entries.
import type { UserError } from '../errors.js';
import { definitionError } from './errors.js';
import { classifyKey, isKnownKey, suggestKey, KNOWN_KEYS_TEXT, type KeyRef } from './keys.js';
import { walk } from '../work-meter.js';
import { concat, slice, trim, type MappedText } from './source.js';

export interface Entry {
  key: MappedText;
  ref: KeyRef | undefined;
  value: MappedText;
  /** The value was a "quoted text" (name, description). */
  quoted: boolean;
}

export interface ScanResult {
  entries: Entry[];
  errors: UserError[];
  /** Prose mode: the keys that were not part of a network and were skipped (`a_h1`, `Error`, …). */
  ignored: string[];
}

const OPEN = '[({';
const CLOSE = '])}';
const KEY_LIKE = /^[\p{L}η_][\p{L}\p{N}_'{}\s\u200c]*$/u;
const TEXT_FIELDS = new Set(['name', 'description']);

/** Index just after the closing quote of a "…" string starting at `start`, or the text length. */
function skipQuoted(text: string, start: number): number {
  let k = start + 1;
  while (k < text.length && text[k] !== '"' && text[k] !== '\n') k += text[k] === '\\' ? 2 : 1;
  return Math.min(k + 1, text.length);
}

/** Whether the line starting at `from` begins with a known `key:` or `key =`. */
function startsWithKey(text: string, from: number): boolean {
  // eslint-disable-next-line regexp/no-super-linear-backtracking -- at most 40 characters (the slice)
  const match = /^[^\S\n]*([\p{L}][\p{L}\p{N}_ ]*?)\s*(?::|=)/u.exec(text.slice(from, from + 40));
  return match !== null && classifyKey(match[1]!) !== undefined;
}

/** Lines at bracket depth 0, without `#` comments; a line inside [ ] or ( ) continues the same chunk. */
function chunks(m: MappedText): MappedText[] {
  const out: MappedText[] = [];
  const pieces: MappedText[] = [];
  let depth = 0;
  let pieceStart = 0;
  let k = 0;
  const flushPiece = (stop: number) => {
    if (stop > pieceStart) pieces.push(slice(m, pieceStart, stop));
  };
  const flushChunk = () => {
    if (pieces.length > 0) out.push(concat(pieces.splice(0), { char: '', at: () => 0 }));
  };
  while (k < m.text.length) {
    const c = m.text[k]!;
    if (c === '"') {
      k = skipQuoted(m.text, k);
      continue;
    }
    if (c === '#') {
      flushPiece(k);
      while (k < m.text.length && m.text[k] !== '\n') k++;
      pieceStart = k;
      continue;
    }
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c)) depth = Math.max(0, depth - 1);
    else if (c === '\n' && (depth === 0 || startsWithKey(m.text, k + 1))) {
      // An unclosed bracket stops at a line that starts a new key, so one typo spoils one line only.
      depth = 0;
      flushPiece(k);
      flushChunk();
      pieceStart = k + 1;
    }
    k++;
  }
  flushPiece(m.text.length);
  flushChunk();
  return out;
}

/** Offsets of `:`, `=` or `:=` at depth 0 outside quotes, each with its length. */
function separators(text: string): { at: number; length: number }[] {
  const found: { at: number; length: number }[] = [];
  let depth = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text[k]!;
    if (c === '"') {
      k = skipQuoted(text, k) - 1;
      continue;
    }
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === ':' || c === '=')) {
      const length = c === ':' && text[k + 1] === '=' ? 2 : 1;
      found.push({ at: k, length });
      k += length - 1;
    }
  }
  return found;
}

/** Splits a region `value key` into the value and the longest known key at its end. */
function splitKeyOff(region: MappedText): { value: MappedText; key: MappedText; known: boolean } | undefined {
  let stop = region.text.length;
  while (stop > 0 && /\s/.test(region.text[stop - 1]!)) stop--;
  walk(region.text.length - stop + 1);
  const text = region.text.slice(0, stop);
  const wordStarts: number[] = [];
  const words = /[^\s,;]+/g;
  for (let match = words.exec(text); match; match = words.exec(text)) wordStarts.push(match.index);
  if (wordStarts.length === 0) return undefined;
  for (let n = Math.min(4, wordStarts.length); n >= 1; n--) {
    const start = wordStarts[wordStarts.length - n]!;
    const candidate = text.slice(start);
    if (KEY_LIKE.test(candidate) && isKnownKey(candidate)) {
      return { value: slice(region, 0, start), key: slice(region, start, text.length), known: true };
    }
  }
  const start = wordStarts.at(-1)!;
  const last = text.slice(start);
  if (!KEY_LIKE.test(last)) return undefined;
  return { value: slice(region, 0, start), key: slice(region, start, text.length), known: false };
}

/** `layers 2-2-2` → `layers: 2-2-2` when the line starts with a known key but lacks its colon. */
function missingSeparatorHint(line: string): string | undefined {
  const words = line.split(/\s+/);
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const key = words.slice(0, n).join(' ');
    if (classifyKey(key)) return `${key}: ${words.slice(n).join(' ')}`;
  }
  return undefined;
}

const trimValue = (m: MappedText) => trim(m, ',;');

/**
 * Scans text into entries. In `prose` mode (lines of homework around LaTeX) unknown keys and lines
 * without a separator are ignored instead of reported.
 */
export function scanEntries(
  m: MappedText,
  original: string,
  mode: 'strict' | 'prose' = 'strict',
): ScanResult {
  const entries: Entry[] = [];
  const errors: UserError[] = [];
  const ignored: string[] = [];
  const continued = new Map<Entry, MappedText[]>();
  for (const chunk of chunks(m)) {
    if (chunk.text.trim() === '') continue;
    const regions = splitChunk(chunk);
    if (regions.length === 0) {
      const previous = entries.at(-1);
      const forgotColon = missingSeparatorHint(chunk.text.trim());
      // under `data:` a header such as `x1 x2 y` is a row of the table, not a key without its colon
      const underData = previous?.ref?.kind === 'training' && previous.ref.field === 'data';
      if (mode === 'strict' && previous && !previous.quoted && (!forgotColon || underData)) {
        // Rows of a matrix written under its key: `W1:` then `0.15 0.20` on the next lines (joined once, below).
        const rows = continued.get(previous) ?? [previous.value];
        rows.push(trim(chunk));
        continued.set(previous, rows);
      } else if (mode === 'strict') {
        errors.push(
          definitionError(
            'definition.expected_key_value',
            { text: chunk.text.trim() },
            { original, piece: trim(chunk) },
            forgotColon ?? 'lr: 0.5',
          ),
        );
      }
      continue;
    }
    for (const region of regions) {
      if (region.kind === 'junk') {
        if (mode === 'strict') {
          errors.push(
            definitionError(
              'definition.unexpected_text',
              { text: region.text.text.trim() },
              { original, piece: trim(region.text) },
              'lr: 0.5',
            ),
          );
        }
        continue;
      }
      const ref = classifyKey(region.key.text);
      if (!ref) {
        if (mode === 'prose') ignored.push(region.key.text.trim());
        if (mode === 'strict') {
          const hint = suggestKey(region.key.text);
          errors.push(
            definitionError(
              'definition.unknown_key',
              { key: region.key.text, known: KNOWN_KEYS_TEXT },
              { original, piece: region.key },
              hint,
            ),
          );
        }
        continue;
      }
      // Around LaTeX, `Weights: $w_1 = …$` leaves `Weights:` with nothing (or a word like «و») after it.
      if (mode === 'prose' && !looksLikeValue(ref, region.value.text)) continue;
      entries.push({ key: region.key, ref, value: region.value, quoted: region.quoted });
    }
  }
  for (const [entry, rows] of continued) {
    const nonEmpty = rows.filter((row, k) => k > 0 || row.text.trim() !== '');
    entry.value = concat(nonEmpty, { char: '\n', at: (k) => nonEmpty[k]!.map[0] ?? 0 });
  }
  return { entries, errors, ignored };
}

const WORD_FIELDS = new Set(['activations', 'loss', 'updateBiases', 'name', 'description']);

/** In prose, a value counts only if it could be one: numbers need a digit, names a word. */
function looksLikeValue(ref: KeyRef, value: string): boolean {
  if (value.trim() === '') return false;
  return ref.kind === 'field' && WORD_FIELDS.has(ref.field) ? true : /\d/.test(value);
}

type Region =
  { kind: 'entry'; key: MappedText; value: MappedText; quoted: boolean } | { kind: 'junk'; text: MappedText };

const KEY_CHARACTER = /[\p{L}\p{N}_'{}\u200c]/u;
const KEY_START = /[\p{L}η_]/u;

/**
 * Whether the last word before `stop` (after trailing spaces) is key-like. Walks back only over that
 * word and its spaces, which end at the previous separator, so all separators of a chunk cost O(n).
 */
function endsWithKeyLikeWord(text: string, stop: number): boolean {
  let end = stop;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  let start = end;
  while (start > 0 && KEY_CHARACTER.test(text[start - 1]!)) start--;
  walk(stop - start + 1);
  if (start === end) return false;
  const boundary = text[start - 1];
  if (boundary !== undefined && !/[\s,;]/.test(boundary)) return false;
  return KEY_START.test(text[start]!);
}

/** One chunk (a line, or several lines inside brackets) → its key/value pairs. */
function splitChunk(chunk: MappedText): Region[] {
  const seps = separators(chunk.text).filter((sep) => endsWithKeyLikeWord(chunk.text, sep.at));
  if (seps.length === 0) return [];
  const regions: Region[] = [];
  // Before the first separator: the first key, possibly after stray words.
  const head = slice(chunk, 0, seps[0]!.at);
  const headSplit = splitKeyOff(head);
  let key: MappedText;
  if (headSplit && (headSplit.known || !KEY_LIKE.test(head.text.trim()))) {
    if (headSplit.value.text.trim() !== '') regions.push({ kind: 'junk', text: headSplit.value });
    key = trim(headSplit.key);
  } else {
    key = trim(head);
  }
  for (let s = 0; s < seps.length; s++) {
    const valueStart = seps[s]!.at + seps[s]!.length;
    const ref = classifyKey(key.text);
    const isText = ref?.kind === 'field' && TEXT_FIELDS.has(ref.field);
    let leading = 0;
    while (isText && /\s/.test(chunk.text[valueStart + leading] ?? '')) leading++;
    walk(leading + 1);
    if (isText && chunk.text[valueStart + leading] === '"') {
      const close = skipQuoted(chunk.text, valueStart + leading);
      regions.push({ kind: 'entry', key, value: slice(chunk, valueStart + leading, close), quoted: true });
      // What follows the closing quote up to the next separator is the next key (separators are sorted).
      let nextSep = s + 1;
      while (nextSep < seps.length && seps[nextSep]!.at < close) nextSep++;
      walk(nextSep - s);
      if (nextSep === seps.length) nextSep = -1;
      if (nextSep < 0) {
        const tail = slice(chunk, close);
        if (tail.text.trim() !== '') regions.push({ kind: 'junk', text: tail });
        return regions;
      }
      const between = slice(chunk, close, seps[nextSep]!.at);
      key = trim(between);
      s = nextSep - 1;
      continue;
    }
    if (isText) {
      regions.push({ kind: 'entry', key, value: trim(slice(chunk, valueStart)), quoted: false });
      return regions;
    }
    const next = seps[s + 1];
    if (!next) {
      regions.push({ kind: 'entry', key, value: trimValue(slice(chunk, valueStart)), quoted: false });
      break;
    }
    const region = slice(chunk, valueStart, next.at);
    const split = splitKeyOff(region);
    if (!split) {
      regions.push({ kind: 'entry', key, value: trimValue(region), quoted: false });
      break;
    }
    regions.push({ kind: 'entry', key, value: trimValue(split.value), quoted: false });
    key = trim(split.key);
  }
  return regions;
}
