// Notations of issue #11 read from the real page they were met on, where no other test reads them from one
// (test/fixtures/real-world/NOTATIONS.md maps every notation to its test).
import { describe, expect, it } from 'vitest';
import { loadCase } from '../../bench/corpus/cases.js';
import { checkAnswers } from '../../src/check/check-answers.js';
import { forwardPass, resolveSpec } from '../../src/core/index.js';
import backprop from '../../commands/backprop.js';
import { parseDefinition, type ParsedDefinition } from '../../src/definition/index.js';
import { normaliseInput } from '../../src/definition/normalise.js';
import { dispatch } from '../../src/dispatch/dispatcher.js';
import { withoutDirectionMarks } from '../../src/text/bidi.js';
import { fakeDeps } from '../dispatch/fakes.js';

function read(text: string): ParsedDefinition {
  const parsed = parseDefinition(text);
  if (!parsed.ok) throw new Error(parsed.error.map((e) => e.message).join('\n'));
  return parsed.value;
}
const setupOf = (name: string) => read(loadCase(name).setupText);
const ids = (parsed: ParsedDefinition) => parsed.noteMessages.map((note) => note.id);

describe('a setup as real pages write it', () => {
  // sreekanth-relu-bce: "* A **single input**: `x = 1.0`", "* One **hidden neuron** with weight `w1 = 0.5`", and
  // "a_1 = \text{ReLU}(z_1)", "a_2 = \text{Sigmoid}(z_2)" in its $$ blocks.
  it('* bullets with **bold** and `code`, ReLU hidden and sigmoid output (sreekanth)', () => {
    const parsed = setupOf('sreekanth-relu-bce');
    expect(parsed.spec).toMatchObject({
      layers: [1, 1, 1],
      weights: [[[0.5]], [[0.5]]],
      input: [1],
      target: [0],
      activations: ['relu', 'sigmoid'],
    });
    expect(parsed.defaultsApplied).not.toContain('activations');
  });

  // The bullets themselves, as the pages write them: sreekanth's `*` and gad's slides' `•` (a page read as prose
  // finds `x = 1.0` with or without its bullet; a line of our own notation needs the marker gone).
  it('strips the * and • bullet markers of real pages', () => {
    const plain = (line: string) => normaliseInput(line).body.text;
    const star = loadCase('sreekanth-relu-bce').setupText.split('\n')[14]!;
    expect(star).toBe('* A **single input**: `x = 1.0`');
    expect(plain(star)).toMatch(/^ *A +single input +: +x = 1\.0 *$/);
    const dot = loadCase('gad-slides-bold-digits').setupText.split('\n')[20]!;
    expect(dot.startsWith('• The backpropagation algorithm')).toBe(true);
    expect(plain(dot)).toMatch(/^ *The backpropagation algorithm/);
  });

  // Han & Kamber's Appendix B as a markdown table (copy: https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1,
  // "An Example of Back-propagation Algorithm", November 2011).
  const HAN_KAMBER_MARKDOWN = `### Figure 1
An example of a multilayer feed-forward neural network. Assume that the learning rate $\\alpha$ is 0.9 and the first training example, $X = (1,0,1)$, whose class label is 1. Note: The sigmoid function is applied to hidden layer and output layer.

### Table 1: Initial Input and Weight Values

| x1 | x2 | x3 | w14 | w15 | w24 | w25 | w34 | w35 | w46 | w56 | w04 | w05 | w06 |
|----|----|----|-----|-----|-----|-----|-----|-----|-----|-----|-----|-----|-----|
| 1  | 0  | 1  | 0.2 | -0.3| 0.4 | 0.1 | -0.5| 0.2 | -0.3| -0.2| -0.4| 0.2 | 0.1 |`;

  it('a markdown table with one column per name over one row of values (Han & Kamber)', () => {
    const parsed = read(HAN_KAMBER_MARKDOWN);
    expect(parsed.spec).toMatchObject({
      layers: [3, 2, 1],
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
      learningRate: 0.9,
    });
    expect(ids(parsed)).toContain('definition.note.unit_pairs');
  });

  // fiqlab: "with Sigmoid activation at every neuron"; Han & Kamber: "The sigmoid function is applied to hidden layer
  // and output layer." Sigmoid is also the default: the note that names the line is what shows it was read.
  it('"sigmoid in every layer" is read, not defaulted (fiqlab, Han & Kamber)', () => {
    for (const parsed of [setupOf('fiqlab-2-2-1'), read(HAN_KAMBER_MARKDOWN)]) {
      expect(parsed.spec.activations).toEqual(['sigmoid', 'sigmoid']);
      expect(parsed.defaultsApplied).not.toContain('activations');
      expect(ids(parsed)).toContain('definition.note.read_activation');
    }
  });

  // https://github.com/nata11/icm-csdi-ml-dl-course ("Deep Learning Forward Pass Example", a notebook): the layers'
  // activations in bullets, column vectors, W x with W1 3 × 2; the page prints ŷ = 0.81831902 and gives no target.
  const NATA11 = `# Deep Learning Forward Pass Example

This notebook demonstrates a toy example of a deep neural network with:
- **Input layer**: 2 neurons  
- **Hidden layer 1**: 3 neurons (ReLU)  
- **Hidden layer 2**: 2 neurons (ReLU)  
- **Output layer**: 1 neuron (Sigmoid)  

In [17]:
# Input
x = np.array([[1.0], [2.0]])

In [18]:
# Weights and Biases LAYER 1 , 3 neurons, hidden layer
W1 = np.array([[1.0, 1.0],
               [0.5, 0.5],
               [1.0, -1.0]])
b1 = np.array([[0.0], [0.0], [0.0]])


In [19]:
# Weights and Biases LAYER 2 , 2 neurons, hidden layer

W2 = np.array([[0.2, 0.5, 0.3],
               [0.3, 0.1, 0.6]])
b2 = np.array([[0.1], [0.2]])

In [20]:
# Weights and Biases LAYER 3 , 1 neuron, output layer
W3 = np.array([[0.4, 0.5]])
b3 = np.array([[0.3]])`;

  it('"ReLU hidden, sigmoid output" per layer in bullets, column vectors, W x (nata11)', () => {
    // No target on the page: named as missing, never made up.
    const alone = parseDefinition(NATA11);
    expect(alone.ok ? [] : alone.error.map((e) => e.id)).toEqual(['definition.missing_field']);
    const parsed = read(`${NATA11}\ntarget: 1`);
    expect(parsed.spec).toMatchObject({ layers: [2, 3, 2, 1], activations: ['relu', 'relu', 'sigmoid'] });
    expect(parsed.defaultsApplied).not.toContain('activations');
    const { out } = forwardPass(parsed.spec, parsed.spec.weights, parsed.spec.biases);
    expect(out.at(-1)![0]).toBeCloseTo(0.81831902, 8);
  });

  // https://www.kircerta.com/posts/science/neural-network-lifecycle ("Phase 0: Initialization", as the page's text
  // copies: a heading glued after each closing $$): W^{(1)} a bmatrix inside \begin{aligned}, W^{(2)} a pmatrix,
  // b^{(1)} a column, x a pmatrix column.
  const KIRCERTA = String.raw`Loss function
$$ L = \frac{1}{2}(\hat{y} - y)^2 $$Phase 0: Initialization
$$ \begin{aligned} W^{(1)} &= \begin{bmatrix} 0.3 & -0.1 \\ 0.2 & 0.4 \end{bmatrix}, \quad b^{(1)} = \begin{bmatrix} 0 \\ 0 \end{bmatrix} \\ W^{(2)} &= \begin{pmatrix} 0.5 & -0.3 \end{pmatrix}, \quad b^{(2)} = 0 \end{aligned} $$Phase 1: Forward Pass
Input:
$$ x = \begin{pmatrix} 1 \\ 2 \end{pmatrix}, \quad y = 1 $$1. Pre-activation`;
  const KIRCERTA_WORKED = String.raw`$$ \hat{y} = W^{(2)}h + b^{(2)} = \begin{pmatrix} 0.5 & -0.3 \end{pmatrix}\begin{pmatrix} 0.1 \\ 1.0 \end{pmatrix} = 0.05 - 0.3 = -0.25 $$4. Loss
$$ L = \frac{1}{2}(\hat{y} - y)^2 = \frac{1}{2}(-0.25 - 1)^2 = \frac{1}{2}(-1.25)^2 = 0.78125 $$Phase 2: Backpropagation
$$ \frac{\partial L}{\partial \hat{y}} = \hat{y} - y = -1.25 $$2. Gradients for the output layer`;

  it('W^{(1)} as a bmatrix, W^{(2)} as a pmatrix, b^{(1)} and x as columns; the worked numbers settle ReLU and a linear output (kircerta)', () => {
    const parsed = read(KIRCERTA);
    expect(parsed.spec).toMatchObject({
      layers: [2, 2, 1],
      weights: [
        [
          [0.3, -0.1],
          [0.2, 0.4],
        ],
        [[0.5, -0.3]],
      ],
      biases: [[0, 0], 0],
      input: [1, 2],
      target: [1],
      loss: 'half_sse',
    });
    const worked = parseDefinition(KIRCERTA, { worked: KIRCERTA_WORKED });
    if (!worked.ok) throw new Error('not read with its worked numbers');
    expect(worked.value.spec.activations).toEqual(['relu', 'linear']);
    expect(worked.value.notes.join('\n')).toContain('0.78125');
  });
});

