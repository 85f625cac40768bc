// Statements copied from real worked solutions (test/fixtures/real-world), each read as the page means it.
import { describe, expect, it } from 'vitest';
import { checkAnswers, type CheckRow } from '../../src/check/check-answers.js';
import { resolveSpec, type ResolvedSpec } from '../../src/core/index.js';
import { goldenSpec } from './helpers.js';
import { loadCase } from '../../bench/corpus/cases.js';

function spec(raw: Record<string, unknown>): ResolvedSpec {
  const resolved = resolveSpec(raw);
  if (!resolved.ok) throw new Error('bad spec');
  return resolved.value;
}

/** abdulrehman-lab-notebook: a 2-2-2 sigmoid net, biases shared per layer, η = 0.3. */
const labNotebook = spec({
  layers: [2, 2, 2],
  activations: 'sigmoid',
  weights: [
    [
      [0.2, 0.25],
      [0.3, 0.35],
    ],
    [
      [0.45, 0.5],
      [0.55, 0.6],
    ],
  ],
  biases: [0.4, 0.65],
  input: [0.1, 0.2],
  target: [0.05, 0.95],
  loss: 'half_sse',
  learningRate: 0.3,
});
/** sghosh-single-neuron: one sigmoid neuron, two inputs, η = 0.1. */
const singleNeuron = spec({
  layers: [2, 1],
  activations: 'sigmoid',
  weights: [[[0.5, -0.4]]],
  biases: [[0.1]],
  input: [1, 2],
  target: [1],
  loss: 'half_sse',
  learningRate: 0.1,
});
/** postnetwork-softmax: 3-2-2, sigmoid hidden, softmax output, cross-entropy. */
const softmaxNet = spec({
  layers: [3, 2, 2],
  activations: ['sigmoid', 'softmax'],
  weights: [
    [
      [0.2, -0.3, 0.4],
      [-0.5, 0.1, 0.2],
    ],
    [
      [0.3, 0.4],
      [-0.1, 0.2],
    ],
  ],
  biases: [0.5, 0.1],
  input: [1, 2, -1],
  target: [1, 0],
  loss: 'cross_entropy',
  learningRate: 0.1,
});

const read = (rows: CheckRow[]) => rows.map((r) => [r.line, r.quantity, r.verdict]);

describe('the name comes from the left-hand side only', () => {
  it('never takes a name inside the expression as the claim (dw5 (for w5) = delta1 * H1)', () => {
    const sheet = [
      'dw5 (for w5) = delta1 * H1 = 0.077764474',
      'dw1 (for w1) = delta_H1 * x1 = 0.001020634777',
    ];
    expect(read(checkAnswers(labNotebook, sheet.join('\n')).rows)).toEqual([
      [1, 'dE/dw5', 'correct'],
      [2, 'dE/dw1', 'correct'],
    ]);
  });

  it('leaves a statement whose left-hand side is not a name unrecognised, whatever its expression names', () => {
    const [row] = checkAnswers(labNotebook, 'Error reduction = E_total - E_total_after = 0.007086127').rows;
    expect(row).toMatchObject({ verdict: 'unrecognized' });
  });
});

