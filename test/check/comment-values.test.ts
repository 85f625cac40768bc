// Values only in a code comment (MATLAB `%`, Python `#`): the assignment's name and the comment's numbers.
import { describe, expect, it } from 'vitest';
import { parseAnswerSheet } from '../../src/check/answer-sheet.js';
import { checkAnswers } from '../../src/check/check-answers.js';
import { resolveSpec } from '../../src/core/index.js';

// A MATLAB lab solved in a public repository (corpus: matlab-2-2-1-czech, solution lines 62–83; the search
// index stores it as file id 43723826490 without its repository's name). Czech remarks in the comments.
const MATLAB = `% 2. p1=[-1; 1]| y1 = 0.9 What is the error of the net on this pattern?

d = 0.9;
diff = y_o - d;
err1 = 1/2 * transpose(diff) * diff  % jeste by to mela byt suma pres vsecny patterny...
%  0.0905


% 3. What will be weights after 1 step of backprop. with lr=0.2?
% no momentum - so no alpha_m part ...
lambda = 1
a = 0.2



% >>>>> hiden -> output <<<<<<
delta_o = (d-y_o) .* lambda * y_o .* (1-y_o) % ale tady mam 1 hodnotu... ( co kdyz budou 2?)
% chci mit 3 hodnoty  1x3...
%  d * y_h
   % * % % %  = % % %
grad1 = delta_o * [y_h;1]' % chci mit 3 hodnoty...
w_h_ob1 = w_h_ob + a * grad1 % 2.0132 -0.9852 -0.4819`;

const lab = resolveSpec({
  layers: [2, 2, 1],
  activations: 'sigmoid',
  weights: [
    [
      [0.5, 1.5],
      [-0.5, 0.5],
    ],
    [[2, -1]],
  ],
  biases: [[0, 0.5], [-0.5]],
  input: [-1, 1],
  target: [0.9],
  loss: 'half_sse',
  learningRate: 0.2,
});

describe('values in code comments', () => {
  it("reads `err1 = …  %` with `%  0.0905` below it, and a row vector after the code's `%`", () => {
    const statements = parseAnswerSheet(MATLAB).map((s) => ({
      line: s.line,
      name: s.segments[0],
      values: (s.vector?.flat() ?? [s.claim]).map((n) => n.text),
    }));
    expect(statements).toContainEqual({ line: 6, name: 'err1', values: ['0.0905'] });
    expect(statements).toContainEqual({
      line: 22,
      name: 'w_h_ob1',
      values: ['2.0132', '-0.9852', '-0.4819'],
    });
    // A remark in words after the code is no value.
    expect(statements.map((s) => s.name)).not.toContain('delta_o');
  });

  it('judges the comment value as the loss of the one output: 0.0905 is not ½(0.536 − 0.9)² = 0.0662', () => {
    if (!lab.ok) throw new Error('lab network does not resolve');
    const row = checkAnswers(lab.value, MATLAB).rows.find((r) => r.line === 6);
    expect(row).toMatchObject({ quantity: 'E_total', verdict: 'incorrect' });
    expect(row!.expected).toBeCloseTo(0.0662, 4);
  });
});
