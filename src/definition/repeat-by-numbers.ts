// A quantity stated twice that the solution does not restate: its worked numbers, sums included
// (`𝒔 = 𝟎. 𝟏 ∗ 𝟎. 𝟓 + 𝟎. 𝟑 ∗ 𝟎. 𝟐 + 𝟏. 𝟖𝟑`), may fit the network with one value and not the other.
import type { Result } from '../errors.js';
import { ok } from '../errors.js';
import {
  confirmedNumbers,
  pageNumbers,
  quoteNumbers,
  specNumbers,
  type PageNumber,
} from './choose-reading.js';
import { noteText, type Note } from './defaults.js';
import { evaluateExpression } from './expression.js';
import { plainMathText } from './math-alphanumerics.js';
import type { ParsedDefinition } from './parse.js';
import type { OpenRepeat } from './repeated-values.js';

/** Only numbers and arithmetic, with an operator between two of them: a sum the page writes out. */
const ARITHMETIC = /^[\d.\s+\-*/×·∗()]+$/;
const OPERATION = /\d\s*[-+*/×·∗]\s*[\d(]/;

/** The solution's printed numbers and the value of every sum it writes out (exact: nine decimals). */
export function workedNumbers(worked: string): PageNumber[] {
  const plain = plainMathText(worked);
  const sums: PageNumber[] = [];
  for (const line of plain.split('\n')) {
    for (const part of line.split('=').slice(1)) {
      const text = part.trim();
      if (!ARITHMETIC.test(text) || !OPERATION.test(text)) continue;
      const value = evaluateExpression(text.replace(/∗/g, '*'));
      if (value.ok) sums.push({ value: value.value, decimals: 9, text });
    }
  }
  return [...pageNumbers(plain), ...sums];
}

/**
 * The reading (each read without the other value's statements) whose forward pass the solution's numbers fit,
 * with a note saying which numbers; undefined when they fit both, neither, or there is more than one repeat.
 */
export function settleByWorkedNumbers(
  open: OpenRepeat[],
  readWithout: (keys: Set<number>) => Result<ParsedDefinition>,
  worked: string,
): Result<ParsedDefinition> | undefined {
  const [repeat] = open;
  if (open.length !== 1 || repeat?.sides.length !== 2) return undefined;
  const readings = repeat.sides.flatMap((side, k) => {
    const other = repeat.sides[1 - k]!;
    const read = readWithout(new Set(other.keys));
    return read.ok ? [{ side, other, parsed: read.value }] : [];
  });
  if (readings.length !== 2) return undefined;
  const specs = readings.map((r) => r.parsed.spec as unknown as Record<string, unknown>);
  // A number either network holds (a weight written again) confirms nothing.
  const given = new Set(specs.flatMap((spec) => [...specNumbers(spec)]));
  const numbers = workedNumbers(worked).filter((n) => !given.has(n.value));
  const confirmed = specs.map((spec) => confirmedNumbers(spec, numbers));
  const best = confirmed[0]!.length > confirmed[1]!.length ? 0 : 1;
  if (confirmed[best]!.length === 0 || confirmed[best]!.length === confirmed[1 - best]!.length)
    return undefined;
  const { side, other, parsed } = readings[best]!;
  const note: Note = {
    id: 'definition.note.repeat_confirmed_by_numbers',
    params: {
      key: repeat.key,
      kept: side.shown,
      keptLine: side.line,
      other: other.shown,
      otherLine: other.line,
      numbers: quoteNumbers(confirmed[best]!),
    },
  };
  return ok({
    ...parsed,
    notes: [...parsed.notes, noteText(note)],
    noteMessages: [...parsed.noteMessages, note],
  });
}
