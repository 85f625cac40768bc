// Matrices written as expressions, gradient tables, and which way round a matrix is read (kaifeng-chinese-2-2-1).
import { describe, expect, it } from 'vitest';
import { loadCase } from '../../bench/corpus/cases.js';
import { parseAnswerSheet } from '../../src/check/answer-sheet.js';
import { checkAnswers } from '../../src/check/check-answers.js';
import { joinMatrices } from '../../src/check/matrices.js';
import { resolveSpec, type ResolvedSpec } from '../../src/core/index.js';

function corpusSpec(name: string): ResolvedSpec {
  const resolved = resolveSpec(loadCase(name).network);
  if (!resolved.ok) throw new Error(`${name}: network.json does not resolve`);
  return resolved.value;
}

/** kaifeng's 2-2-1 net: X · W1 (rows = inputs) in the forward pass, η = 0.1. */
const kaifeng = corpusSpec('kaifeng-chinese-2-2-1');
const rows = (sheet: string) => checkAnswers(kaifeng, sheet).rows.map((r) => [r.line, r.quantity, r.verdict]);

// solution.txt line 66: δ1ᵀ · X written out as a matrix of products, then its value (rows = hidden units).
const gradientW1 =
  '  $\\frac{\\partial L}{\\partial W_1} = \\delta{_1}^T \\cdot X = \\begin{bmatrix}0.0045 \\\\ 0.0004\\end{bmatrix} \\cdot [1, 2] = \\begin{bmatrix}0.0045 \\times 1 & 0.0045 \\times 2 \\\\ 0.0004 \\times 1 & 0.0004 \\times 2\\end{bmatrix} \\approx \\begin{bmatrix}0.0045 & 0.0090 \\\\ 0.0004 & 0.0008\\end{bmatrix}$';

describe('matrices of expressions', () => {
  it('puts a matrix of expressions on one line, so its \\\\ breaks no row', () => {
    expect(joinMatrices('a = \\begin{bmatrix}0.5-0.0005 & 0.6-0.0009 \\\\ 0.7 & 0.8\\end{bmatrix} = b')).toBe(
      'a = [0.5-0.0005, 0.6-0.0009; 0.7, 0.8] = b',
    );
    // A cell with `=` is left as written.
    expect(joinMatrices('\\begin{bmatrix}a = 1 & 2\\end{bmatrix}')).toBe(
      '\\begin{bmatrix}a = 1 & 2\\end{bmatrix}',
    );
    const [statement] = parseAnswerSheet(gradientW1);
    expect(statement!.segments[0]).toBe('(∂ L)/(∂ W_1)');
    expect(statement!.vector?.map((row) => row.map((n) => n.text))).toEqual([
      ['0.0045', '0.0090'],
      ['0.0004', '0.0008'],
    ]);
  });

  it("reads kaifeng's ∂L/∂W_1 = δ1ᵀ · X = … ≈ [[0.0045, 0.0090], [0.0004, 0.0008]] a row per hidden unit", () => {
    // solution.txt line 60 first: 0.0008 is 2 × the page's rounded δ 0.0004 (≈; the true value is 0.00073).
    const delta =
      '$\\delta{_1} = \\frac{\\partial L}{\\partial z_1} = \\frac{\\partial L}{\\partial a_1} \\cdot \\frac{\\partial a_1}{\\partial z_1} \\approx [0.0430 \\times 0.1051, \\, 0.0048 \\times 0.0833] \\approx [0.0045, 0.0004]$';
    expect(rows(`${delta}\n${gradientW1}`)).toEqual([
      [1, 'delta_h1', 'correct'],
      [1, 'delta_h2', 'correct'],
      [2, 'dE/dw1', 'correct'], // i1 → h1
      [2, 'dE/dw2', 'correct'], // i2 → h1
      [2, 'dE/dw3', 'correct'], // i1 → h2
      [2, 'dE/dw4', 'correct'],
    ]);
  });

  it('reads a table whose column holds gradients (梯度值) as the gradients of its rows’ parameters', () => {
    const table = [
      '|     参数 |                                                   梯度值（近似） |',
      '|:-------|:-----------------------------------------------------------------|',
      '| $W_2$ |                                               $[0.0421, 0.0434]$ |',
      '| $b_2$ |                                                         $0.0478$ |',
    ].join('\n');
    // The page's numbers follow its wrong ŷ: alone they are wrong, but they are gradients, not new weights.
    expect(checkAnswers(kaifeng, table).rows.map((r) => r.quantity)).toEqual([
      'dE/dw5',
      'dE/dw6',
      'dE/db2_1',
    ]);
  });

  it('of two equally right readings of a square matrix, takes the one whose wrong numbers are nearest their own', () => {
    // solution.txt line 85: the page subtracted the gradient transposed; the diagonal is right either way.
    const sheet =
      '- $W_1 \\leftarrow W_1 - \\eta \\cdot \\frac{\\partial L}{\\partial W_1} \\approx \\begin{bmatrix}0.5-0.0005 & 0.6-0.0009 \\\\ 0.7-0.00004 & 0.8-0.00008\\end{bmatrix} \\approx \\begin{bmatrix}0.4995 & 0.5991 \\\\ 0.6996 & 0.7999\\end{bmatrix}$';
    expect(rows(sheet)).toEqual([
      [1, 'w1+', 'correct'], // i1 → h1
      [1, 'w3+', 'incorrect'], // i1 → h2: 0.5991 for 0.59996 (x @ W: a row per input)
      [1, 'w2+', 'incorrect'], // i2 → h1: 0.6996 for 0.6991
      [1, 'w4+', 'correct'],
    ]);
  });
});
