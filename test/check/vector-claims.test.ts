// Vectors and matrices claimed at once, as real worked solutions write them: LaTeX bmatrix over several lines,
// NumPy's printed arrays, code that prints a name with its value in a comment or on the console's next line.
import { describe, expect, it } from 'vitest';
import { loadCase } from '../../bench/corpus/cases.js';
import { parseAnswerSheet, vectorClaimOf } from '../../src/check/answer-sheet.js';
import { checkAnswers } from '../../src/check/check-answers.js';
import { joinMatrices } from '../../src/check/matrices.js';
import { resolveSpec, type ResolvedSpec } from '../../src/core/index.js';

function specOf(name: string): ResolvedSpec {
  const resolved = resolveSpec(loadCase(name).network);
  if (!resolved.ok) throw new Error(name);
  return resolved.value;
}
const read = (name: string, sheet: string) =>
  checkAnswers(specOf(name), sheet).rows.map((r) => [r.line, r.name, r.quantity, r.verdict]);

// pythonandml.com's vectorised example, a notebook's markdown cell (each line starts with `# `).
const PYTHONANDML = [
  '# $$',
  '# \\therefore z_1 = \\begin{bmatrix}',
  '# 4.3 & 5.3',
  '# \\end{bmatrix}',
  '# $$',
  '# $$a_1 = \\begin{bmatrix}',
  '# 0.9866 & 0.9950',
  '# \\end{bmatrix}$$',
].join('\n');

describe('joinMatrices', () => {
  it('puts a LaTeX matrix written over several lines on its first line, keeping every later line number', () => {
    const joined = joinMatrices(PYTHONANDML).split('\n');
    expect(joined).toHaveLength(8);
    expect(joined[1]).toBe('# \\therefore z_1 = [4.3, 5.3]');
    expect(joined[5]).toBe('# $$a_1 = [0.9866, 0.9950]$$');
    expect(joined[6]).toBe('');
  });

  it("reads NumPy's printed arrays (no commas, rows on their own lines) and a 1 × 1 array as its number", () => {
    expect(joinMatrices('dL/dW1 =  [[ 8.4]\n [-0. ]]\nnext')).toBe('dL/dW1 =  [8.4; -0.]\n\nnext');
    expect(joinMatrices('a1            =[ 2.5 -2.5]')).toBe('a1            =[2.5, -2.5]');
    expect(joinMatrices('>>> [[0.08699208]]')).toBe('>>> 0.08699208');
  });

  it('leaves indexes and unclosed brackets as written', () => {
    for (const text of ['x[0] = 0.5', "grad['W2'] = 1", '[0.5, 0.6', '\\begin{bmatrix} 1 & 2'])
      expect(joinMatrices(text)).toBe(text);
  });

  it('puts a matrix of symbols on one line too, where it claims no numbers', () => {
    const joined = joinMatrices('\\begin{bmatrix} w_1 & w_2 \\end{bmatrix}');
    expect(joined).toBe('[w_1, w_2]');
    expect(vectorClaimOf(joined)).toBeUndefined();
  });
});

describe('vectorClaimOf', () => {
  it('reads rows and columns, and nothing that is not a list of numbers', () => {
    expect(vectorClaimOf('[0.31, 0.57]')!.map((r) => r.map((c) => c.value))).toEqual([[0.31, 0.57]]);
    expect(vectorClaimOf('[1, 2; 3, 4]')!.map((r) => r.map((c) => c.value))).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(vectorClaimOf('[0.5]')).toBeUndefined();
    expect(vectorClaimOf('[1, 2; 3]')).toBeUndefined();
    expect(vectorClaimOf('[a, 2]')).toBeUndefined();
    expect(vectorClaimOf('[1, 2] + [3, 4]')).toBeUndefined();
  });

  it('makes a statement of a vector, its line where its name is', () => {
    const [z] = parseAnswerSheet(PYTHONANDML);
    expect(z).toMatchObject({ line: 2, segments: ['\\therefore z_1'] });
    expect(z!.vector!.flat().map((c) => c.value)).toEqual([4.3, 5.3]);
  });
});

