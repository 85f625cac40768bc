// A page's LaTeX formula on a layer's weights decides how a square matrix is written (`W^{(1)}x`: rows are the
// destinations; `x W_1`: rows are the inputs): said with the formula and its line, never "nothing decides it".
import { describe, expect, it } from 'vitest';
import { formulaOrder } from '../../src/definition/formula-order.js';
import { parseDefinition } from '../../src/definition/index.js';
import { withoutDirectionMarks } from '../../src/text/bidi.js';
import { t } from '../../src/text/i18n.js';

// https://www.kircerta.com/posts/science/neural-network-lifecycle: its model's formulas (as session 5's audit
// quoted them) and "Phase 0: Initialization" as the page's text copies (test/definition/affine-formulas.test.ts).
const KIRCERTA = String.raw`$$ h = \operatorname{ReLU}(W^{(1)}x + b^{(1)}), \quad \hat{y} = W^{(2)}h + b^{(2)} $$Loss function
$$ L = \frac{1}{2}(\hat{y} - y)^2 $$Phase 0: Initialization
$$ \begin{aligned} W^{(1)} &= \begin{bmatrix} 0.3 & -0.1 \\ 0.2 & 0.4 \end{bmatrix}, \quad b^{(1)} = \begin{bmatrix} 0 \\ 0 \end{bmatrix} \\ W^{(2)} &= \begin{pmatrix} 0.5 & -0.3 \end{pmatrix}, \quad b^{(2)} = 0 \end{aligned} $$Phase 1: Forward Pass
Input:
$$ x = \begin{pmatrix} 1 \\ 2 \end{pmatrix}, \quad y = 1 $$1. Pre-activation`;

describe('the order of square matrices decided by the page’s formula', () => {
  it('reads W x from kircerta and from Diaz-De-Vivar’s \\mathbf{W}^1 \\mathbf{a}^0, x @ W from x W_1', () => {
    expect(formulaOrder(KIRCERTA)).toEqual({ order: 'rows-destinations', formula: 'W^{(1)}x', line: 1 });
    // https://github.com/Diaz-De-Vivar/deep-learning ("Pre-activation: $\mathbf{z}^1 = \mathbf{W}^1 \mathbf{a}^0 + …").
    expect(
      formulaOrder(String.raw`Pre-activation: $\mathbf{z}^1 = \mathbf{W}^1 \mathbf{a}^0 + \mathbf{b}^1$`)
        ?.order,
    ).toBe('rows-destinations');
    expect(formulaOrder(String.raw`$h = \sigma(x W_1 + b_1)$`)?.order).toBe('rows-inputs');
    // Scalars and prose decide nothing; formulas that disagree decide nothing.
    expect(formulaOrder(String.raw`$z = w_1 x_1 + w_2 x_2$ and W1 is a matrix`)).toBeUndefined();
    expect(formulaOrder(String.raw`$W_1 x$ and $x W_2$`)).toBeUndefined();
  });

  it('kircerta pasted alone: W^{(1)} read W x because its formula says so, said, and no other reading offered', () => {
    const parsed = parseDefinition(KIRCERTA);
    if (!parsed.ok) throw new Error(parsed.error.map((e) => e.message).join('\n'));
    expect(parsed.value.spec.weights[0]).toEqual([
      [0.3, -0.1],
      [0.2, 0.4],
    ]);
    const ids = parsed.value.noteMessages.map((n) => n.id);
    expect(ids).not.toContain('definition.note.reading_assumed');
    const note = parsed.value.noteMessages.find((n) => n.id === 'definition.note.square_follows_formula')!;
    expect(note.params).toEqual({ layer: 1, order: 'W x', formula: 'W^{(1)}x', line: 1 });
    expect(parsed.value.notes.join('\n')).toContain(
      "as the page's formula `W^{(1)}x` (line 1) multiplies it",
    );
    expect(withoutDirectionMarks(t('fa', note.id, note.params))).toContain('سطر ۱');
  });
});