describe('notations met in real solutions', () => {
  it('reads H1_net, => between statements, E1, dE/dy1, dy1/dnet, delta1, (after), w5: old -> new', () => {
    const sheet = [
      'H1_net = 0.4700000 => H1 = sigmoid(H1_net) = 0.615383756',
      'E1 = 0.5*(T1 - y1)^2 = 0.262988154',
      'dE/dy1 = 0.725242241, dy1/dnet = 0.174241709, => delta1 = 0.126367447',
      'w5: 0.450000000 -> 0.426670658',
      'b2: 0.650000000 -> 0.619586257',
      "delta_H1 = (delta1*w5 + delta2*w7) * sigmoid'(H1) = 0.010206347772",
      'H2 (after) = 0.620900166',
      'E_total (after)  = 0.267748591',
    ];
    expect(read(checkAnswers(labNotebook, sheet.join('\n')).rows)).toEqual([
      [1, 'net_h1', 'correct'],
      [1, 'out_h1', 'correct'],
      [2, 'E_o1', 'correct'],
      [3, 'dE/dout_o1', 'correct'],
      [3, 'dout_o1/dnet_o1', 'correct'],
      [3, 'delta_o1', 'correct'],
      [4, 'w5+', 'correct'],
      [5, 'b2+', 'correct'],
      [6, 'delta_h1', 'correct'],
      [7, 'out_h2+', 'correct'],
      [8, 'E_total+', 'correct'],
    ]);
  });

  it('reads a single neuron: z, y_pred, Loss, dL/dy_pred, dy_pred/dz, dL/dz, dL/dw11, dL/db, w11, markdown bullets', () => {
    const sheet = [
      'z = 0.5 * 1.0 + (-0.4) * 2.0 + 0.1 = -0.2',
      'y_pred = 1 / (1 + exp(0.2)) ≈ 0.4502',
      'Loss ≈ 0.1511',
      'dL/dy_pred = y_pred - y = 0.4502 - 1.0 = -0.5498',
      'dy_pred/dz = y_pred * (1 - y_pred) = 0.4502 * (1 - 0.4502) ≈ 0.2475',
      'dL/dz = dL/dy_pred * dy_pred/dz = -0.5498 * 0.2475 ≈ -0.1360',
      'dL/dw12 = dL/dz * x2 = -0.1360 * 2.0 = -0.2720  ',
      'dL/db   = dL/dz       = -0.1360',
      '  - w11 = 0.5136  ',
      '  - b = 0.1136  ',
    ];
    expect(read(checkAnswers(singleNeuron, sheet.join('\n')).rows)).toEqual([
      [1, 'net_o1', 'correct'],
      [2, 'out_o1', 'correct'],
      [3, 'E_total', 'correct'],
      [4, 'dE/dout_o1', 'correct'],
      [5, 'dout_o1/dnet_o1', 'correct'],
      [6, 'delta_o1', 'correct'],
      [7, 'dE/dw2', 'correct'],
      [8, 'dE/db1_1', 'correct'],
      [9, 'w1+', 'correct'],
      [10, 'b1_1+', 'correct'],
    ]);
  });

  it('reads \\(…\\) lines, z^{(1)} … z^{(4)} numbered over the non-input units, a^{(1)}, \\hat{y}_1', () => {
    const sheet = [
      '\\(z^{(1)} = 0.2(1) – 0.3(2) + 0.4(-1) + 0.5 = -0.3\\)',
      '\\(a^{(1)} = \\sigma(z^{(1)}) = \\dfrac{1}{1+e^{0.3}} \\approx 0.426\\)',
      '\\(z^{(3)} = 0.3(0.426) + 0.4(0.5) + 0.1 \\approx 0.428\\)',
      '\\(z^{(4)} = -0.1(0.426) + 0.2(0.5) + 0.1 \\approx 0.185\\)',
      '\\(\\hat{y}_1 = \\dfrac{e^{0.428}}{e^{0.428}+e^{0.185}} \\approx 0.561\\)',
    ];
    expect(read(checkAnswers(softmaxNet, sheet.join('\n')).rows)).toEqual([
      [1, 'net_h1', 'correct'],
      [2, 'out_h1', 'correct'],
      [3, 'net_o1', 'correct'],
      [4, 'net_o2', 'incorrect'],
      [5, 'out_o1', 'carried'],
    ]);
  });

  it('reads a markdown-wrapped `name : … = value` line and a `name: value` line', () => {
    const sheet = ['* **h1 : σ(0.3775) = 0.5933**', 'Learning rate: 0.5', '- out_o1: 0.7514'];
    expect(read(checkAnswers(goldenSpec('mazur'), sheet.join('\n')).rows)).toEqual([
      [1, 'out_h1', 'correct'],
      [2, 'eta', 'correct'],
      [3, 'out_o1', 'correct'],
    ]);
  });

  it("reads the textbook's whole-network numbering: I4, O4, Err6, θ4, w14, w_{46}, w04", () => {
    // Han & Kamber's 3-2-1 example: inputs 1–3, hidden 4–5, output 6; Err_j = −∂E/∂I_j.
    const han = spec({
      layers: [3, 2, 1],
      activations: 'sigmoid',
      weights: [
        [
          [0.2, 0.4, -0.5],
          [-0.3, 0.1, 0.2],
        ],
        [[-0.3, -0.2]],
      ],
      biases: [[-0.4, 0.2], [0.1]],
      input: [1, 0, 1],
      target: [1],
      loss: 'half_sse',
      learningRate: 0.9,
    });
    const sheet = [
      'θ4 = -0.4',
      'I4 = -0.7',
      'O4 = 0.332',
      'Err6 = 0.1311',
      'w14 new = 0.192',
      'w_{46} new = -0.261',
      'w04 new = -0.408',
    ];
    expect(read(checkAnswers(han, sheet.join('\n')).rows)).toEqual([
      [1, 'b1_1', 'correct'],
      [2, 'net_h1', 'correct'],
      [3, 'out_h1', 'correct'],
      [4, 'delta_o1', 'correct'],
      [5, 'w1+', 'correct'],
      [6, 'w7+', 'correct'],
      [7, 'b1_1+', 'correct'],
    ]);
  });

  it("reads code's `error:` (target − output) of a one-output net as −∂E/∂out when it is not the loss", () => {
    // udacity-backprop-exercise: 3-2-1, no biases, E = ½(t − o)².
    const udacity = spec({
      layers: [3, 2, 1],
      activations: 'sigmoid',
      weights: [
        [
          [0.5, 0.1, 0.1],
          [-0.6, -0.2, 0.7],
        ],
        [[0.1, -0.3]],
      ],
      biases: [0, 0],
      input: [0.5, 0.1, -0.2],
      target: [0.6],
      loss: 'half_sse',
      learningRate: 0.5,
      updateBiases: false,
    });
    const sheet = ['Predicted output :  0.48497343084992534', 'error:  0.11502656915007464'];
    expect(read(checkAnswers(udacity, sheet.join('\n')).rows)).toEqual([
      [1, 'out_o1', 'correct'],
      [2, 'dE/dout_o1', 'correct'],
    ]);
  });

  it('reads a forward name stated again after the backward pass as the second pass (y3 … δ_5 … y3)', () => {
    // out_h1⁺ = 0.59326 after the update (0.59327 before): the same digits, read as the second pass.
    const sheet = ['h1 = 0.5933', 'δ_o1 = 0.1384', 'h1 = 0.5933'];
    expect(read(checkAnswers(goldenSpec('mazur'), sheet.join('\n')).rows)).toEqual([
      [1, 'out_h1', 'correct'],
      [2, 'delta_o1', 'correct'],
      [3, 'out_h1+', 'correct'],
    ]);
  });
});

