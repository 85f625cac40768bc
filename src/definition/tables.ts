// Tables of values as pages print them → `name = value` statements, each mapped to its cells:
// a header row of names over one row of values (markdown `| w1 | w2 |` or whitespace-aligned),
// or two columns of names and values (`| w1 | 0.15 |`).
import { slice, type MappedText } from './source.js';
import { statementCells } from './statement-cells.js';
import { tableColumnRoles } from './table-roles.js';

const NAME = /^[\p{L}\\][\p{L}\p{N}_^(){},→\\-]*$/u;
const VALUE = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?$/i;

interface Cell {
  piece: MappedText;
  text: string;
}

/** Builds one MappedText from pieces and literal glue (the glue maps to `at`). */
function join(parts: (MappedText | { glue: string; at: number })[]): MappedText {
  let text = '';
  const map: number[] = [];
  for (const part of parts) {
    if ('glue' in part) {
      text += part.glue;
      for (let k = 0; k < part.glue.length; k++) map.push(part.at);
    } else {
      text += part.text;
      map.push(...part.map);
    }
  }
  return { text, map, end: map.at(-1) ?? 0 };
}

/** The cells of a line: split at `|` for a markdown row, else at runs of whitespace. */
function cellsOf(line: MappedText): Cell[] | undefined {
  const markdown = line.text.trim().startsWith('|');
  const cells: Cell[] = [];
  const pattern = markdown ? /[^|]+/g : /\S+/g;
  for (let match = pattern.exec(line.text); match; match = pattern.exec(line.text)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    let text = raw.trim();
    if (text === '') continue;
    let from = match.index + lead;
    // `$w_{14}$` in a cell: the math without its dollars.
    if (/^\$[^$]+\$$/.test(text)) {
      text = text.slice(1, -1).trim();
      from = match.index + raw.indexOf(text);
    }
    cells.push({ piece: slice(line, from, from + text.length), text });
  }
  return cells.length > 0 ? cells : undefined;
}

/** A unit's name in a table's margin: `Z_1`, `X_2`, `h1`. */
const UNIT = /^[A-Za-z]+_?\d+$/;
/** The row of a from \ to table that holds the biases: `bias (1)`, `b`, `θ`. */
const BIAS_ROW = /^(?:bias|b|θ)(?:\s*\(1\))?$/i;

/** A synthetic name over a cell's position, then ` = ` and the value (so a problem still points at the cell). */
const named = (name: string, at: Cell, value: Cell) =>
  join([
    { glue: name, at: at.piece.map[0] ?? 0 },
    { glue: ' = ', at: value.piece.map[0] ?? 0 },
    value.piece,
    { glue: '\n', at: 0 },
  ]);

/**
 * A weight table with a corner cell `Dari \ Ke` (from \ to): rows are the source units (and a bias row),
 * columns the destinations → `w_X_1_to_Z_1 = -0.3`, `bias_of_Z_1 = -0.1`; the number of lines it took, or 0.
 */
function fromToTable(lines: MappedText[], k: number, out: MappedText[]): number {
  const header = cellsOf(lines[k]!);
  if (!header || header.length < 2 || !/[\\/]/.test(header[0]!.text)) return 0;
  if (!header.slice(1).every((cell) => UNIT.test(cell.text))) return 0;
  let r = k + 1;
  if (r < lines.length && isRule(lines[r]!.text)) r++;
  const rows: Cell[][] = [];
  for (; r < lines.length && lines[r]!.text.trim().startsWith('|'); r++) {
    const cells = cellsOf(lines[r]!);
    const fits =
      cells?.length === header.length &&
      (UNIT.test(cells[0]!.text) || BIAS_ROW.test(cells[0]!.text)) &&
      cells.slice(1).every((cell) => VALUE.test(cell.text));
    if (!fits) return 0;
    rows.push(cells);
  }
  if (rows.length === 0) return 0;
  for (const row of rows) {
    for (let c = 1; c < header.length; c++) {
      const to = header[c]!.text;
      const name = BIAS_ROW.test(row[0]!.text) ? `bias_of_${to}` : `w_${row[0]!.text}_to_${to}`;
      out.push(named(name, row[0]!, row[c]!));
    }
  }
  return r - k;
}

const isRule = (text: string) => /^\s*(?:\|\s*)?:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*(?:\|\s*)?$/.test(text);
const statement = (name: Cell, value: Cell) =>
  join([name.piece, { glue: ' = ', at: value.piece.map[0] ?? 0 }, value.piece, { glue: '\n', at: 0 }]);

/**
 * Lines of the text, with tables rewritten as statements. A header of names over exactly one
 * row of numbers, or rows of (name, number); anything else is left as it was.
 */
export function tablesAsStatements(m: MappedText): MappedText {
  const lines: MappedText[] = [];
  let start = 0;
  for (let k = 0; k <= m.text.length; k++) {
    if (k === m.text.length || m.text[k] === '\n') {
      lines.push(slice(m, start, k));
      start = k + 1;
    }
  }
  const out: MappedText[] = [];
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    const markdown = line.text.trim().startsWith('|');
    const taken = markdown ? fromToTable(lines, k, out) : 0;
    if (taken > 0) {
      k += taken - 1;
      continue;
    }
    const header = cellsOf(line);
    const isHeader =
      header !== undefined && header.length >= 2 && header.every((cell) => NAME.test(cell.text));
    // The row of values may follow a blank line or a rule (at most two lines on: the work stays linear).
    let next = k + 1;
    while (isHeader && next < Math.min(lines.length, k + 3) && lines[next]!.text.trim() === '') next++;
    if (isHeader && next < lines.length && isRule(lines[next]!.text)) next++;
    const values = isHeader && next < lines.length ? cellsOf(lines[next]!) : undefined;
    const afterValues = values && next + 1 < lines.length ? cellsOf(lines[next + 1]!) : undefined;
    const namesOverValues =
      header &&
      values &&
      header.length >= 2 &&
      header.length === values.length &&
      header.every((cell) => NAME.test(cell.text)) &&
      values.every((cell) => VALUE.test(cell.text)) &&
      // One row of values only: several rows are a data set, not a setup.
      !(afterValues?.length === values.length && afterValues.every((cell) => VALUE.test(cell.text)));
    if (namesOverValues) {
      const roles = tableColumnRoles(header.map((cell) => cell.text));
      header.forEach((name, c) =>
        out.push(roles[c] ? named(roles[c], name, values[c]!) : statement(name, values[c]!)),
      );
      k = next;
      continue;
    }
    if (
      markdown &&
      header &&
      header.length >= 2 &&
      NAME.test(header[0]!.text) &&
      VALUE.test(header[1]!.text)
    ) {
      out.push(statement(header[0]!, header[1]!));
      continue;
    }
    if (markdown && isRule(line.text)) continue;
    // `| x0 | v01 = 0.44 | v02 = 0.25 |`: each cell already a statement (statement-cells.ts).
    const cells = markdown ? statementCells(line) : undefined;
    if (cells) {
      out.push(...cells);
      continue;
    }
    out.push(join([line, { glue: '\n', at: line.end }]));
  }
  const joined = join(out);
  return { ...joined, end: m.end };
}
