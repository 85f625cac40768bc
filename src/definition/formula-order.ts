// A page's LaTeX formula on a layer's weights says how its matrices are written: `W^{(1)}x + b^{(1)}` multiplies
// the weights from the left (rows = destinations, ours), `x W_1 + b_1` the inputs (rows = inputs, NumPy's habit).
import type { Note } from './defaults.js';
import { lineAndColumn } from './source.js';

/** `W`, `\mathbf{W}`, `\boldsymbol{W}` and a layer index up to its digit: `^{(1)`, `^{[1`, `^1`, `_1`, `_{1`. */
const LAYER_W = String.raw`(?:\\(?:mathbf|boldsymbol)\{W\}|(?<![\\\w])W)\s*(?:\^\{?[\s([]*\d|_\{?\s*\d)`;
/** The vector it multiplies: `x`, `h`, `a`, bare or `\mathbf{x}`. */
const VECTOR = String.raw`(?:\\(?:mathbf|boldsymbol|vec)\{[xXhHa]\}|(?<![\\\w])[xXhHa](?![A-Za-z]))`;

// One class of closing characters and spaces between index and vector: no two runs of spaces to split.
const WEIGHTS_FIRST = new RegExp(`${LAYER_W}[\\s)\\]}]*${VECTOR}`);
const VECTOR_FIRST = new RegExp(`${VECTOR}\\s*${LAYER_W}`);

export interface FormulaOrder {
  order: 'rows-destinations' | 'rows-inputs';
  /** The formula's words as the page wrote them (`W^{(1)}x`) and their line. */
  formula: string;
  line: number;
}

/** The one way the page's formulas multiply its layer matrices; undefined when none does or they disagree. */
export function formulaOrder(text: string): FormulaOrder | undefined {
  const first = WEIGHTS_FIRST.exec(text);
  const second = VECTOR_FIRST.exec(text);
  if (!first === !second) return undefined;
  const match = (first ?? second)!;
  return {
    order: first ? 'rows-destinations' : 'rows-inputs',
    formula: match[0].replace(/\s+/g, ' ').trim(),
    line: lineAndColumn(text, match.index).line,
  };
}

/** A square matrix (it fits either way) read as the page's formula multiplies it, said with the formula's line. */
export function squareFollowsFormula(layer: number, found: FormulaOrder): Note {
  return {
    id: 'definition.note.square_follows_formula',
    params: {
      layer,
      order: found.order === 'rows-inputs' ? 'x @ W' : 'W x',
      formula: found.formula,
      line: found.line,
    },
  };
}
