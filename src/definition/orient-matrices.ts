// Matrices on a page may be written `W x` (rows = destinations, ours) or `x @ W` (rows = inputs, NumPy's
// habit): the shapes decide when they can, the page's own code or formula (`H = XW`, `np.dot(x, W)`) next.
import type { Matrix } from '../core/types.js';
import type { Note } from './defaults.js';
import { formulaOrder, squareFollowsFormula } from './formula-order.js';

const transpose = (m: Matrix): Matrix => (m[0] ?? []).map((_, c) => m.map((row) => row[c]!));

/** `x @ W`, `X·W`, `XW`, `np.dot(x, W)`, `x.dot(W)`, `np.matmul(X, W)`: the inputs multiply from the left. */
const ROWS_ARE_INPUTS =
  /\b[xXhH]\w*\s*(?:@|\.dot\(|·|\*)\s*[WVU]|np\.(?:dot|matmul)\(\s*[xXhH]\w*\s*,\s*[wWvVuU]|\b[HY]\s*=\s*[XH][WV]\b/;
/** `W x`, `W @ x`, `np.dot(W, x)`, `W1 @ x_vec`, MATLAB's `w_i_h * [p1; 1]`: the weights multiply from the left. */
const ROWS_ARE_DESTINATIONS =
  /\b[WVU]\w*\s*(?:@|\.dot\(|·)\s*[xXhHa]\w*|np\.(?:dot|matmul)\(\s*[wWvVuU]\w*\s*,\s*[xXhHa]|\b[wWvVuU]\w*\s*\*\s*\[\s*[xXhHapy]\w*\s*;/;

/**
 * Each matrix in the orientation its shape allows (one that only fits transposed is transposed, and said);
 * a square one, which fits both, follows the page's formula, else `sourceFirst`, else ours (and is ambiguous).
 */
export function orientMatrices(
  given: Matrix[],
  inputs: number,
  outputs: number | undefined,
  sourceFirst: boolean | undefined,
  text: string,
): { weights: Matrix[]; ambiguous: boolean; notes: Note[] } {
  const code = ROWS_ARE_INPUTS.test(text)
    ? 'rows-inputs'
    : ROWS_ARE_DESTINATIONS.test(text)
      ? 'rows-destinations'
      : undefined;
  // Else a LaTeX formula on a layer's weights (`W^{(1)}x + b^{(1)}`): said with its line (formula-order.ts).
  const latex = code ? undefined : formulaOrder(text);
  const formula = code ?? latex?.order;
  const notes: Note[] = [];
  let ambiguous = false;
  const page = shapeConvention(given, inputs, outputs);
  let previous = inputs;
  const weights = given.map((matrix, l) => {
    const rows = matrix.length;
    const columns = matrix[0]?.length ?? 0;
    const last = l === given.length - 1;
    // A flat list for the last layer of a single output is one row either way.
    const fitsOurs = columns === previous && (!last || outputs === undefined || rows === outputs);
    const fitsTransposed = rows === previous && (!last || outputs === undefined || columns === outputs);
    let flip = false;
    let followsPage = false;
    if (fitsOurs && fitsTransposed && rows !== columns) flip = false;
    else if (fitsTransposed && !fitsOurs) flip = true;
    else if (fitsOurs && fitsTransposed) {
      if (formula) {
        flip = formula === 'rows-inputs';
        followsPage = latex !== undefined;
        if (latex) notes.push(squareFollowsFormula(l + 1, latex));
      } else if (sourceFirst !== undefined) flip = sourceFirst;
      else if (page && rows > 1) {
        // A page writes its matrices one way: a square one follows the one whose shape fixes it.
        flip = page.convention === 'rows-inputs';
        followsPage = true;
        notes.push({
          id: 'definition.note.square_follows_page',
          params: { layer: l + 1, by: page.layer + 1, order: flip ? 'x @ W' : 'W x' },
        });
      } else ambiguous = rows > 1;
    }
    const oriented = flip ? transpose(matrix) : matrix;
    if (flip && !followsPage)
      notes.push({
        id: 'definition.note.rows_are_inputs',
        params: { layer: l + 1, formula: formula ? 'yes' : 'no' },
      });
    previous = oriented.length;
    return oriented;
  });
  return { weights, ambiguous, notes };
}

/**
 * The orientation the page's non-square matrices force (a 3×2 matrix for 3 inputs and 2 units is `x @ W`), when
 * they all agree: the first such matrix and its convention.
 */
function shapeConvention(
  given: Matrix[],
  inputs: number,
  outputs: number | undefined,
): { convention: 'rows-inputs' | 'rows-destinations'; layer: number } | undefined {
  let found: { convention: 'rows-inputs' | 'rows-destinations'; layer: number } | undefined;
  let previous = inputs;
  for (const [l, matrix] of given.entries()) {
    const rows = matrix.length;
    const columns = matrix[0]?.length ?? 0;
    const last = l === given.length - 1;
    const fitsOurs = columns === previous && (!last || outputs === undefined || rows === outputs);
    const fitsTransposed = rows === previous && (!last || outputs === undefined || columns === outputs);
    // A single row or column (one output unit, one input) says nothing about how the page writes matrices.
    const telling = rows > 1 && columns > 1 && rows !== columns;
    const convention =
      fitsOurs && !fitsTransposed
        ? 'rows-destinations'
        : fitsTransposed && !fitsOurs
          ? 'rows-inputs'
          : undefined;
    if (convention && telling) {
      if (found && found.convention !== convention) return undefined;
      found ??= { convention, layer: l };
    }
    previous = fitsTransposed && !fitsOurs ? columns : rows;
  }
  return found;
}