describe('a network without biases', () => {
  // primelearnpoint-setup-only gives weights, inputs and a target, and no bias anywhere.
  it('a page without biases is a network without biases, said in the reply (primelearnpoint)', async () => {
    const text = loadCase('primelearnpoint-setup-only').setupText;
    expect(setupOf('primelearnpoint-setup-only').spec).toMatchObject({ biases: [0, 0], updateBiases: false });
    for (const [locale, words] of [
      ['en', 'network without biases'],
      ['fa', 'شبکه بدون بایاس'],
    ] as const) {
      const reply = await dispatch(
        { command: 'backprop', options: {}, text, user: { id: 'ta' }, locale },
        fakeDeps(),
        { commands: [backprop] },
      );
      expect(reply.kind).toBe('ok');
      expect(withoutDirectionMarks(reply.text)).toContain(words);
    }
  });
});

describe('a worked solution as real pages write it (/check)', () => {
  // HMKCode, "Backpropagation Step by Step" (https://hmkcode.github.io/ai/backpropagation-step-by-step/, 2018):
  // a linear 2-2-1 net without biases, w1..w6 destination-first, inputs [2, 3], output 1, η = 0.05.
  const hmkcode = resolveSpec({
    layers: [2, 2, 1],
    activations: 'linear',
    weights: [
      [
        [0.15, 0.2],
        [0.1, 0.05],
      ],
      [[0.16, 0.2]],
    ],
    biases: [0, 0],
    updateBiases: false,
    input: [2, 3],
    target: [1],
    loss: 'half_sse',
    learningRate: 0.05,
  });

  it('markdown-wrapped `* **h1 : … = 0.90**` lines and `* **Error = … = 0.3089**` (HMKCode)', () => {
    if (!hmkcode.ok) throw new Error('spec');
    const sheet = [
      '* **h1 : i1 * w1 + i2 * w2 =  2 * 0.15 + 3 * 0.20 = 0.90**',
      '* **h2 : i1 * w3 + i2 * w4 = 2 * 0.10 + 3 * 0.05 =  0.35**',
      '* **out: h1 * w5 + h2 * w6 = 0.90 * 0.16 + 0.35 * 0.20 = 0.214**',
      '* **prediction = 0.214**',
      '* **Error =  ( ( 0.214 - 1.0) ^2  ) / 2 = 0.3089**',
    ].join('\n');
    expect(checkAnswers(hmkcode.value, sheet).rows.map((r) => [r.line, r.quantity, r.verdict])).toEqual([
      [1, 'out_h1', 'correct'],
      [2, 'out_h2', 'correct'],
      [3, 'out_o1', 'correct'],
      [4, 'out_o1', 'correct'],
      [5, 'E_total', 'correct'],
    ]);
  });
});
