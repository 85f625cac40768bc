// Setups as real pages write them: each test reads a snippet copied from a public page (address above it).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDefinition, type ParsedDefinition } from '../../src/definition/index.js';
import { classicNetwork } from '../helpers/classic-network.js';

function read(text: string, options = {}): ParsedDefinition {
  const result = parseDefinition(text, options);
  if (!result.ok) throw new Error(result.error.map((e) => e.message).join('\n'));
  return result.value;
}

const ids = (parsed: ParsedDefinition) => parsed.noteMessages.map((note) => note.id);

describe('reading a page', () => {
  // Han & Kamber, Data Mining, Appendix B (copy: https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1)
  const HAN_KAMBER = String.raw`**Figure 1:** An example of a multilayer feed-forward neural network. Assume that the learning rate \( \eta \) is 0.9 and the first training example, \( X = (1,0,1) \) whose class label is 1.

Note: The sigmoid function is applied to hidden layer and output layer.

**Table 1: Initial Input and Weight Values**

\[
\begin{array}{cccccccccccc}
x_1 & x_2 & x_3 & w_{14} & w_{15} & w_{24} & w_{25} & w_{34} & w_{35} & w_{46} & w_{56} & w_{04} & w_{05} & w_{06} \\
\hline
1 & 0 & 1 & 0.2 & -0.3 & 0.4 & 0.1 & -0.5 & 0.2 & -0.3 & -0.2 & -0.4 & 0.2 & 0.1 \\
\end{array}
\]`;

  it('units numbered across the network (w14, bias w04), a LaTeX array table, sentences', () => {
    const parsed = read(HAN_KAMBER);
    expect(parsed.form).toBe('latex');
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
    expect(ids(parsed)).toContain('definition.note.read_activation');
    // For /check: the page's names and where they went.
    expect(parsed.pageNames).toContainEqual({ name: 'w_46', ref: { kind: 'weight', l: 1, j: 0, i: 0 } });
    expect(parsed.pageNames).toContainEqual({ name: 'w_05', ref: { kind: 'bias', l: 0, j: 1 } });
  });

  // Udacity's backpropagation exercise (corpus: udacity-backprop-exercise): NumPy code, x @ W, no biases
  const UDACITY = `import numpy as np

#define sigmoid function
def sigmoid(x):
    return 1 / (1 + np.exp(-x))

# X is a unit vector
x = np.array([0.5, 0.1, -0.2])

# target that we want to predict
target = 0.6

#learning rate or alpha
learnrate = 0.5

#weight that we initialize
weights_input_hidden = np.array([[0.5, -0.6],
                                 [0.1, -0.2],
                                 [0.1, 0.7]])

#weight that produced by hidden layer as a output
weights_hidden_output = np.array([0.1, -0.3])`;

  it('NumPy code: arrays over several lines, rows = inputs, no biases (stated)', () => {
    const parsed = read(UDACITY);
    expect(parsed.spec).toMatchObject({
      layers: [3, 2, 1],
      weights: [
        [
          [0.5, 0.1, 0.1],
          [-0.6, -0.2, 0.7],
        ],
        [[0.1, -0.3]],
      ],
      biases: [0, 0],
      updateBiases: false,
      input: [0.5, 0.1, -0.2],
      target: [0.6],
      learningRate: 0.5,
    });
    expect(ids(parsed)).toContain('definition.note.rows_are_inputs');
    expect(ids(parsed)).toContain('definition.note.no_biases');
    expect(ids(parsed)).not.toContain('definition.note.shared_bias');
  });

  // sghosh, "Simple Neural Network: Manual Backpropagation (1 Hidden Neuron)" (corpus: sghosh-single-neuron)
  const SGHOSH = `## Network Architecture

- Inputs: \`x1, x2 \`
- Weights: w11, w12
- Bias: b
- Activation Function: Sigmoid
- Output: y_pred = sigmoid(z)
- Loss: Mean Squared Error (MSE)

---

## Step 1: Forward Pass

Let’s assume the following values:

- x1 = 1.0
- x2 = 2.0
- w11 = 0.5
- w12 = -0.4
- b = 0.1
- y (true label) = 1.0`;

  it('markdown bullets, a per-layer pair w11 w12 placed by the only order that fits, "MSE" said', () => {
    const parsed = read(SGHOSH);
    expect(parsed.spec).toMatchObject({
      layers: [2, 1],
      weights: [[[0.5, -0.4]]],
      biases: [0.1],
      input: [1, 2],
      target: [1],
      loss: 'half_sse',
    });
    expect(ids(parsed)).toContain('definition.note.pair_order_fits');
    expect(ids(parsed)).toContain('definition.note.mse_reading');
  });

  // Abdul Rehman's lab notebook (corpus: abdulrehman-lab-notebook): tuple assignments in Python
  it('Python tuple assignments and T1/T2 targets', () => {
    const parsed = read(`import numpy as np

x1 = 0.10
x2 = 0.20

w1, w2 = 0.20, 0.25
w3, w4 = 0.30, 0.35

w5, w6 = 0.45, 0.50
w7, w8 = 0.55, 0.60

b1 = 0.40
b2 = 0.65

T1 = 0.05
T2 = 0.95

lr = 0.3`);
    expect(parsed.spec).toMatchObject({
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
      target: [0.05, 0.95],
      learningRate: 0.3,
    });
  });

  // https://fiqlab.vercel.app/blog/backpropagation-manual-calculation: a markdown table, subscripts, b_h and b_o
  it('a markdown table of symbols with Unicode subscripts and per-layer bias names', () => {
    const parsed =
      read(`We will use a simple network: 2 inputs → 2 hidden neurons → 1 output, with Sigmoid activation at every neuron.
| Symbol | Value | Description |
|---|---|---|
| x₁ | 0.05 | Input 1 |
| x₂ | 0.10 | Input 2 |
| t₁ | 0.01 | Target output |
| η | 0.50 | Learning rate |
| w₁ | 0.15 | x₁ → h₁ |
| w₂ | 0.20 | x₂ → h₁ |
| w₃ | 0.25 | x₁ → h₂ |
| w₄ | 0.30 | x₂ → h₂ |
| b_h | 0.35 | Hidden layer bias |
| w₅ | 0.40 | h₁ → o₁ |
| w₆ | 0.45 | h₂ → o₁ |
| b_o | 0.60 | Output layer bias |`);
    expect(parsed.spec).toMatchObject({
      layers: [2, 2, 1],
      weights: [
        [
          [0.15, 0.2],
          [0.25, 0.3],
        ],
        [[0.4, 0.45]],
      ],
      input: [0.05, 0.1],
      target: [0.01],
      learningRate: 0.5,
    });
  });

  it('numbered weights: the page’s worked numbers choose the order, else the usual one is said', () => {
    const base =
      'x1 = 0.05, x2 = 0.10, t1 = 0.01, t2 = 0.99, b1 = 0.35, b2 = 0.6\nw1 = 0.15, w2 = 0.20, w3 = 0.25, w4 = 0.30, w5 = 0.40, w6 = 0.45, w7 = 0.50, w8 = 0.55';
    const assumed = read(base);
    expect(ids(assumed)).toContain('definition.note.reading_assumed');
    // Source-first, out_h1 = σ(0.15·0.05 + 0.25·0.10 + 0.35) = 0.5945 on the page.
    const confirmed = read(`${base}\nAfter the forward pass we get out_h1 = 0.5945 and out_h2 = 0.5963.`);
    expect(ids(confirmed)).toContain('definition.note.reading_confirmed');
    expect(confirmed.spec.weights[0]).toEqual([
      [0.15, 0.25],
      [0.2, 0.3],
    ]);
    const asked = read(base, { numbering: 'source-first' });
    expect(asked.spec.weights[0]).toEqual(confirmed.spec.weights[0]);
  });

  // melfm's notes (corpus: melfm-notes-figure): the weights are only in an image
  it('a page whose weights are only in a figure is refused, naming what is missing', () => {
    const result = parseDefinition(`# Backpropagation Numerical example

Assume the following network :

![Simple network with values](../images/backprop_simpl_net.png)

Let's assume the above initial weights with the inputs as 0.05 and 0.1 and assume the desired output is 0.01 and 0.99.`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error[0]).toMatchObject({ id: 'definition.weights_in_figure', location: { line: 5 } });
    expect(result.error[0]!.message).toContain('weights');
  });

  it('sentences: learning rate, sample with its class, activations per layer, no biases', () => {
    const parsed = read(`The learning rate is 0.7 and the training sample is X = (0, 1) with class 0.
We use ReLU hidden units and a sigmoid output, no biases.
W1 = [[0.1, 0.2], [0.3, 0.4]] and W2 = [[0.5, 0.6]]`);
    expect(parsed.spec).toMatchObject({
      learningRate: 0.7,
      input: [0, 1],
      target: [0],
      activations: ['relu', 'sigmoid'],
      biases: [0, 0],
      updateBiases: false,
    });
    expect(ids(parsed)).toContain('definition.note.no_biases');
  });

  // PostNetwork Academy, "Softmax, Cross-Entropy, and Backpropagation" (corpus: postnetwork-softmax): `b^{(1)}`;
  // and the layer matrices as LaTeX writes them, `W^{(1)}` with a bmatrix.
  it('LaTeX layer names: W^{(1)} with a bmatrix, b^{(1)}', () => {
    const parsed = read(String.raw`Given inputs \(x_1=1, \; x_2=2\) and the target \(y = 1\):
$$W^{(1)} = \begin{bmatrix} 0.2 & -0.3 \\ 0.4 & 0.1 \end{bmatrix}, \quad b^{(1)}=0.5$$
$$W^{(2)} = \begin{bmatrix} 0.3 & -0.1 \end{bmatrix}, \quad b^{(2)}=0.1$$`);
    expect(parsed.spec).toMatchObject({
      layers: [2, 2, 1],
      weights: [
        [
          [0.2, -0.3],
          [0.4, 0.1],
        ],
        [[0.3, -0.1]],
      ],
      biases: [0.5, 0.1],
      input: [1, 2],
      target: [1],
    });
  });

  // PostNetwork Academy (corpus: postnetwork-softmax): w1..w6 destination-first, w7..w10 source-first, as the
  // page's own sums use them; its worked z^{(3)} ≈ 0.428 decides, and the reply names the numbers.
  it('a page that numbers its layers differently: each layer read as its worked numbers say', () => {
    const text = readFileSync(
      fileURLToPath(new URL('../fixtures/real-world/postnetwork-softmax/setup.txt', import.meta.url)),
      'utf8',
    );
    const parsed = read(text);
    expect(parsed.spec.weights).toEqual([
      [
        [0.2, -0.3, 0.4],
        [-0.5, 0.1, 0.2],
      ],
      [
        [0.3, 0.4],
        [-0.1, 0.2],
      ],
    ]);
    expect(parsed.spec.activations).toEqual(['sigmoid', 'softmax']);
    const confirmed = parsed.noteMessages.find((note) => note.id === 'definition.note.reading_confirmed');
    expect(confirmed?.params.order).toBe('destination-first in layer 1, source-first in layer 2');
  });

  // The course's own question 6 (test/fixtures/real-world/course-q6/setup.txt), as the staff wrote it.
  it('a range of names with its values (w1..w8 = …), a statement after a bracket, "targets 0.01, 0.99", "learning rate" then the value on the next line', () => {
    const parsed = read(`6. **Worked backpropagation.** The classic 2-2-2 sigmoid network (i1=0.05, i2=0.10;
   w1..w8 = 0.15, 0.20, 0.25, 0.30, 0.40, 0.45, 0.50, 0.55; b1=0.35 shared by h1,h2;
   b2=0.60 shared by o1,o2; targets 0.01, 0.99; E = 1/2 sum (t-o)^2), here with learning rate
   **0.3** and the two shared biases **updated** too.`);
    expect(parsed.spec).toMatchObject(
      classicNetwork({ learningRate: 0.3, updateBiases: true, activations: ['sigmoid', 'sigmoid'] }),
    );
    // A range whose count of values differs is not spread over the names.
    expect(() => read('The network: w1..w4 = 0.1, 0.2, 0.3; i1 = 1, i2 = 0; t1 = 1')).toThrow();
  });

  // https://primelearnpoint.com/deep-learning/backpropagation-solved-step-by-step/
  it('weights named by the units in brackets after them (w₁,₁ = 0.2 (x₁→h₁)): layers from the names, o₃ the output', () => {
    const parsed = read(`The image above shows a neural network with 2 inputs → 2 hidden neurons → 1 output.

📌
Network Parameters (from the diagram)

Inputs: x₁ = 0.35,   x₂ = 0.7
Layer 1 weights: w₁,₁ = 0.2 (x₁→h₁),   w₂,₁ = 0.2 (x₂→h₁),   w₁,₂ = 0.3 (x₁→h₂),   w₂,₂ = 0.3 (x₂→h₂)
Layer 2 weights: w₁,₃ = 0.3 (h₁→o₃),   w₂,₃ = 0.9 (h₂→o₃)
Activation: Sigmoid  |  Target y = 1.0  |  Loss: MSE`);
    expect(parsed.spec).toMatchObject({
      layers: [2, 2, 1],
      weights: [
        [
          [0.2, 0.2],
          [0.3, 0.3],
        ],
        [[0.3, 0.9]],
      ],
      input: [0.35, 0.7],
      target: [1],
    });
    expect(ids(parsed)).toContain('definition.note.arrow_weights');
    expect(parsed.pageNames.map((n) => n.name)).toContain('w(h1→o3)');
  });

  // https://github.com/fransis96jst/backpropagation (README, in Indonesian)
  it('"from \\ to" weight tables: rows the source units and a bias row, columns the destinations', () => {
    const parsed = read(`Kita punya jaringan saraf tiruan untuk XOR dengan arsitektur:
- Fungsi aktivasi: **sigmoid** di semua neuron (yang paling umum untuk backpropagation klasik)

**Tabel a** → bobot dari input ke hidden layer (termasuk bias)

| Dari \\ Ke | Z₁    | Z₂    | Z₃    |
|-----------|-------|-------|-------|
| X₁        | -0.3  | 0.3   | -0.3  |
| X₂        | 0.3   | -0.2  | 0.3   |
| bias (1)  | -0.1  | 0.3   | -0.1  |

**Tabel b** → bobot dari hidden layer ke output (termasuk bias)

| Dari \\ Ke | Y₁    |
|-----------|-------|
| Z₁        | -0.1  |
| Z₂        | 0.5   |
| Z₃        | -0.3  |
| bias (1)  | 0.2   |

Laju pembelajaran α = 0.2
Pola pertama yang akan kita latih: **X₁=1, X₂=1, target t = 0** (karena 1 XOR 1 = 0)`);
    expect(parsed.spec).toMatchObject({
      layers: [2, 3, 1],
      weights: [
        [
          [-0.3, 0.3],
          [0.3, -0.2],
          [-0.3, 0.3],
        ],
        [[-0.1, 0.5, -0.3]],
      ],
      biases: [[-0.1, 0.3, -0.1], [0.2]],
      input: [1, 1],
      target: [0],
      learningRate: 0.2,
    });
  });

  // https://github.com/Lee-keonhee/zero_to_deep_kh/blob/main/_posts/2025-07-27-propagation.md (Korean)
  it('a matrix of names equal to a matrix of numbers names each number; missing biases are not blamed on the figure', () => {
    const page = `<img src="{{'/assets/img/posts/propagation1.png' | relative_url}}" alt="순전파 역전파 그림" width="70%">

초기값:
<div style="text-align: left;">
\\( X = \\begin{pmatrix} x_1 & x_2 \\end{pmatrix} = \\begin{pmatrix} 0.5 & 0.3 \\end{pmatrix},\\quad W = \\begin{pmatrix} w_1 & w_2 \\\\ w_3 & w_4 \\\\ w_5 & w_6 \\end{pmatrix} = \\begin{pmatrix} 0.3 & 0.2 \\\\ 0.2 & 0.3 \\\\ 0.4 & 0.5 \\end{pmatrix},\\quad y_1 = 0.7 \\)
</div>`;
    // Six weights for two inputs and one output fit 2-2-1 and 2-1-2-1: one hidden layer, the usual shape, said.
    const assumed = read(page);
    expect(assumed.spec.layers).toEqual([2, 2, 1]);
    expect(ids(assumed)).toContain('definition.note.shape_assumed');
    expect(assumed.notes.join('\n')).toContain('2-1-2-1');
    const parsed = read(`${page}\nlayers: 2-2-1`);
    expect(parsed.spec).toMatchObject({
      layers: [2, 2, 1],
      input: [0.5, 0.3],
      target: [0.7],
      biases: [0, 0],
    });
    expect(ids(parsed)).toContain('definition.note.reading_assumed');
    // Placed in an assumed order, w_2 and w_3 are not given to /check as the page's names: the sheet places them.
    expect(parsed.pageNames.filter((n) => n.ref.kind === 'weight')).toEqual([]);
    // The post's worked numbers: a_1 = 0.552, a_2 = 0.547 (2-2-1), ∂L/∂w_5 = −0.227 (a linear ŷ, (y − ŷ)² without ½).
    const worked = read(page, {
      worked: String.raw`\( a_1 = Sigmoid(z_1) = \frac{1}{1+e^{-0.21}} = 0.552 \)
\( a_2 = Sigmoid(z_1) =  \frac{1}{1+e^{-z_2}} = \frac{1}{1+e^{-0.19}} = 0.547 \)
&= -2 \cdot (0.7 - 0.4943) \cdot 0.552 \\[10pt]
&= -0.227
&= -2 \cdot (0.7 - 0.4943) \cdot 0.547 \\[10pt]
&= -0.225
\frac{\partial L}{\partial w_3} &= -0.0122 \\[10pt]
\frac{\partial L}{\partial w_4} &= -0.0153`,
    });
    expect(worked.spec).toMatchObject({ layers: [2, 2, 1], activations: ['sigmoid', 'linear'], loss: 'sse' });
    expect(ids(worked)).toEqual(
      expect.arrayContaining(['definition.note.shape_confirmed', 'definition.note.defaults_confirmed']),
    );
  });
});

