// Vector names written as a formula (geoj-cs231n-two-layer): ∇loss(scores), and a weight gradient written as
// the outer product that computes it (h1ᵀ ∇loss(scores), x^T δ_1, δ_1^T X).
import { describe, expect, it } from 'vitest';
import { loadCase } from '../../bench/corpus/cases.js';
import { checkAnswers } from '../../src/check/check-answers.js';
import { resolveSpec, type ResolvedSpec } from '../../src/core/index.js';

function corpusSpec(name: string): ResolvedSpec {
  const resolved = resolveSpec(loadCase(name).network);
  if (!resolved.ok) throw new Error(`${name}: network.json does not resolve`);
  return resolved.value;
}

const geoj = corpusSpec('geoj-cs231n-two-layer');
const rows = (spec: ResolvedSpec, sheet: string) =>
  checkAnswers(spec, sheet).rows.map((r) => [r.quantity, r.verdict]);

describe('names written as formulas', () => {
  it('reads \\nabla loss(scores) as the gradient by the scores: the output layer’s δ', () => {
    // solution.txt lines 37–41.
    const sheet = String.raw`$$\begin{align*}
\nabla loss(scores) &= \begin{bmatrix}\text{softmax}(scores_0) & \text{softmax}(scores_1) & -1 + \text{softmax}(scores_2)\end{bmatrix} \\
&= \begin{bmatrix}\text{softmax}(0.4332) & \text{softmax}(-0.228) & -1 + \text{softmax}(0.228)\end{bmatrix} \\
&= \begin{bmatrix}0.429052723714 & 0.221490524653 & -0.650543248367\end{bmatrix}.
\end{align*}$$`;
    expect(rows(geoj, sheet)).toEqual([
      ['delta_o1', 'correct'],
      ['delta_o2', 'correct'],
      ['delta_o3', 'correct'],
    ]);
  });

  it('reads h1^\\mathsf{T} \\nabla loss(scores) as the gradient of the weights into the scores (rows = hidden units)', () => {
    // solution.txt lines 40 and 47–54 (the page's 12 digits follow from its own δ, one unit off the true value).
    const sheet = String.raw`$\nabla loss(scores) = \begin{bmatrix}0.429052723714 & 0.221490524653 & -0.650543248367\end{bmatrix}$
$$\begin{align*}
\mathit{h1}^\mathsf{T} \nabla loss(scores)
&= \begin{bmatrix}2.28 \\ 0\end{bmatrix} \begin{bmatrix}0.429052723714 & 0.221490524653 & -0.650543248367\end{bmatrix} \\
&= \begin{bmatrix}
0.978240210068 & 0.504998396209 & -1.483238606277 \\
0 & 0 & 0
\end{bmatrix}.
\end{align*}$$`;
    expect(rows(geoj, sheet).slice(3)).toEqual([
      ['dE/dw5', 'correct'], // h1 → o1
      ['dE/dw7', 'correct'], // h1 → o2
      ['dE/dw9', 'correct'], // h1 → o3
      ['dE/dw6', 'correct'],
      ['dE/dw8', 'correct'],
      ['dE/dw10', 'correct'],
    ]);
  });

  it('reads x^T δ_1 and δ_1^T X (either order, ᵀ too) as the first layer’s weight gradient, and nothing else as one', () => {
    const kaifeng = corpusSpec('kaifeng-chinese-2-2-1');
    // kaifeng's δ_1 = [0.0045, 0.0004] (true 0.004504, 0.000363) and X = [1, 2].
    for (const name of ['x^T δ_1', 'δ_1^T X', 'xᵀ δ1'])
      expect(rows(kaifeng, `${name} = [[0.0045, 0.0090], [0.00036, 0.00073]]`).map(([q]) => q)).toEqual([
        'dE/dw1',
        'dE/dw2',
        'dE/dw3',
        'dE/dw4',
      ]);
    expect(rows(kaifeng, 'x^T y = [[0.0045, 0.0090], [0.00036, 0.00073]]').map(([q]) => q)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('numbers inside an activation', () => {
  it('reads max(0, [2.28, -0.68]) inside h1 = … = [2.28, 0] as the hidden net input, then h1 itself', () => {
    // solution.txt lines 5–9.
    const sheet = String.raw`$\mathit{h1} = 
\max(0, \mathit{X} \mathit{W1} + \mathit{b1}) = 
\max (0, \begin{bmatrix}16 & -6\end{bmatrix} \begin{bmatrix}0.18 & 0.04 \\ 0.1 & 0.22\end{bmatrix} + \begin{bmatrix}0 & 0\end{bmatrix}) = 
\max (0, \begin{bmatrix}2.28 & -0.68\end{bmatrix}) = 
\begin{bmatrix}2.28 & 0\end{bmatrix}$`;
    expect(rows(geoj, sheet)).toEqual([
      ['net_h1', 'correct'],
      ['net_h2', 'correct'],
      ['out_h1', 'correct'],
      ['out_h2', 'correct'],
    ]);
    // Written as the net input itself, nothing is read twice.
    expect(rows(geoj, 'z1 = [2.28, -0.68]')).toEqual([
      ['net_h1', 'correct'],
      ['net_h2', 'correct'],
    ]);
  });
});