describe('a vector claim is checked element by element, every element read the same way', () => {
  it('reads z_1, a_1 of pythonandml as layer 1’s net inputs and outputs', () => {
    expect(read('pythonandml-vectorized', PYTHONANDML)).toEqual([
      [2, '\\therefore z_1[1]', 'net_h1', 'correct'],
      [2, '\\therefore z_1[2]', 'net_h2', 'correct'],
      [6, 'a_1[1]', 'out_h1', 'correct'],
      [6, 'a_1[2]', 'out_h2', 'correct'],
    ]);
  });

  it('reads tailvar’s printed a1 as the pre-activation (the numbers say so) and its 2 × 1 dL/dW1 as W x', () => {
    const sheet = 'a1            =[ 2.5 -2.5]\nh1            =[2.5 0. ]\ndL/dW1 =  [[ 8.4]\n [-0. ]]';
    expect(read('tailvar-relu-linear', sheet)).toEqual([
      [1, 'a1[1]', 'net_h1', 'correct'],
      [1, 'a1[2]', 'net_h2', 'correct'],
      [2, 'h1[1]', 'out_h1', 'correct'],
      [2, 'h1[2]', 'out_h2', 'correct'],
      [3, 'dL/dW1[1]', 'dE/dw1', 'correct'],
      [3, 'dL/dW1[2]', 'dE/dw2', 'correct'],
    ]);
  });

  it('reads δ_h1 = dL/dh1 = […] by the derivative it is equated to', () => {
    const rows = read('tailvar-relu-linear', 'delta_h1 = dL/dh1 = [ 4.2 -2.1]');
    expect(rows.map((r) => r[2])).toEqual(['dE/dout_h1', 'dE/dout_h2']);
  });

  it('reads a value printed by code: in a comment (aiml) or on the console’s next line (schiendorfer)', () => {
    const aiml = 'print(f"z_hidden = {z_hidden}")   # [0.31, 0.57]';
    expect(read('aiml-notes-relu', aiml).map((r) => [r[2], r[3]])).toEqual([
      ['net_h1', 'correct'],
      ['net_h2', 'correct'],
    ]);
    const schiendorfer = 'print(Y)\n>>> [[0.73194171 0.12303186]]';
    expect(read('schiendorfer-no-bias', schiendorfer)).toEqual([
      [2, 'Y[1]', 'out_o1', 'correct'],
      [2, 'Y[2]', 'out_o2', 'correct'],
    ]);
  });

  it('reads kaifeng’s ∂a_1/∂z_1 ≈ [0.1051, 0.0833] as the sigmoid’s slopes (both wrong taken alone: the page’s 0.1051 is a slip, 0.0833 follows its wrong a_1)', () => {
    const rows = read(
      'kaifeng-chinese-2-2-1',
      "$\\frac{\\partial a_1}{\\partial z_1} = \\sigma'(z_1) \\approx [0.8808 \\times 0.1192, \\, 0.9084 \\times 0.0916] \\approx [0.1051, 0.0833]$",
    );
    expect(rows.map((r) => [r[2], r[3]])).toEqual([
      ['dout_h1/dnet_h1', 'incorrect'],
      ['dout_h2/dnet_h2', 'incorrect'],
    ]);
  });

  it('reads NumPy homework’s grad_Y_in, grad_V (V the output weights beside W) and a printed 2 × 2 matrix (schiendorfer)', () => {
    const sheet = [
      'grad_Y_in = (Y) * (1-Y) * grad_Y',
      'print(grad_Y_in)',
      '>>> [[-0.1051877   0.02654905]]',
      'print(grad_V)',
      '>>> [[-0.10518769  0.02654905]',
      '>>>  [-0.00189193  0.00047752]]',
    ].join('\n');
    expect(read('schiendorfer-no-bias', sheet).map((r) => [r[1], r[2], r[3]])).toEqual([
      ['grad_Y_in[1]', 'delta_o1', 'correct'],
      ['grad_Y_in[2]', 'delta_o2', 'correct'],
      ['grad_V[1,1]', 'dE/dw5', 'correct'],
      ['grad_V[1,2]', 'dE/dw7', 'correct'],
      ['grad_V[2,1]', 'dE/dw6', 'correct'],
      ['grad_V[2,2]', 'dE/dw8', 'correct'],
    ]);
  });

  it('reads `hidden_layer_output : [0.55971365 0.38698582]` (udacity) as the hidden layer’s outputs', () => {
    const rows = read('udacity-backprop-exercise', 'hidden_layer_output : [0.55971365 0.38698582]');
    expect(rows.map((r) => [r[2], r[3]])).toEqual([
      ['out_h1', 'correct'],
      ['out_h2', 'correct'],
    ]);
  });

  it('leaves a vector whose name means nothing unrecognised, one row per element', () => {
    const rows = read('tailvar-relu-linear', 'foo = [1.5, 2.5]');
    expect(rows).toEqual([
      [1, 'foo[1]', undefined, 'unrecognized'],
      [1, 'foo[2]', undefined, 'unrecognized'],
    ]);
  });
});