describe('a worked solution pasted with the setup', () => {
  // https://github.com/kaifeng/llm-learn/blob/main/source/part_basics/training/backpropagation.md (Chinese)
  const SETUP = String.raw`**输入数据** ：$X = [1, 2]$，真实标签：$y = 0.5$

**初始参数** ：
隐藏层权重：$W_1 = \begin{bmatrix}0.5 & 0.6 \\ 0.7 & 0.8\end{bmatrix}$，偏置：$b_1 = [0.1, 0.2]$
输出层权重：$W_2 = [0.9, 0.1]$，偏置：$b_2 = 0.3$`;
  const SOLUTION = String.raw`隐藏层激活值：
$a_1 = \sigma(z_1) = \left[\frac{1}{1+e^{-2.0}}, \frac{1}{1+e^{-2.4}}\right] \approx [0.8808, 0.9084]$`;

  it('its numbers settle the reading the setup leaves open, and the note says which numbers', () => {
    // Alone, the square W_1 is read W x (the usual convention), and the note offers the other reading.
    const alone = read(SETUP);
    expect(ids(alone)).toContain('definition.note.reading_assumed');
    expect(alone.spec.weights[0]).toEqual([
      [0.5, 0.6],
      [0.7, 0.8],
    ]);
    // σ(1·0.5 + 2·0.7 + 0.1) = σ(2.0) = 0.8808: the page's X · W_1 (rows = inputs).
    const withSolution = read(SETUP, { worked: SOLUTION });
    expect(ids(withSolution)).toContain('definition.note.reading_confirmed');
    expect(withSolution.notes.join('\n')).toContain('0.8808');
    expect(withSolution.spec.weights[0]).toEqual([
      [0.5, 0.7],
      [0.6, 0.8],
    ]);
  });

  it('its statements never set the network', () => {
    const parsed = read(SETUP, {
      worked: '$W_1 = \\begin{bmatrix}9 & 9 \\\\ 9 & 9\\end{bmatrix}$ and b_2 = 7',
    });
    expect(parsed.spec.weights[0]!.flat()).not.toContain(9);
    expect(parsed.spec.biases[1]).toEqual(0.3);
  });
});

