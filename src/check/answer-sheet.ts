// Answer sheet text → statements `name = … = value`, each with its line and the digits of its claim (linear in the text).
import { claimOf, MAX_NUMBER_LENGTH } from './claim.js';
import { withArithmetic } from './exact-arithmetic.js';
import { commentValues } from './comment-values.js';
import { flattenLatex } from './latex.js';
import { withoutWrapping } from './markdown.js';
import { joinMatrices } from './matrices.js';
import { parseGivenNumber, type GivenNumber } from './numbers.js';
import { splitStatements } from './statement-chunks.js';
import { cellsOf, tableChunks, type TableState } from './tables.js';

export { claimOf } from './claim.js';

export interface Statement {
  /** 1-based line where the statement (its name) starts. */
  line: number;
  /** The parts between `=` signs before the claimed number, LaTeX flattened; the first is the name ('' when none). */
  segments: string[];
  claim: GivenNumber;
  /** A vector or matrix claimed at once (`z1 = [4.3, 5.3]`): its rows; `claim` is then its first element. */
  vector?: GivenNumber[][];
}

/** A bracketed list of numbers `[a, b; c, d]` (as joinMatrices writes matrices): its rows, else undefined. */
export function vectorClaimOf(segment: string): GivenNumber[][] | undefined {
  const match = /^\[([^[\]]*)\]\.?$/.exec(segment.trim());
  if (!match) return undefined;
  const rows = match[1]!.split(';').map((row) => row.split(',').map((cell) => parseGivenNumber(cell.trim())));
  const width = rows[0]!.length;
  if (rows.some((row) => row.length !== width || row.some((c) => c === undefined))) return undefined;
  const numbers = rows as GivenNumber[][];
  return numbers.length * width >= 2 ? numbers : undefined;
}

