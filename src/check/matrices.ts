// Matrices and vectors written over one or many lines (`\begin{bmatrix}…\end{bmatrix}`, NumPy's `[[ 8.4]\n [-0. ]]`)
// → one bracketed list on the line where they start, `[a, b; c, d]`, so a statement can claim them.
import { walk } from '../work-meter.js';
import { parseGivenNumber } from './numbers.js';

/** A written matrix is small: longer text is left as it is (a homework matrix has a few dozen numbers). */
const MAX_MATRIX_LENGTH = 1200;
const MAX_MATRIX_LINES = 12;
const BEGIN = /\\begin\s*\{([pbBvV]?matrix)\}/g;
/** Notebook and console prefixes in front of a matrix's rows: `# ` (a markdown cell as a comment), `>>> `. */
const ROW_PREFIX = /^\s*(?:#|>>>)?\s*/;

const isNumber = (cell: string) => parseGivenNumber(cell) !== undefined;

/** `[[a, b], [c, d]]` style rows as text: the rows of numbers, or undefined when any cell is not a number. */
function bracketRows(rows: string[][]): string | undefined {
  if (rows.length === 0 || rows.some((r) => r.length === 0 || !r.every(isNumber))) return undefined;
  const width = rows[0]!.length;
  if (rows.some((r) => r.length !== width)) return undefined;
  return `[${rows.map((r) => r.join(', ')).join('; ')}]`;
}

/**
 * A matrix of expressions (`0.0045 \times 1 & 0.0045 \times 2 \\ …`, `\frac{∂loss}{∂h1_1} …`) on one line as
 * `[a, b; c, d]` too, so its `\\` and `&` break no row: the statement around it stays whole. A cell holding
 * `=`, a bracket or `;` is left as written.
 */
function expressionRows(rows: string[][]): string | undefined {
  if (rows.length === 0 || rows.some((r) => r.some((cell) => /[=[\];]/.test(cell)))) return undefined;
  return `[${rows.map((r) => r.join(', ')).join('; ')}]`;
}

/** The body of a LaTeX matrix as rows of cells (rows by `\\`, cells by `&`), notebook prefixes dropped. */
function latexRows(body: string): string[][] {
  return body
    .split('\\\\')
    .map((row) =>
      row
        .split('\n')
        .map((line) => line.replace(ROW_PREFIX, ''))
        .join(' ')
        .split('&')
        .map((cell) => cell.trim()),
    )
    .filter((row) => !(row.length === 1 && row[0] === ''));
}

/** NumPy's printed array body (`[ 2.5 -2.5]`, `[[5.25 0.  ]]`, `[[ 8.4]\n [-0. ]]`, `[0.31, 0.57]`) as rows. */
function numpyRows(text: string): string[][] | undefined {
  const inner = text.replace(/\n\s*(?:#|>>>)?/g, ' ').trim();
  const nested = /^\[\s*\[(.*)\]\s*\]$/s.exec(inner);
  const rowsText = nested ? nested[1]!.split(/\]\s*(?:,\s*)?\[/) : [inner.slice(1, -1)];
  const rows = rowsText.map((row) =>
    row
      .trim()
      .split(/\s+(?:,\s*)?|,\s*/)
      .filter((cell) => cell !== ''),
  );
  return rows.every((r) => r.length > 0) ? rows : undefined;
}

/** Characters a printed array holds between its brackets. */
const IN_ARRAY = new Set([...'0123456789 \t\r.,eE+-−#>']);

/** Where the bracket opened at `from` closes (one level of nesting), within the limits; undefined otherwise. */
function closingBracket(text: string, from: number): number | undefined {
  let depth = 0;
  let lines = 0;
  const end = Math.min(text.length, from + MAX_MATRIX_LENGTH);
  for (let k = from; k < end; k++) {
    const c = text[k]!;
    if (c === '[') {
      depth++;
      if (depth > 2) return undefined;
    } else if (c === ']') {
      depth--;
      if (depth === 0) {
        walk(k - from);
        return k;
      }
    } else if (c === '\n') {
      if (++lines > MAX_MATRIX_LINES) return undefined;
    } else if (!IN_ARRAY.has(c)) return undefined;
  }
  walk(end - from);
  return undefined;
}

interface Replacement {
  start: number;
  end: number;
  text: string;
}

function latexMatrices(text: string): Replacement[] {
  const found: Replacement[] = [];
  const pattern = new RegExp(BEGIN.source, 'g');
  // The next `\end{…}` of each kind, found once: a search never goes over text an earlier one passed.
  const nextEnd = new Map<string, number>();
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const bodyStart = match.index + match[0].length;
    const endTag = `\\end{${match[1]}}`;
    let bodyEnd = nextEnd.get(endTag);
    if (bodyEnd === undefined || (bodyEnd >= 0 && bodyEnd < bodyStart)) {
      bodyEnd = text.indexOf(endTag, bodyStart);
      walk((bodyEnd < 0 ? text.length : bodyEnd) - bodyStart);
      nextEnd.set(endTag, bodyEnd);
    }
    if (bodyEnd < 0) break;
    if (bodyEnd - bodyStart > MAX_MATRIX_LENGTH) continue;
    const cells = latexRows(text.slice(bodyStart, bodyEnd));
    const rows = bracketRows(cells) ?? expressionRows(cells);
    const end = bodyEnd + endTag.length;
    if (rows) found.push({ start: match.index, end, text: rows });
    pattern.lastIndex = end;
  }
  return found;
}

function numpyArrays(text: string): Replacement[] {
  const found: Replacement[] = [];
  for (let k = 0; k < text.length; k++) {
    if (text[k] !== '[') continue;
    // A list, not an index: `x[0]`, `grad['W2']` stay.
    if (k > 0 && /[\p{L}\d_\])'"]/u.test(text[k - 1]!)) continue;
    const close = closingBracket(text, k);
    if (close === undefined) continue;
    const rows = numpyRows(text.slice(k, close + 1));
    const written = rows ? bracketRows(rows) : undefined;
    if (written) {
      // A 1 × 1 array is its number.
      const single = rows!.length === 1 && rows![0]!.length === 1;
      found.push({ start: k, end: close + 1, text: single ? rows![0]![0]! : written });
    }
    k = close;
  }
  return found;
}

/** Puts each matrix on its first line as `[a, b; c, d]`; the lines it covered stay, empty, so line numbers hold. */
export function joinMatrices(text: string): string {
  if (!text.includes('[') && !text.includes('\\begin')) return text;
  const latex = latexMatrices(text);
  const withLatex = apply(text, latex);
  return apply(withLatex, numpyArrays(withLatex));
}

function apply(text: string, replacements: Replacement[]): string {
  if (replacements.length === 0) return text;
  let result = '';
  let copied = 0;
  let pendingLines = 0;
  for (const r of replacements) {
    const between = text.slice(copied, r.start);
    // Lines a matrix covered are given back at the end of the line it ends on.
    if (pendingLines > 0 && between.includes('\n')) {
      const cut = between.indexOf('\n');
      result += between.slice(0, cut) + '\n'.repeat(pendingLines) + between.slice(cut);
      pendingLines = 0;
    } else result += between;
    result += r.text;
    pendingLines += countLines(text, r.start, r.end);
    copied = r.end;
  }
  const rest = text.slice(copied);
  const cut = rest.indexOf('\n');
  if (pendingLines === 0) return result + rest;
  return cut < 0
    ? result + rest + '\n'.repeat(pendingLines)
    : result + rest.slice(0, cut) + '\n'.repeat(pendingLines) + rest.slice(cut);
}

function countLines(text: string, start: number, end: number): number {
  let count = 0;
  for (let k = start; k < end; k++) if (text[k] === '\n') count++;
  return count;
}