describe('what a page leaves unsaid: the default, unless its worked numbers settle it', () => {
  // https://github.com/tailvar/theAIE/blob/main/theaiengineer-curriculum/capstone02/notebooks/tae_tiny_backprop_demo.ipynb
  const TAILVAR = `import numpy as np

def main():
    x = 2.0                                   # input scalar
    y = 3.0                                   # target scalar
    W1 = np.array([[1.0],
                  [-1.0]])                     # shape (2,1)
    b1 = np.array([0.5, -0.5])               # shape (2,)
    W2 = np.array([[2.0, -1.0]])               # shape (1,2)
    b2 = 0.1                                   # scalar
    # h1 = ReLU(a1)
    h1 = np.maximum(0.0, a1)                   # shape (1,)
    # f = W2 h1 + b2
    f = (W2 @ h1 + b2).item()             # scalar
    # L = 1/2 (f - y)&^2
    L = 0.5 * (f - y)**2                        # scalar`;
  const TAILVAR_OUTPUT = `L             =2.204999999999999
delta_f = dL/df = 2.0999999999999996
dL/dW2 = [[5.25 0.  ]]`;

  it('a layer the formulas name keeps its activation; one they do not takes the default, said', () => {
    const parsed = read(TAILVAR);
    expect(parsed.spec.activations).toEqual(['relu', 'sigmoid']);
    expect(ids(parsed)).toContain('definition.note.default_layer_activation');
    expect(parsed.defaultsApplied).toContain('activations');
  });

  it("the page's numbers settle an unsaid output activation (f = 5.1 is no sigmoid), and the note names them", () => {
    const parsed = read(TAILVAR, { worked: TAILVAR_OUTPUT });
    expect(parsed.spec.activations).toEqual(['relu', 'linear']);
    expect(ids(parsed)).toContain('definition.note.defaults_confirmed');
    expect(ids(parsed)).not.toContain('definition.note.default_layer_activation');
    expect(parsed.notes.join('\n')).toContain('2.204999999999999');
    expect(parsed.defaultsApplied).not.toContain('activations');
  });

  // https://alexander-schiendorfer.github.io/2020/02/24/a-worked-example-of-backprop.html
  it('an unsaid loss: Σ(y − t)² when the printed loss and gradients are those of no ½', () => {
    // The post's code block, closed: NumPy assignments are the network, not a picture.
    const setup = `Every training instance becomes a row in a matrix $X$. We apply a weight matrix $W$ simply by matrix multiplication: $H = XW$.

\`\`\`python
X = np.array( [[3., 1. ]])
T = np.array( [[1., 0. ]])
W = np.array([[6., -3.], [-2., 5.]])
V = np.array([[1., -2.], [0.25, 2.]])
\`\`\``;
    const solution = `L = np.sum(E_sq, axis=1, keepdims=True)
print(L)
>>> [[0.08699208]]
grad_Y = 2*E
grad_Y_in = (Y) * (1-Y) * grad_Y
print(grad_Y_in)
>>> [[-0.1051877   0.02654905]]`;
    expect(read(setup).spec.loss).toBe('half_sse');
    const parsed = read(setup, { worked: solution });
    expect(parsed.spec.loss).toBe('sse');
    expect(parsed.notes.join('\n')).toMatch(/Loss sse: .*0\.08699208.* over half_sse/);
  });

  // https://github.com/A-R007/Loss-Calculation/blob/main/README.md
  it('one two-digit number that a wrong choice happens to fit settles nothing', () => {
    const parsed = read(String.raw`## Given Data
- **Inputs**: \( x = [1,2] \)
- **Initial Weights**: \( W = [0.4, -0.2] \)
- **Bias**: \( b = 0.1 \)
- **True Output**: \( y = 0.8 \)
- **Loss Function**: Mean Squared Error (MSE)
- **Derivative of Activation Function**: \( y'(1 - y') = 0.24 \)`);
    // A linear output's loss ½(0.1 − 0.8)² = 0.245 would "confirm" 0.24: not enough.
    expect([parsed.spec.activations].flat()).toEqual(['sigmoid']);
    expect(ids(parsed)).not.toContain('definition.note.defaults_confirmed');
  });
});

