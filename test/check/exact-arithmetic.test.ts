// A number that is exactly the arithmetic written before it was computed, not truncated: held to rounding.
import { describe, expect, it } from 'vitest';
import { checkAnswers } from '../../src/check/check-answers.js';
import { isExactArithmetic, withArithmetic } from '../../src/check/exact-arithmetic.js';
import { parseGivenNumber, withinRounding } from '../../src/check/numbers.js';
import { resolveSpec } from '../../src/core/index.js';

const given = (text: string) => parseGivenNumber(text)!;

// https://github.com/A-R007/Loss-Calculation/blob/main/README.md (corpus: ar007-single-neuron): the page takes
// y' = 0.6 although its neuron gives σ(0.1) = 0.525, so its Error is 0.2, not 0.275 (which truncates to 0.2).
const AR007_SOLUTION = String.raw`### 1. Error Calculation
The error is computed as:
\[
\text{Error} = y - y' = 0.8 - 0.6 = 0.2
\]

### 2. Gradient of Loss with Respect to Output
Using the Mean Squared Error (MSE) loss function:
\[
L = \frac{1}{2} (y - y')^2
\]
The derivative of the loss function with respect to the output \( y' \) is:
\[
\frac{\partial L}{\partial y'} = (y' - y) = 0.6 - 0.8 = -0.2
\]`;

const neuron = resolveSpec({
  layers: [2, 1],
  activations: 'sigmoid',
  weights: [[[0.4, -0.2]]],
  biases: [[0.1]],
  input: [1, 2],
  target: [0.8],
  loss: 'half_sse',
  learningRate: 0.1,
  updateBiases: false,
});

describe('exact arithmetic', () => {
  it('tells plain arithmetic that gives the claim exactly from names, lone numbers and inexact sums', () => {
    expect(isExactArithmetic('0.8 - 0.6', given('0.2'))).toBe(true);
    expect(isExactArithmetic('0.6 − 0.8', given('-0.2'))).toBe(true);
    expect(isExactArithmetic('(-0.2) × (0.24) × (1)', given('-0.048'))).toBe(true);
    expect(isExactArithmetic("y - y'", given('0.2'))).toBe(false);
    expect(isExactArithmetic('(0.2)', given('0.2'))).toBe(false);
    // 0.8 − 0.525 = 0.275: a page writing 0.27 did truncate, and may.
    expect(isExactArithmetic('0.8 - 0.525', given('0.27'))).toBe(false);
  });

  it("does not take the page's 0.8 − 0.6 = 0.2 for 0.275 truncated: wrong, and the next line carried", () => {
    if (!neuron.ok) throw new Error('neuron does not resolve');
    const rows = checkAnswers(neuron.value, AR007_SOLUTION).rows;
    expect(rows.find((r) => r.line === 4)).toMatchObject({ quantity: 'dE/dout_o1', verdict: 'incorrect' });
    expect(rows.find((r) => r.line === 14)).toMatchObject({
      quantity: 'dE/dout_o1',
      verdict: 'carried',
      carriedFrom: [4],
    });
    // Without its arithmetic the same number may be a truncation (0.275 → 0.2).
    expect(checkAnswers(neuron.value, 'Error = 0.2').rows[0]).toMatchObject({ verdict: 'correct' });
  });

  // https://hmkcode.github.io/ai/backpropagation-step-by-step/ (corpus: hmkcode-step-by-step, solution.txt line 91):
  // 2 × 0.115 + 3 × 0.073 is 0.449 exactly, so the page's 0.448 is a slip, not rounding on the way.
  it("holds a number to the plain arithmetic written before it: HMKCode's 2 * 0.115 + 3 * 0.073 = 0.448 is a slip", () => {
    expect(
      withArithmetic(['*h2 : i1 * w3 + i2 * w4 ', ' 2 * 0.115 + 3 * 0.073 '], given('0.448')),
    ).toMatchObject({
      offItsArithmetic: true,
    });
    expect(withinRounding(0.449, { ...given('0.448'), offItsArithmetic: true })).toBe(false);
    expect(withinRounding(0.449, given('0.448'))).toBe(true);
    // Its own arithmetic given exactly, or a division (inexact), or no arithmetic: not a slip.
    expect(
      withArithmetic(['h1 ', ' 2 * 0.162 + 3 * 0.218 '], given('0.978')).offItsArithmetic,
    ).toBeUndefined();
    expect(withArithmetic(['x ', ' 1 / 3 '], given('0.334')).offItsArithmetic).toBeUndefined();
    // kaifeng-chinese-2-2-1/solution.txt line 36: 0.7692 × (1 − 0.7692) = 0.17753136 had digits to round.
    expect(
      withArithmetic(['∂ŷ/∂z_2 ', " σ'(z_2) ", ' 0.7692 × (1 - 0.7692)'], given('0.1776')).offItsArithmetic,
    ).toBeUndefined();
    expect(withArithmetic(['*h2 '], given('0.448')).offItsArithmetic).toBeUndefined();
  });
});
