// `| x0 | v01 = 0.44 | v02 = 0.25 |`: a markdown row whose cells hold statements is one statement per such cell
// (the row's unit name, x0, only says which row it is: each statement names its own weight).
import { slice, type MappedText } from './source.js';

/** One cell that is a whole statement: a name, `=`, a number, nothing else. */
const STATEMENT = /^[\p{L}][\p{L}\p{N}_{}]*\s*=\s*[-+−]?(?:\d+(?:\.\d*)?|\.\d+)$/u;
/** A cell that only labels its row (`x0`, `z1`). */
const LABEL = /^[\p{L}][\p{L}\p{N}_{}]*$/u;

/** The statements of a markdown row, each with a newline, or undefined when the row is not one of statements. */
export function statementCells(line: MappedText): MappedText[] | undefined {
  if (!line.text.trimStart().startsWith('|')) return undefined;
  const statements: MappedText[] = [];
  for (let match = /[^|]+/g, found = match.exec(line.text); found; found = match.exec(line.text)) {
    const text = found[0].trim();
    if (text === '') continue;
    const from = found.index + found[0].indexOf(text);
    if (STATEMENT.test(text)) {
      const cell = slice(line, from, from + text.length);
      statements.push({ text: `${cell.text}\n`, map: [...cell.map, cell.end], end: cell.end });
    } else if (!LABEL.test(text)) return undefined;
  }
  return statements.length > 0 ? statements : undefined;
}