describe('matrices as notebooks and NumPy pages write them', () => {
  // https://pythonandml.github.io/dlbook/ (2.12, the notebook exported as a script: markdown cells as `# ` lines)
  const PYTHONANDML = String.raw`# **Given values**
# 
# Input $x = [1, 4, 5]$, $y = [0.1, 0.05]$
# 
# $$
# W_1 = \begin{bmatrix}
# 0.1 & 0.2\\ 
# 0.3 & 0.4\\ 
# 0.5 & 0.6
# \end{bmatrix}
# $$
# 
# $$
# b_1 = \begin{bmatrix}
# 0.5\\ 
# 0.5
# \end{bmatrix}
# $$
# 
# $$
# W_2 = \begin{bmatrix}
# 0.7 & 0.8\\ 
# 0.9 & 0.1
# \end{bmatrix}
# $$
# 
# $$
# b_2 = \begin{bmatrix}
# 0.5\\ 
# 0.5
# \end{bmatrix}
# $$
# 
# The activation functions $f_1(z)$ and $f_2(z)$ used here is **sigmoid** (for both the layers) and the cost function $J(W, b)$ is **MSE**.`;

  it("a notebook's `# ` markdown lines are the page; a square matrix follows the one whose shape fixes x @ W", () => {
    const parsed = read(PYTHONANDML);
    expect(parsed.spec).toMatchObject({
      layers: [3, 2, 2],
      input: [1, 4, 5],
      target: [0.1, 0.05],
      biases: [
        [0.5, 0.5],
        [0.5, 0.5],
      ],
    });
    // W_1 is 3×2 for 3 inputs: rows = inputs; so W_2, square, is x @ W too (and said).
    expect(parsed.spec.weights).toEqual([
      [
        [0.1, 0.3, 0.5],
        [0.2, 0.4, 0.6],
      ],
      [
        [0.7, 0.9],
        [0.8, 0.1],
      ],
    ]);
    expect(ids(parsed)).toContain('definition.note.square_follows_page');
    expect(ids(parsed)).not.toContain('definition.note.reading_assumed');
  });

  it('our notation with comments is not a notebook: a commented-out line stays out', () => {
    const parsed = read(
      '# Setup\n#\n# old: w1 = 0.9\nw1 = 0.15, w2 = 0.2, i1 = 0.05, i2 = 0.1, t1 = 0.01, b1 = 0.35\n# w2 = 0.8 last week',
    );
    expect(parsed.spec.weights).toEqual([[[0.15, 0.2]]]);
  });

  // https://github.com/g-eoj/cs231n/blob/master/two-layer-backprop-math.ipynb
  const GEOJ = String.raw`$$\begin{align*}
\mathit{X} &= \begin{bmatrix}16 & -6\end{bmatrix} &
\mathit{y} &= 2 \\
\mathit{W1} &= \begin{bmatrix}0.18 & 0.04 \\ 0.1 & 0.22\end{bmatrix} &
\mathit{b1} &= \begin{bmatrix}0 & 0\end{bmatrix} \\
\mathit{W2} &= \begin{bmatrix}0.19 & -0.1 & 0.1 \\ -0.02 & -0.01 & 0.04\end{bmatrix} &
\mathit{b2} &= \begin{bmatrix}0 & 0 & 0\end{bmatrix}
\end{align*}$$`;
  const GEOJ_WORKED = String.raw`$\mathit{h1} = \max (0, \begin{bmatrix}2.28 & -0.68\end{bmatrix}) = \begin{bmatrix}2.28 & 0\end{bmatrix}$
$\mathit{scores} = \begin{bmatrix}0.4332 & -0.228 & 0.228\end{bmatrix}$
&= 1.051375468504
&= \begin{bmatrix}0.429052723714 & 0.221490524653 & -0.650543248367\end{bmatrix}.`;

  it('y = 2 beside three output units is a class label (one-hot, from 0, said); worked numbers settle ReLU, softmax and cross-entropy', () => {
    const alone = read(GEOJ);
    expect(alone.spec.target).toEqual([0, 0, 1]);
    expect(ids(alone)).toContain('definition.note.class_label');
    expect(alone.notes.join('\n')).toContain('`target: [0, 1, 0]`');
    expect(alone.spec.layers).toEqual([2, 2, 3]);
    expect(alone.spec.weights[1]).toEqual([
      [0.19, -0.02],
      [-0.1, -0.01],
      [0.1, 0.04],
    ]);
    expect(alone.defaultsApplied).toEqual(expect.arrayContaining(['activations', 'loss']));
    const worked = read(GEOJ, { worked: GEOJ_WORKED });
    expect(worked.spec.activations).toEqual(['relu', 'softmax']);
    expect(worked.spec.loss).toBe('cross_entropy');
    expect(ids(worked)).toContain('definition.note.defaults_confirmed');
  });
});