describe('tables of values', () => {
  it("reads Han & Kamber's LaTeX tables: a unit per row, a quantity per column, and a weight table", () => {
    const han = spec({
      layers: [3, 2, 1],
      activations: 'sigmoid',
      weights: [
        [
          [0.2, 0.4, -0.5],
          [-0.3, 0.1, 0.2],
        ],
        [[-0.3, -0.2]],
      ],
      biases: [[-0.4, 0.2], [0.1]],
      input: [1, 0, 1],
      target: [1],
      loss: 'half_sse',
      learningRate: 0.9,
    });
    const sheet = [
      '\\[',
      '\\begin{array}{cccc}',
      '\\text{Unit } j & \\text{Net Input } I_j & \\text{Output } O_j \\\\',
      '\\hline',
      '4 & 0.2 + 0 - 0.5 - 0.4 = -0.7 & \\frac{1}{1 + e^{0.7}} = 0.332 \\\\',
      '\\end{array}',
      '\\]',
      '\\begin{array}{cc}',
      '\\text{Unit } j & \\delta_j \\\\',
      '6 & 0.474(1-0.474)(1-0.474) = 0.1311 \\\\',
      '\\end{array}',
      '| Weight | New Value |',
      '| --- | --- |',
      '| w_{46} | -0.3 + (0.9)(0.1311)(0.332) = -0.261 |',
      '| w_{04} | -0.4 + (0.9)(-0.0087) = -0.408 |',
    ];
    expect(read(checkAnswers(han, sheet.join('\n')).rows)).toEqual([
      [5, 'net_h1', 'correct'],
      [5, 'out_h1', 'correct'],
      [10, 'delta_o1', 'correct'],
      [14, 'w7+', 'correct'],
      [15, 'b1_1+', 'correct'],
    ]);
  });
});

