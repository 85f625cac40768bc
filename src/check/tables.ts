// Tables of values (LaTeX `array`/`tabular` rows with `&`, markdown rows with `|`): each cell under a named
// column becomes a statement, named from the column header and the row's label (Han & Kamber's tables).

/** A table row of worked values is short; a longer row is read as text (so a row of 8000 `&` is not 4000 cells). */
const MAX_ROW_LENGTH = 400;
const MAX_CELLS = 12;

/** What a table remembers between its rows: the header's column names. */
export interface TableState {
  header?: string[];
}

/** The cells of a row, or undefined when the row is not a table row (fewer than two cells). */
export function cellsOf(row: string): string[] | undefined {
  if (!row.includes('&') && !row.includes('|')) return undefined;
  if (row.length > MAX_ROW_LENGTH) return undefined;
  const cells = row.split(/&|\|/).map((cell) => cell.trim());
  // A markdown row's outer pipes leave empty cells at its ends.
  if (row.trim().startsWith('|')) cells.shift();
  if (row.trim().endsWith('|')) cells.pop();
  return cells.length >= 2 && cells.length <= MAX_CELLS ? cells : undefined;
}

const NUMBER = /^[+\-−]?\s?(?:\d+(?:\.\d*)?|\.\d+)$/;
/** A header cell names a column: short, a letter, no `=`, not a number. */
const isHeaderCell = (cell: string) =>
  cell !== '' && cell.length <= 40 && !cell.includes('=') && !NUMBER.test(cell) && /\p{L}/u.test(cell);
/** A separator row: `|---|:--:|`, `\hline`. */
export const isRule = (cells: string[]) => cells.every((cell) => /^[-:=\s]*$/.test(cell));

/** A column of gradients: "Gradient", "∂E/∂w", "梯度值（近似）" (Chinese), "گرادیان", "Gradiente". */
const GRADIENT_HEADER = /gradient|\bgrad\b|梯度|گرادیان|기울기|勾配/i;

/**
 * `I_j` with row label 4 → `I_4`; a column without an index letter is put before the label ("New Value w_{46}");
 * a column of gradients makes the label's gradient (`W_2` under 梯度值 → `dE/dW_2`).
 */
function cellName(header: string, label: string): string | undefined {
  if (GRADIENT_HEADER.test(header) && /^[\p{L}\\][^\s=]{0,30}$/u.test(label)) return `dE/d${label}`;
  const indexed = /^(.*?)_?\{?([ijk])\}?$/.exec(header);
  const words = header.split(' ');
  const last = words[words.length - 1]!;
  const lastIndexed = /^(.+?)_?\{?([ijk])\}?$/.exec(last);
  if (NUMBER.test(label)) {
    if (lastIndexed) return `${lastIndexed[1]}_${label}`;
    return indexed && indexed[1] !== '' ? `${indexed[1]}_${label}` : undefined;
  }
  return `${header} ${label}`;
}

/**
 * Reads one table row (cells already flattened): a header is remembered; a data row under a header gives
 * `name = cell` chunks for the statement finder. Undefined: not a row of a table with a header.
 */
export function tableChunks(cells: string[], state: TableState): string[] | undefined {
  if (isRule(cells)) return [];
  if (cells.every(isHeaderCell)) {
    state.header = cells;
    return [];
  }
  const header = state.header;
  if (!header || header.length !== cells.length) return undefined;
  const label = cells[0]!;
  const chunks: string[] = [];
  for (let c = 1; c < cells.length; c++) {
    const name = cellName(header[c]!, label);
    if (name && cells[c] !== '') chunks.push(`${name} = ${cells[c]}`);
  }
  return chunks;
}