describe('MATLAB lab scripts', () => {
  // A MATLAB neural-networks lab (corpus: matlab-2-2-1-czech)
  const LAB = `% Let the weights of synapses between the input and the
% hidden layer be in the following matrix:
w_i_h = [ 0.50000 1.50000
         -0.50000 0.50000];
%% 
% |w_i_h(i,j)| is the weight of the synapse from the input |j| into the
% hidden neuron |i|.
w_h_o = [2.00000 -1.00000];
% thresholds of the hidden neurons are in the matrix: 
b_h = [ 0.00000
        0.50000];
% and the threshold of the outout neuron is:
b_o = -0.50000;
w_i_hb=[w_i_h b_h]
% It is the sigmoid function with the slope $\\lambda = 1$.
%% Tasks:
% 1. Compute output of net for inputs 
p1 = [-1; 1];
y_h = logsig( w_i_hb * [p1; 1] )
% 2. p1=[-1; 1]| y1 = 0.9 What is the error of the net on this pattern?
% 3. What will be weights after 1 step of backprop. with lr=0.2?
lambda = 1
a = 0.2`;

  it('p1 = [-1; 1] is the input, lr in a question, W * [p; 1] is W x, and λ the slope is no weight decay', () => {
    const parsed = read(LAB);
    expect(parsed.spec).toMatchObject({
      layers: [2, 2, 1],
      input: [-1, 1],
      target: [0.9],
      learningRate: 0.2,
      weights: [
        [
          [0.5, 1.5],
          [-0.5, 0.5],
        ],
        [[2, -1]],
      ],
      biases: [[0, 0.5], -0.5],
    });
    expect(parsed.spec.training).toBeUndefined();
    expect(ids(parsed)).not.toContain('definition.note.reading_assumed');
  });

  it('λ is weight decay where the page speaks of regularisation', () => {
    const parsed = read(`${LAB}\n% with L2 regularization`);
    expect(JSON.stringify(parsed.spec)).toContain('"l2":1');
  });

  it('a number the page writes with more digits (-1.00000 for the weight -1) confirms no reading', () => {
    // Without the formula the square w_i_h fits both ways; read source-first, net_h1 = −0.5 − 0.5 = −1, which
    // the page's -1.00000 (the weight w_h_o(2)) must not be taken to confirm.
    const parsed = read(LAB.replace('y_h = logsig( w_i_hb * [p1; 1] )', ''));
    expect(ids(parsed)).toContain('definition.note.reading_assumed');
    expect(ids(parsed)).not.toContain('definition.note.reading_confirmed');
  });
});
