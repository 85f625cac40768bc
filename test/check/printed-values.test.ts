// A value the code printed was computed at full precision: cut or rounded when printed, never "rounded on the way".
import { describe, expect, it } from 'vitest';
import { checkAnswers } from '../../src/check/check-answers.js';
import { resolveSpec } from '../../src/core/index.js';

// https://aiml-notes.pages.dev/tutorials/07---Backpropagation-Step-by-Step (corpus: aiml-notes-relu), the
// "Verify with Code" block: the loss is ½(1 − 0.644970)² = 0.063023, so its comment's 0.0631 is not what the
// code prints (0.0630); the output's 0.6449 is 0.644970 cut to four places.
const AIML = `print(f"z_hidden = {z_hidden}")   # [0.31, 0.57]
print(f"h        = {h}")          # [0.31, 0.57]
print(f"z_out    = {z_out:.4f}")  # 0.597
print(f"output   = {o:.4f}")      # 0.6449
print(f"loss     = {loss:.4f}")   # 0.0631`;

const network = resolveSpec({
  layers: [2, 2, 1],
  activations: ['relu', 'sigmoid'],
  weights: [
    [
      [0.1, 0.2],
      [0.3, 0.4],
    ],
    [[0.5, 0.6]],
  ],
  biases: [[0.1, 0.1], [0.1]],
  input: [0.5, 0.8],
  target: [1],
  loss: 'half_sse',
  learningRate: 0.5,
});

describe('values printed by code', () => {
  it("holds the page's printed loss 0.0631 to its digits (one unit off 0.0630 is no rounding slip)", () => {
    if (!network.ok) throw new Error('network does not resolve');
    const rows = checkAnswers(network.value, AIML).rows;
    expect(rows.find((r) => r.line === 4)).toMatchObject({ quantity: 'out_o1', verdict: 'correct' });
    expect(rows.find((r) => r.line === 5)).toMatchObject({ quantity: 'E_total', verdict: 'incorrect' });
    // Written by hand, the same number may carry the rounding of the output it came from: ≈.
    const byHand = checkAnswers(network.value, 'output = 0.6449\nloss = 0.0631').rows[1];
    expect(byHand).toMatchObject({ verdict: 'correct', approximate: true });
  });
});