/** `print(f"z_hidden = {z_hidden}")   # [0.31, 0.57]`: code printing a name, its value in the comment. */
const PRINTED_IN_COMMENT =
  /^\s*print\(\s*f?["']\s*([\p{L}_][\w\s]{0,30}?)\s*(?:[=:]\s*)?\{[^{}]{0,40}\}["']\s*\)\s*#\s*(.{1,200})$/u;
/** `print(Y)` then `>>> [[0.73 0.12]]` on the next line: the console's answer is Y's value. */
const PRINT_CALL = /^\s*print\(\s*([\p{L}_][\w]{0,30})\s*\)\s*$/u;
const CONSOLE_ANSWER = /^\s*>>>\s*(.{1,200})$/;

/** Code lines that state a value without `=` rewritten as `name = value`; `printedLines` gets their indices. */
function printedValues(lines: string[], printedLines: Set<number>): string[] {
  let printed: string | undefined;
  return lines.map((line, index) => {
    const comment = PRINTED_IN_COMMENT.exec(line);
    const answer = printed !== undefined ? CONSOLE_ANSWER.exec(line) : null;
    const call = PRINT_CALL.exec(line);
    const result = comment ? `${comment[1]} = ${comment[2]}` : answer ? `${printed} = ${answer[1]}` : line;
    if (comment || answer) printedLines.add(index);
    printed = call ? call[1] : line.trim() === '' ? printed : undefined;
    return result;
  });
}

/** A value the code printed was computed at full precision: only its printing (or copying) shortened it. */
function markPrinted(statement: Statement): Statement {
  const printed = (n: GivenNumber): GivenNumber => ({ ...n, printed: true });
  return {
    ...statement,
    claim: printed(statement.claim),
    ...(statement.vector ? { vector: statement.vector.map((row) => row.map(printed)) } : {}),
  };
}

/** Splits on `=` but not on `:=`, `<=`, `>=`, `!=`, `=>`. */
function splitOnEquals(text: string): string[] {
  return (
    text
      // `===== Backward Pass =====`: a run of three or more is a rule around a heading, not an equation.
      .replace(/={3,}/g, ' ')
      .replace(/==/g, '=')
      .split(/(?<![:<>!])=(?!>)/)
      .map((s) => s.trim())
  );
}

/** Runs of spaces (and tabs) become one space, so no later pattern meets a long run. */
function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** A row as the statement finder reads it: spaces collapsed, LaTeX flattened (which turns `$` and `&` into spaces). */
export function readableRow(row: string): string {
  return collapseSpaces(flattenLatex(withoutWrapping(collapseSpaces(row))));
}

/** `w5: 0.45 -> 0.4267` (a value and its update): the new value of the name. */
const UPDATE_ARROW = /^([^:=]{1,40}?)\s?:\s?([+\-−]?[\d.]+)\s?(?:->|→|⟶)\s?([+\-−]?[\d.]+)$/;
/** `h1: 0.5933`, `Learning rate: 0.3`: a short name, a colon, one number. */
const COLON_VALUE = /^([^:=]{1,40}?)\s?:\s?([+\-−]?\s?[\d.۰-۹٫]+(?:[eE][+\-−]?\d+)?)$/;

/** Statements written without `=`, as `name = … = value` parts; undefined when the chunk is not one. */
function colonStatement(chunk: string): string[] | undefined {
  if (chunk.length > 120) return undefined;
  const text = chunk.trim();
  const update = UPDATE_ARROW.exec(text);
  if (update) return [`${update[1]!.trim()} new`, update[3]!];
  const plain = COLON_VALUE.exec(text);
  if (plain) return [plain[1]!.trim(), plain[2]!];
  // `hidden_layer_output : [0.5597, 0.3870]`: a name and a printed vector.
  const vector = /^([^:=[\]]{1,40}?)\s?:\s?(\[[^[\]]{1,200}\])$/.exec(text);
  return vector && vectorClaimOf(vector[2]!) ? [vector[1]!.trim(), vector[2]!] : undefined;
}

/** A quote that opens math in code: `ax.text(1, 2, '$…$')`, a list item `'$…$',`, `label = "$…$"`. */
const CODE_MATH_STRING = /(?:^\s*|[(,=[]\s*)(['"])\$/;

/**
 * Math written inside a code string (a figure's labels drawn by matplotlib): the string's text, with the
 * language's escapes undone (`\\sigma` → `\sigma`), in place of the line; other lines as they are.
 */
export function mathInCodeString(line: string): string {
  const open = CODE_MATH_STRING.exec(line);
  if (!open) return line;
  const quote = open[1]!;
  let content = '';
  let k = open.index + open[0].length - 1;
  while (k < line.length && line[k] !== quote) {
    const next = line[k + 1];
    if (line[k] === '\\' && (next === '\\' || next === quote)) {
      content += next;
      k += 2;
    } else content += line[k++];
  }
  return k < line.length ? content : line;
}

/** A row that is only a number or a printed array (`[0.00804047 0.00555918]`, joined by joinMatrices). */
function valueAlone(chunk: string): boolean {
  const text = chunk.trim();
  return (
    (text.length <= MAX_NUMBER_LENGTH && parseGivenNumber(text) !== undefined) ||
    vectorClaimOf(text) !== undefined
  );
}

const ROW_BREAK = /\\\\(?:\[[\d.]{1,6}(?:pt|mm|em|ex|cm)\])?|\s(?:title|alt|href)="/;

interface Open {
  line: number;
  segments: string[];
  /** The last `=` had nothing after it yet ("Error =" with the value on the next line). */
  awaitingValue: boolean;
}

export function parseAnswerSheet(text: string): Statement[] {
  const statements: Statement[] = [];
  let open: Open | undefined;
  /** A row holding only a name (`\\frac{\\partial L}{\\partial w_5}`), for aligned rows that start with `&=`. */
  let nameRow: { line: number; text: string } | undefined;
  const table: TableState = {};
  /** The last chunk was a statement claiming a vector (a product may still follow on the next row). */
  let justClaimedVector = false;
  /** A vector statement taken back because a row holding only a matrix followed it: restored unless continued. */
  let reopened: Statement | undefined;
  const printedLines = new Set<number>();
  const lines = commentValues(
    printedValues(joinMatrices(text).split(/\r\n|\r|\n/), printedLines),
    printedLines,
  ).map(mathInCodeString);
  lines.forEach((rawLine, index) => {
    // A LaTeX `\\` breaks a row inside one text line (aligned and split environments); so does an HTML
    // attribute (`… title="net_{H11} = …`: a page that wrote its equations into links and their titles).
    for (const row of rawLine.split(ROW_BREAK)) {
      const cells = cellsOf(row);
      const fromTable = cells
        ? tableChunks(
            cells.map(readableRow).map((c) => c.trim()),
            table,
          )
        : undefined;
      if (!cells && readableRow(row).trim() !== '' && !/^\s*\\hline\s*$/.test(row)) table.header = undefined;
      // `=> 0.5−0.67 = −0.17` opening a row carries on the statement above it, as a row opening with `=` does.
      const text = fromTable ? '' : readableRow(row).replace(/^\s?(?:=>|⇒)/, '=');
      for (const chunk of fromTable ?? splitStatements(text)) {
        const parts = chunk.includes('=') ? splitOnEquals(chunk) : (colonStatement(chunk) ?? [chunk]);
        const continues = parts[0] === '' && parts.length > 1;
        const afterVector = justClaimedVector;
        justClaimedVector = false;
        if (reopened && !(open && continues)) {
          // Not continued with `=`: the vector was the statement's value after all.
          statements.push(reopened);
          [reopened, open] = [undefined, undefined];
        }
        reopened = undefined;
        let segments: string[];
        let line = index + 1;
        if (parts.length < 2 && afterVector && vectorClaimOf(chunk)) {
          // `&= [0.43 0.22 -0.65]` then `[[0.19, -0.02], …]` on the next row: a product written over rows,
          // its result still to come (`&= [-0.0057 -0.0368]`).
          reopened = statements.pop()!;
          const value = `[${reopened.vector!.map((r) => r.map((n) => n.text).join(', ')).join('; ')}]`;
          open = {
            line: reopened.line,
            segments: [...reopened.segments, `${value} ${chunk.trim()}`],
            awaitingValue: false,
          };
          nameRow = undefined;
          continue;
        } else if (open && !open.awaitingValue && parts.length < 2 && /^\s?[+\-−×·*/]/.test(chunk)) {
          // `&+ -(trueprob_1) \log(…)`: a row opening with an operator carries on the expression above it.
          open.segments[open.segments.length - 1] += ` ${chunk.trim()}`;
          continue;
        } else if (!open && continues && nameRow) {
          segments = [nameRow.text, ...parts.slice(1)];
          line = nameRow.line;
        } else if (open && (continues || open.awaitingValue)) {
          // Appended in place: a statement continued over many rows is built once, not copied per row.
          segments = open.segments;
          for (const part of continues ? parts.slice(1) : parts) segments.push(part);
          line = open.line;
        } else if (parts.length < 2 && nameRow?.text.endsWith(':') && valueAlone(chunk)) {
          // A label, then its value printed alone on the next row (console output: `print('Change in …:')`).
          segments = [nameRow.text.slice(0, -1).trim(), chunk.trim()];
          line = nameRow.line;
        } else if (parts.length < 2) {
          open = undefined;
          const text = chunk.trim();
          nameRow = text !== '' && text.length <= 60 ? { line: index + 1, text } : undefined;
          continue;
        } else segments = parts;
        nameRow = undefined;
        open = undefined;

        const last = segments[segments.length - 1]!;
        if (last === '') {
          segments.pop();
          open = { line, segments, awaitingValue: true };
          continue;
        }
        const claim = segments.length > 1 ? claimOf(last) : undefined;
        const vector = segments.length > 1 && !claim ? vectorClaimOf(last) : undefined;
        if (claim) {
          segments.pop();
          statements.push({ line, segments, claim: withArithmetic(segments, claim) });
        } else if (vector) {
          segments.pop();
          statements.push({ line, segments, claim: vector[0]![0]!, vector });
          justClaimedVector = true;
        } else if (segments.length > 1) open = { line, segments, awaitingValue: false };
      }
    }
  });
  if (reopened) statements.push(reopened);
  return statements.map((s) => (printedLines.has(s.line - 1) ? markPrinted(s) : s));
}
