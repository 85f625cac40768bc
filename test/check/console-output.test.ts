// A notebook's console output: a printed label, then the value printed alone on the next row
// (udacity-backprop-exercise), and weights named in words between two layers.
import { describe, expect, it } from 'vitest';
import { loadCase } from '../../bench/corpus/cases.js';
import { parseAnswerSheet } from '../../src/check/answer-sheet.js';
import { checkAnswers } from '../../src/check/check-answers.js';
import { resolveSpec, type ResolvedSpec } from '../../src/core/index.js';

function corpusSpec(name: string): ResolvedSpec {
  const resolved = resolveSpec(loadCase(name).network);
  if (!resolved.ok) throw new Error(`${name}: network.json does not resolve`);
  return resolved.value;
}

/** Udacity's 3-2-1 exercise: weights_input_hidden used as x @ W (rows = inputs), no biases. */
const udacity = corpusSpec('udacity-backprop-exercise');

// solution.txt lines 37–48, as the notebook printed them.
const printed = [
  "print('Change in weights for hidden layer to output layer:')",
  'print(delta_weight_hidden_output)',
  "print('\\nChange in weights for input layer to hidden layer:')",
  'print(delta_weight_input_hidden)',
  '',
  'Change in weights for hidden layer to output layer:',
  '[0.00804047 0.00555918]',
  '',
  'Change in weights for input layer to hidden layer:',
  '[[ 1.77005547e-04 -5.11178506e-04]',
  ' [ 3.54011093e-05 -1.02235701e-04]',
  ' [-7.08022187e-05  2.04471402e-04]]',
].join('\n');

describe('console output', () => {
  it('reads a label ending in a colon with the value printed alone on the next row', () => {
    const statements = parseAnswerSheet(printed);
    expect(statements.map((s) => [s.line, s.segments[0], s.vector?.length, s.vector?.[0]?.length])).toEqual([
      [6, 'Change in weights for hidden layer to output layer', 1, 2],
      [9, 'Change in weights for input layer to hidden layer', 3, 2],
    ]);
    // Without the colon a row of prose is not a label: the array alone states nothing.
    expect(parseAnswerSheet('Change in weights\n[0.00804047 0.00555918]')).toEqual([]);
  });

  it('reads "Change in weights for hidden layer to output layer" as the change −η·∂E/∂w of those weights', () => {
    const rows = checkAnswers(udacity, printed).rows;
    expect(rows.map((r) => [r.quantity, r.verdict, r.meaning])).toEqual([
      ['eta*dE/dw7', 'correct', 'change'],
      ['eta*dE/dw8', 'correct', 'change'],
      // x @ W: a row per input, a column per hidden unit (w1 = i1 → h1, w4 = i1 → h2).
      ['eta*dE/dw1', 'correct', 'change'],
      ['eta*dE/dw4', 'correct', 'change'],
      ['eta*dE/dw2', 'correct', 'change'],
      ['eta*dE/dw5', 'correct', 'change'],
      ['eta*dE/dw3', 'correct', 'change'],
      ['eta*dE/dw6', 'correct', 'change'],
    ]);
  });

  it("reads code's names the same way: delta_weight_hidden_output, weights_input_hidden", () => {
    const sheet = [
      'weights_input_hidden = [[0.5, -0.6], [0.1, -0.2], [0.1, 0.7]]',
      'delta_weight_hidden_output = [0.00804047, 0.00555918]',
    ].join('\n');
    const rows = checkAnswers(udacity, sheet).rows;
    expect(rows.map((r) => [r.quantity, r.verdict])).toEqual([
      ['w1', 'correct'],
      ['w4', 'correct'],
      ['w2', 'correct'],
      ['w5', 'correct'],
      ['w3', 'correct'],
      ['w6', 'correct'],
      ['eta*dE/dw7', 'correct'],
      ['eta*dE/dw8', 'correct'],
    ]);
  });
});
