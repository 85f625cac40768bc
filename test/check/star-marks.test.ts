// HMKCode's backward pass: `Δ = prediction - actual`, new weights as `* *w5 = …` and the second pass as `- *h1 : …`.
import { describe, expect, it } from 'vitest';
import { checkAnswers } from '../../src/check/check-answers.js';
import { hasStarLegend, withoutLeadingStar } from '../../src/check/star-marks.js';
import { loadCase } from '../../bench/corpus/cases.js';
import { specOf } from '../../bench/corpus/score.js';

const hmkcode = loadCase('hmkcode-step-by-step');
const spec = specOf(hmkcode);

// HMKCode, "Backpropagation Step by Step" (https://hmkcode.github.io/ai/backpropagation-step-by-step/, 2018 text),
// "Backward Pass" as published (hmkcode-step-by-step/solution.txt lines 77–94).
const BACKWARD = hmkcode.solutionText.split('\n').slice(76, 94).join('\n');

const rowsOf = (sheet: string) =>
  checkAnswers(spec, sheet).rows.map((r) => [r.line, r.quantity, r.verdict, r.approximate ?? false]);

describe("HMKCode's backward pass", () => {
  it('is the page as published', () => {
    expect(BACKWARD.split('\n')[2]).toBe('Δ = prediction - actual = 0.214 - 1 = -0.786');
    expect(BACKWARD.split('\n')[17]).toBe('Where * = new values');
  });

  it('reads Δ = prediction - actual as δ of the one output, and * *w5 = … as the new w5', () => {
    expect(rowsOf(BACKWARD)).toEqual([
      [3, 'delta_o1', 'correct', false],
      [5, 'w5+', 'correct', false],
      [6, 'w6+', 'correct', false],
      [7, 'w1+', 'correct', false],
      [8, 'w2+', 'correct', false],
      [9, 'w3+', 'correct', false],
      [10, 'w4+', 'correct', false],
      // The second pass from the page's truncated weights: ≈, then its slip (0.448 for 0.449), then ≈ again
      // (its own 0.449 gives 0.286347; the slip's 0.448 gives 0.286134, the same digits).
      [14, 'out_h1+', 'correct', true],
      [15, 'out_h2+', 'incorrect', false],
      [16, 'out_o1+', 'correct', true],
    ]);
  });

  it('takes a leading * as "new" only where the sheet says "* = new values"', () => {
    expect(hasStarLegend(BACKWARD)).toBe(true);
    expect(hasStarLegend('* *w5 = 0.195')).toBe(false);
    expect(withoutLeadingStar('*w5 ', true)).toBe('new w5 ');
    expect(withoutLeadingStar('*w5 ', false)).toBe('w5 ');
    expect(withoutLeadingStar('w5 * 2', true)).toBe('w5 * 2');
    // Composed: a starred weight before any backward step is the new one only with the page's legend.
    expect(rowsOf('* *w5 = 0.195\n\nWhere * = new values')).toEqual([[1, 'w5+', 'correct', false]]);
    expect(rowsOf('* *w5 = 0.16')).toEqual([[1, 'w5', 'correct', false]]);
  });
});
