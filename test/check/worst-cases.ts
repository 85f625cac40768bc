// The hardest /check texts we know of: each piece that once made a parser rescan, repeated to the limit.
import { repeated, type WorstCase } from '../helpers/step-count.js';

const PIECES: [string, string][] = [
  ['Δ names', '\\Delta '],
  ['spaces', ' '],
  ['dollars', '$'],
  ['dots', '.'],
  ['commas', ','],
  ['ampersands', '&'],
  ['colons', ':'],
  ['backslashes', '\\'],
  ['hats', ' \\hat'],
  ['and', ' and'],
  ['open fractions', '\\frac{'],
  ['nested fractions', '\\frac{{'],
  ['persian letters', 'ج'],
  ['persian digits', '۰'],
  ['equals', '= '],
  ['equals and numbers', '=0.5 '],
  ['continued rows', '=\n'],
  ['number then name', '0 w='],
  ['digits', '7'],
  ['words', 'w5 '],
  // Found by the property test below in a fresh-clone run (274 steps a character): a statement per 7 characters.
  ['short statements', ' w5=0.5'],
  ['brackets', '('],
  ['braces', '{'],
  ['subscripts', '_'],
  ['newlines', '\n'],
  ['open matrices', '\\begin{bmatrix}'],
  ['matrix rows', '\\begin{bmatrix}1 & 2 \\\\ 3\n'],
  ['closed matrices', '\\begin{pmatrix}0.5\\end{pmatrix}'],
  ['square brackets', '['],
  ['numpy rows', '[[1 2]\n ['],
  ['numbers in brackets', ' [0.5'],
  ['print calls', 'print(y)\n>>> '],
];

const CONTEXTS: [string, string, string][] = [
  ['', '', ''],
  [' in a statement', 'w5 = ', ' = 0.5'],
  [' after a number', 'w5 = 0', 'x'],
];

export const CHECK_WORST_CASES: WorstCase[] = PIECES.flatMap(([name, piece]) =>
  CONTEXTS.map(([where, before, after]) => ({
    name: `${name}${where}`,
    make: (length: number) => repeated(piece, length, before, after),
  })),
);
