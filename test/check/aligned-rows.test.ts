// Statements an aligned LaTeX environment spreads over rows (geoj-cs231n-two-layer): a row opening with an
// operator carries on the expression, and a product written over rows keeps its result on the row after.
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

/** cs231n's 2-2-3 net: ReLU hidden, softmax + cross-entropy, x @ W. */
const geoj = corpusSpec('geoj-cs231n-two-layer');

// solution.txt lines 25–33.
const loss = String.raw`$$\begin{align*}
loss &= -(trueprob_0) \log{(\frac{e^{scores_0}}{e^{scores_0} + e^{scores_1} + e^{scores_2}})} \\
&+ -(trueprob_1)\log{(\frac{e^{scores_1}}{e^{scores_0} + e^{scores_1} + e^{scores_2}})} \\ 
&+ -(trueprob_2)\log{(\frac{e^{scores_2}}{e^{scores_0} + e^{scores_1} + e^{scores_2}})} \\
&= -(0)\log{(\frac{e^{0.4332}}{e^{0.4332} + e^{-0.228} + e^{0.228}})} \\
&+ -(0)\log{(\frac{e^{-0.228}}{e^{0.4332} + e^{-0.228} + e^{0.228}})} \\
&+ -(1)\log{(\frac{e^{0.228}}{e^{0.4332} + e^{-0.228} + e^{0.228}})} \\
&= 1.051375468504
\end{align*}$$`;

// solution.txt lines 61–67.
const dh1 = String.raw`$$\begin{align*}
\frac{\partial{loss}}{\partial{\mathit{h1}}} 
&= \nabla loss(scores) \mathit{W2}^\mathsf{T} \\
&= \begin{bmatrix}0.429052723714 & 0.221490524653 & -0.650543248367\end{bmatrix}
\begin{bmatrix}0.19 & -0.02 \\ -0.1 & -0.01 \\ 0.1 & 0.04\end{bmatrix} \\
&= \begin{bmatrix} -0.005683359796 & -0.036817689655 \end{bmatrix}.
\end{align*}$$`;

describe('aligned rows', () => {
  it('carries on the expression over rows opening with an operator (&+ …), to the value on the last row', () => {
    const statements = parseAnswerSheet(loss);
    expect(statements.map((s) => [s.line, s.segments[0], s.claim.text])).toEqual([
      [2, 'loss', '1.051375468504'],
    ]);
    expect(checkAnswers(geoj, loss).rows.map((r) => [r.quantity, r.verdict])).toEqual([
      ['E_total', 'correct'],
    ]);
  });

  it('reads a vector followed by a row holding only a matrix as a product, its value on the row after', () => {
    const statements = parseAnswerSheet(dh1);
    expect(statements.map((s) => [s.line, s.segments[0], s.vector?.flat().map((n) => n.text)])).toEqual([
      [2, '(∂{loss})/(∂{h1})', ['-0.005683359796', '-0.036817689655']],
    ]);
    expect(checkAnswers(geoj, dh1).rows.map((r) => [r.quantity, r.verdict])).toEqual([
      ['dE/dout_h1', 'correct'],
      ['dE/dout_h2', 'correct'],
    ]);
  });

  it('keeps a vector as the value when the row after it is not continued with =', () => {
    const sheet = ['z_1 = [2.28, -0.68]', '[0.5, 0.5]', 'h1 = [2.28, 0]'].join('\n');
    expect(parseAnswerSheet(sheet).map((s) => [s.line, s.segments[0]])).toEqual([
      [1, 'z_1'],
      [3, 'h1'],
    ]);
  });
});

describe('rules and primes', () => {
  it('reads a run of = around a heading as a rule, not a statement the next line continues (tailvar)', () => {
    const sheet = ['===== Backward Pass ======', 'dL/dW2 = [[5.25 0.  ]]'].join('\n');
    expect(parseAnswerSheet(sheet).map((s) => [s.line, s.segments[0]])).toEqual([[2, 'dL/dW2']]);
  });

  it("reads ∂L/∂y' as the loss by the prediction y' beside the target y (ar007)", () => {
    const ar007 = corpusSpec('ar007-single-neuron');
    const sheet = String.raw`\frac{\partial L}{\partial y'} = (y' - y) = -0.275`;
    expect(checkAnswers(ar007, sheet).rows.map((r) => [r.quantity, r.verdict])).toEqual([
      ['dE/dout_o1', 'correct'],
    ]);
  });
});