describe('names from the corpus read in session 2', () => {
  const corpusSpec = (name: string) => spec(loadCase(name).network as unknown as Record<string, unknown>);
  const quantities = (name: string, sheet: string) =>
    checkAnswers(corpusSpec(name), sheet).rows.map((r) => [r.quantity, r.verdict]);

  it("reads kaifeng's δ{_2} (layer 2's one unit), a derivative after Chinese prose, and b_2 of a one-unit layer", () => {
    const sheet = [
      '$\\delta{_2} = \\frac{\\partial L}{\\partial z_2} \\approx 0.2692 \\times 0.1776 \\approx 0.0478$',
      '偏置梯度：$\\frac{\\partial L}{\\partial b_2} = \\delta{_2} \\approx 0.0478$',
      '- $b_2 \\leftarrow b_2 - \\eta \\cdot \\frac{\\partial L}{\\partial b_2} \\approx 0.3 - 0.0048 = 0.2952$',
    ].join('\n');
    expect(quantities('kaifeng-chinese-2-2-1', sheet)).toEqual([
      // The page's δ follows its own wrong ŷ (its key says carried); alone it is wrong, and the rest carried from it.
      ['delta_o1', 'incorrect'],
      ['dE/db2_1', 'carried'],
      ['b2_1+', 'correct'],
    ]);
  });

  it("reads a single neuron's a and ∂L/∂a (vetea, in Spanish)", () => {
    const sheet = [
      '$$a = f(z) = \\frac{1}{1 + e^{-0.95}} \\approx \\mathbf{0.721}$$',
      '$$\\frac{\\partial L}{\\partial a} = -(0.8 - 0.721) = \\mathbf{-0.079}$$',
    ].join('\n');
    expect(quantities('vetea-spanish-neuron', sheet)).toEqual([
      ['out_o1', 'correct'],
      ['dE/dout_o1', 'correct'],
    ]);
  });

  it("keeps the sheet's own a: once a_2 = σ(z_2) = 0.562 is the activation, dL/da_2 is ∂L/∂out (sreekanth)", () => {
    const sheet = [
      'a_2 = \\text{Sigmoid}(z_2) = \\frac{1}{1 + e^{-0.25}} \\approx 0.562',
      '\\frac{dL}{da_2} = a_2 - y = 0.562 - 0 = 0.562',
    ].join('\n');
    // The page's 0.562 is ∂L/∂z (a − y), not ∂L/∂a: wrong, and not read as the δ it happens to equal.
    expect(quantities('sreekanth-relu-bce', sheet)).toEqual([
      ['out_o1', 'correct'],
      ['dE/dout_o1', 'incorrect'],
    ]);
  });

  it('reads "Loss before update" as the first pass even after the update (sghosh)', () => {
    const sheet = '- w11 = 0.5136\n- Loss before update ≈ 0.1511';
    expect(quantities('sghosh-single-neuron', sheet).at(-1)).toEqual(['E_total', 'correct']);
  });

  it('reads a name the sheet passes through σ as the net input: y1 = … = 1.094, then \\hat{y1} = σ(y1) (melfm)', () => {
    const sheet = [
      '\\begin{align}',
      '  y1 = w5 * h1 + w6 * h1 + b2  \\\\',
      '  y1 = (0.4 * 0.5812 + 0.45 * 0.5812) + 0.6 = 1.094 \\\\',
      '  \\hat{y1} = \\sigma (y1) \\\\',
      '           = 0.7491',
      '\\end{align}',
    ].join('\n');
    // Without the σ(y1) line y1 is our output name; with it, the page's pre-activation (h1 used twice: wrong).
    expect(quantities('melfm-notes-figure', sheet)).toEqual([
      ['net_o1', 'incorrect'],
      ['out_o1', 'carried'],
    ]);
    expect(quantities('melfm-notes-figure', 'y1 = 0.7514')).toEqual([['out_o1', 'correct']]);
  });

  it('keeps a_{o_1} = σ(a_{o_1}) the output: a name inside its own σ names no pre-activation (course Q6)', () => {
    expect(quantities('course-q6', '$a_{o_1} = \\sigma(a_{o_1}) = 0.7513$')).toEqual([['out_o1', 'correct']]);
  });

  it('reads unnamed arithmetic by the values it uses: `(0.35 * 0.1) + (0.9 * 0.8) = 0.755`, `1 / (1 + e^(-0.755)) = 0.68` (nathansamsel)', () => {
    const sheet = [
      'input to top neuron:',
      '(0.35 * 0.1) + (0.9 * 0.8) = 0.755',
      'input to bottom neuron:',
      '(0.9 * 0.6) + (0.35 * 0.4) = 0.68',
      'output of top neuron:',
      '1 / (1 + e^(-0.755)) = 0.68',
      'output of bottom neuron:',
      '1 / (1 + e^(-0.68)) = 0.6637',
      'input to final neuron:',
      '(0.3 * 0.68) + (0.9 * 0.6637) = 0.80133',
    ].join('\n');
    // 0.68 is both net_h2 and out_h1 to two digits: the numbers each line is made from tell them apart.
    expect(quantities('nathansamsel-no-bias-figure', sheet)).toEqual([
      ['net_h1', 'correct'],
      ['net_h2', 'correct'],
      ['out_h1', 'correct'],
      ['out_h2', 'correct'],
      ['net_o1', 'correct'],
    ]);
    // A short unnamed number whose arithmetic is no quantity's own stays unrecognised.
    expect(quantities('nathansamsel-no-bias-figure', '(0.5 * 0.2) + 0.58 = 0.68')).toEqual([
      [undefined, 'unrecognized'],
    ]);
  });

  it('takes a number one unit off in the last digit as ≈ from rounding, unless a mistake gives it exactly (keonhee, nathansamsel)', () => {
    const post = loadCase('keonhee-korean-linear-output');
    // `\hat{y_1} = 0.5199` after the update, exactly 0.51981, from weights the page rounded to three digits.
    const keonhee = checkAnswers(corpusSpec(post.name), post.solutionText, { numbering: 'sheet' }).rows.find(
      (r) => r.line === 173,
    )!;
    expect([keonhee.quantity, keonhee.verdict, keonhee.approximate]).toEqual(['out_o1+', 'correct', true]);
    const page = loadCase('nathansamsel-no-bias-figure');
    const nathansamsel = checkAnswers(corpusSpec(page.name), page.solutionText, {
      numbering: 'sheet',
    }).rows.find((r) => r.line === 57)!;
    // `w5_new = 0.1 + (-7.916 * 10^-3 * 0.35) = 0.3972`: the hidden δ from the updated output weights gives
    // 0.39723, the page's own numbers 0.39715 (one unit off): the mistake is named, not ≈.
    expect([nathansamsel.quantity, nathansamsel.verdict]).toEqual(['w3+', 'incorrect']);
    expect(nathansamsel.diagnoses).toContain('updated_weights_in_backward');
  });

  it("reads the math in a figure's code strings (matplotlib labels, \\\\ escapes) and a chain's bare h (quantlet)", () => {
    const sheet = String.raw`ax.text(3.5, 5.2, '$h = \\sigma(w_1 \\cdot x)$', fontsize=9, ha='center')
ax.text(3.5, 4.7, '$= \\sigma(1) = 0.73$', fontsize=9, ha='center', color=mlpurple)
calcs = [
    '$\\frac{\\partial L}{\\partial \\hat{y}} = 2(\\hat{y} - y) = -0.72$',
    '$\\frac{\\partial L}{\\partial w_2} = -0.72 \\times 0.17 = -0.12$',
]`;
    expect(quantities('quantlet-chain', sheet)).toEqual([
      ['out_h1', 'correct'],
      ['dE/dout_o1', 'correct'],
      ['dE/dw2', 'correct'],
    ]);
  });

  it('reads the units the setup named (fransis: Z₁(in) the net input, Z₁ the output, Y₁)', async () => {
    const { parseDefinition } = await import('../../src/definition/index.js');
    const page = loadCase('fransis-indonesian-xor');
    const setup = parseDefinition(page.setupText);
    if (!setup.ok) throw new Error('fransis setup not read');
    const sheet = [
      'Z₁(in) = X₁·w₁₁ + X₂·w₂₁ + 1·bias₁ = (1)(-0.3) + (1)(0.3) + (1)(-0.1) = **-0.3 + 0.3 - 0.1 = -0.1**',
      'Z₂ = σ(0.4)  ≈ 0.5987  ',
      'Y₁ = σ(0.30935) ≈ **0.5768**',
    ].join('\n');
    const rows = checkAnswers(setup.value.spec, sheet, { pageNames: setup.value.pageNames }).rows;
    expect(rows.map((r) => [r.quantity, r.verdict])).toEqual([
      ['net_h1', 'correct'],
      ['out_h2', 'correct'],
      ['out_o1', 'correct'],
    ]);
    // Without the page's names, Z₁ is no name of ours.
    expect(checkAnswers(setup.value.spec, sheet).rows[0]!.verdict).toBe('unrecognized');
  });

  it('reads equations written into a link and its title attribute, and H21 as hidden layer 2, unit 1 (ninjakx)', () => {
    const sheet =
      '<a href="https://www.codecogs.com/eqnedit.php?latex=x" target="_blank"><img src="https://latex.codecogs.com/gif.latex?x" ' +
      'title="\\begin{align*} net_{H11} &= (w_{H11.I1} * I_1) + (w_{H11.I2} * I_2) + (w_{H11.I3} * I_3) + (w_{H11.I4} * I_4)\\\\ ' +
      '& = (0.5 * 1) + (0.4 * 2) + ( 0.1 * -1) + (0.2 * 1) \\\\ & = 1.4 \\\\ \\\\ ' +
      'out_{H11} &= \\frac{1}{1+e^{-net_{H11}}} \\\\ & = \\frac{1}{1+e^{-1.4}} \\\\ & = 0.802184 \\\\ \\\\ ' +
      'out_{H21} &= \\frac{1}{1+e^{-net_{H21}}} \\\\ & = \\frac{1}{1+e^{0.43}} \\\\ & = 0.56026 \\\\ \\end{align*}" /></a>';
    expect(quantities('ninjakx-two-hidden-layers', sheet)).toEqual([
      ['net_h1_1', 'correct'],
      ['out_h1_1', 'correct'],
      ['out_h2_1', 'correct'],
    ]);
  });
});
