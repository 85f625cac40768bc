// Answer sheet text → statements `name = … = value`, each with its line and the digits of its claim.
import { flattenLatex } from './latex.js';
import { parseGivenNumber, type GivenNumber } from './numbers.js';

export interface Statement {
  /** 1-based line where the statement (its name) starts. */
  line: number;
  /** The parts between `=` signs before the claimed number, LaTeX flattened; the first is the name ('' when none). */
  segments: string[];
  claim: GivenNumber;
}

/** Splits on `=` but not on `:=`, `<=`, `>=`, `!=`, `=>`. */
function splitOnEquals(text: string): string[] {
  return text
    .replace(/==/g, '=')
    .split(/(?<![:<>!])=(?!>)/)
    .map((s) => s.trim());
}

/** `out_o1 = 0.7514  E_total = 0.2984` on one line (a chat option): a number, spaces, then a new `name =`. */
const NEXT_STATEMENT_AFTER_NUMBER = /(?<=[\d۰-۹])\s+(?=[A-Za-zΔδ∂σ\\\u0600-\u06FF][^\s=]*\s*=)/;

/** Splits a line into independent chunks at `;` and at `, ` before a new name (outside brackets). */
function splitChunks(text: string): string[] {
  const chunks: string[] = [];
  let depth = 0;
  let start = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text[k]!;
    if (c === '(' || c === '{' || c === '[') depth++;
    else if (c === ')' || c === '}' || c === ']') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === ';' || (c === ',' && /^\s+[A-Za-zΔδ∂ησ\\]/.test(text.slice(k + 1))))) {
      chunks.push(text.slice(start, k));
      start = k + 1;
    }
  }
  chunks.push(text.slice(start));
  return chunks
    .flatMap((chunk) => chunk.split(/\s+and\s+/))
    .flatMap((chunk) => chunk.split(NEXT_STATEMENT_AFTER_NUMBER))
    .filter((c) => c.trim() !== '');
}

const NUMBER_HEAD =
  /^\s*([+\-−]?\s*(?:[\d۰-۹٠-٩]+(?:[.٫][\d۰-۹٠-٩]*)?|[.٫][\d۰-۹٠-٩]+)(?:\s*[eE]\s*[+\-−]?\d+|\s*(?:×|\*|·)\s*10\s*\^\s*\{?\s*[+\-−]?\d+\s*\}?)?)(.*)$/s;

/** The number a segment claims: the whole segment, or a leading number followed by prose ("0.5933 so …"). */
export function claimOf(segment: string): GivenNumber | undefined {
  const whole = parseGivenNumber(segment);
  if (whole) return whole;
  const match = NUMBER_HEAD.exec(segment);
  if (!match) return undefined;
  const rest = match[2]!;
  // Prose may follow ("0.5933 so …"); an operator, a digit or a bracket means it is an expression.
  const prose = /^[,.;:]?\s+[A-Za-z\u0600-\u06FF]/.test(rest);
  // "0.5932 (truncated)": a remark in brackets, words only.
  const remark = /^\s*\([A-Za-z\u0600-\u06FF\s.,'-]+\)/.test(rest);
  if (rest.trim() !== '' && !prose && !remark) return undefined;
  return parseGivenNumber(match[1]!);
}

interface Open {
  line: number;
  segments: string[];
  /** The last `=` had nothing after it yet ("Error =" with the value on the next line). */
  awaitingValue: boolean;
}

export function parseAnswerSheet(text: string): Statement[] {
  const statements: Statement[] = [];
  let open: Open | undefined;
  const lines = text.split(/\r\n|\r|\n/);
  // A LaTeX `\\` breaks a row inside one text line (aligned and split environments).
  const rows = lines.flatMap((rawLine, index) =>
    rawLine.split(/\\\\/).map((row) => ({ row, lineNumber: index + 1 })),
  );
  rows.forEach(({ row, lineNumber }) => {
    for (const chunk of splitChunks(flattenLatex(row))) {
      const parts = splitOnEquals(chunk);
      const continues = parts[0] === '' && parts.length > 1;
      let segments: string[];
      let line = lineNumber;
      if (open && (continues || open.awaitingValue)) {
        segments = [...open.segments, ...(continues ? parts.slice(1) : parts)];
        line = open.line;
      } else if (parts.length < 2) {
        open = undefined;
        continue;
      } else segments = parts;
      open = undefined;

      const last = segments[segments.length - 1]!;
      if (last === '') {
        open = { line, segments: segments.slice(0, -1), awaitingValue: true };
        continue;
      }
      const claim = segments.length > 1 ? claimOf(last) : undefined;
      if (claim) statements.push({ line, segments: segments.slice(0, -1), claim });
      else if (segments.length > 1) open = { line, segments, awaitingValue: false };
    }
  });
  return statements;
}
