// A page's formulas on a layer's weights name that layer's activation (`h = ReLU(W^{(1)}x + b^{(1)})`), and an
// output that is the weighted sum itself (`\hat{y} = W^{(2)}h + b^{(2)}`) is linear: read, and said with the line.
import { describe, expect, it } from 'vitest';
import type { ActivationName } from '../../src/core/types.js';
import { affineFormulasIn, roleFormulasIn } from '../../src/definition/affine-formulas.js';
import { parseDefinition } from '../../src/definition/index.js';
import { splitLatex } from '../../src/definition/latex.js';
import { normaliseInput } from '../../src/definition/normalise.js';

// https://www.kircerta.com/posts/science/neural-network-lifecycle: the model's two formulas as the page writes them
// (quoted by session 5's audit, BOARD.session5.md 19:25), above "Phase 0: Initialization" as the page's text copies
// (a heading glued after each closing $$; the same lines as test/real-world/notations.test.ts's KIRCERTA).
const KIRCERTA = String.raw`$$ h = \operatorname{ReLU}(W^{(1)}x + b^{(1)}), \quad \hat{y} = W^{(2)}h + b^{(2)} $$Loss function
$$ L = \frac{1}{2}(\hat{y} - y)^2 $$Phase 0: Initialization
$$ \begin{aligned} W^{(1)} &= \begin{bmatrix} 0.3 & -0.1 \\ 0.2 & 0.4 \end{bmatrix}, \quad b^{(1)} = \begin{bmatrix} 0 \\ 0 \end{bmatrix} \\ W^{(2)} &= \begin{pmatrix} 0.5 & -0.3 \end{pmatrix}, \quad b^{(2)} = 0 \end{aligned} $$Phase 1: Forward Pass
Input:
$$ x = \begin{pmatrix} 1 \\ 2 \end{pmatrix}, \quad y = 1 $$1. Pre-activation`;
const KIRCERTA_WORKED = String.raw`$$ \hat{y} = W^{(2)}h + b^{(2)} = \begin{pmatrix} 0.5 & -0.3 \end{pmatrix}\begin{pmatrix} 0.1 \\ 1.0 \end{pmatrix} = 0.05 - 0.3 = -0.25 $$4. Loss
$$ L = \frac{1}{2}(\hat{y} - y)^2 = \frac{1}{2}(-0.25 - 1)^2 = \frac{1}{2}(-1.25)^2 = 0.78125 $$Phase 2: Backpropagation`;

/** The layers a LaTeX line's formulas name, read as the page reader reads it (normalised, LaTeX made plain). */
function layersOf(latex: string): Record<number, ActivationName | null> {
  const into = new Map<number, ActivationName | null>();
  for (const line of splitLatex(normaliseInput(`$$ ${latex} $$`).body).math)
    affineFormulasIn(line.text, into);
  return Object.fromEntries(into);
}

describe('activations written as formulas on a layer’s weights', () => {
  it('reads the function around W^{(k)}, W_k, W^{[k]}, and max(0, …) as ReLU', () => {
    expect(layersOf(String.raw`h = \operatorname{ReLU}(W^{(1)}x + b^{(1)})`)).toEqual({ 1: 'relu' });
    expect(layersOf(String.raw`\hat{y} = \sigma(W^{(2)} h + b^{(2)})`)).toEqual({ 2: 'sigmoid' });
    expect(layersOf(String.raw`y = \text{softmax}(W_2 h + b_2)`)).toEqual({ 2: 'softmax' });
    expect(layersOf(String.raw`a^{[1]} = \tanh(W^{[1]} x + b^{[1]})`)).toEqual({ 1: 'tanh' });
    expect(layersOf(String.raw`\mathbf{h} = \max(0, \mathbf{W}_1 \mathbf{x} + \mathbf{b}_1)`)).toEqual({
      1: 'relu',
    });
  });

  it('reads an output that is the weighted sum itself as linear, and a pre-activation z = W x + b as nothing', () => {
    expect(layersOf(String.raw`\hat{y} = W^{(2)}h + b^{(2)}`)).toEqual({ 2: 'linear' });
    expect(layersOf(String.raw`z^{(1)} = W^{(1)}x + b^{(1)}`)).toEqual({});
    // A derivative is not an activation; a layer named two ways is left open.
    expect(layersOf(String.raw`\delta = \sigma'(W^{(2)} h)`)).toEqual({});
    expect(layersOf(String.raw`h = \tanh(W_1 x), \quad h = \sigma(W_1 x)`)).toEqual({ 1: null });
  });

  it('pasted alone, kircerta is read ReLU then linear from its formulas, and the reply says the line', () => {
    const parsed = parseDefinition(KIRCERTA);
    if (!parsed.ok) throw new Error(parsed.error.map((e) => e.message).join('\n'));
    expect(parsed.value.spec.activations).toEqual(['relu', 'linear']);
    expect(parsed.value.defaultsApplied).not.toContain('activations');
    expect(parsed.value.noteMessages).toContainEqual(
      expect.objectContaining({
        id: 'definition.note.read_activation',
        params: expect.objectContaining({ value: 'relu, linear', line: 1 }),
      }),
    );
  });

  it('with its worked solution the formulas already decide: the same network, nothing left to settle', () => {
    const parsed = parseDefinition(KIRCERTA, { worked: KIRCERTA_WORKED });
    if (!parsed.ok) throw new Error(parsed.error.map((e) => e.message).join('\n'));
    expect(parsed.value.spec.activations).toEqual(['relu', 'linear']);
    const ids = parsed.value.noteMessages.map((n) => n.id);
    expect(ids).toContain('definition.note.read_activation');
    expect(ids).not.toContain('definition.note.default_layer_activation');
  });

  // https://github.com/lucker3900/machine_learning: `def forward(X, W1, W2, B1, B2):` / `Z = np.dot(W1, X) + B1` /
  // `H = relu(Z)` (a notebook's code cell, as published).
  it('reads a function of a bare net input by its left side: H = relu(Z) hidden, ŷ = σ(z) output, a = σ(z) every layer', () => {
    expect(roleFormulasIn('  Z = np.dot(W1, X) + B1\n  H = relu(Z)')).toEqual([
      { name: 'relu', where: 'hidden' },
    ]);
    expect(roleFormulasIn('hat y = sigma(z)')).toEqual([{ name: 'sigmoid', where: 'output' }]);
    expect(roleFormulasIn('a = sigma(z)')).toEqual([{ name: 'sigmoid', where: 'all' }]);
    // The function's own definition and a derivative name no layer.
    expect(roleFormulasIn("sigma(x) = 1/(1+e^(-x)), sigma'(z) = sigma(z)(1 - sigma(z))")).toEqual([]);
  });

  it('a single neuron whose only word on its activation is $a = \\sigma(z)$ is read sigmoid from that line (composed)', () => {
    const parsed = parseDefinition(
      'A single neuron with one input.\nx = 1.5, w = 0.8, b = 0.2, target y = 1\n$z = wx + b$, $a = \\sigma(z)$',
    );
    if (!parsed.ok) throw new Error(parsed.error.map((e) => e.message).join('\n'));
    expect(parsed.value.defaultsApplied).not.toContain('activations');
    expect(parsed.value.noteMessages).toContainEqual(
      expect.objectContaining({
        id: 'definition.note.read_activation',
        params: expect.objectContaining({ value: 'sigmoid', line: 3 }),
      }),
    );
  });
});
