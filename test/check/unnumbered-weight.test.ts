// A new weight named without its number (w_{nuevo}) is the one whose update the arithmetic writes, or none.
import { describe, expect, it } from 'vitest';
import { checkAnswers } from '../../src/check/check-answers.js';
import { resolveSpec } from '../../src/core/index.js';

// https://github.com/webmastervetea/advanced-ai-curriculum/blob/main/temarios/1-2-b2-ejemplo-numerico-retropropagacion.md
// (corpus: vetea-spanish-neuron), lines 48–53 of its solution.
const VETEA = String.raw`#### b) Actualización del Peso (Descenso de Gradiente)

Usando una tasa de aprendizaje $\eta = 0.1$:
$$w_{nuevo} = w_{viejo} - \eta \cdot \frac{\partial L}{\partial w_1}$$
$$w_{nuevo} = 0.3 - (0.1) \cdot (-0.00793)$$
$$w_{nuevo} = 0.3 + 0.000793 \approx \mathbf{0.300793}$$`;

const neuron = resolveSpec({
  layers: [2, 1],
  activations: 'sigmoid',
  weights: [[[0.3, 0.7]]],
  biases: [[0.1]],
  input: [0.5, 1],
  target: [0.8],
  loss: 'half_sse',
  learningRate: 0.1,
});

describe('a new weight named without its number', () => {
  it("reads the Spanish page's w_{nuevo} = 0.3 + 0.000793 ≈ 0.300793 as w1's new value", () => {
    if (!neuron.ok) throw new Error('neuron does not resolve');
    const row = checkAnswers(neuron.value, VETEA).rows.find((r) => r.line === 6);
    expect(row).toMatchObject({ quantity: 'w1+', verdict: 'correct', meaning: 'by_value' });
  });

  it('leaves it unrecognised when its number fits no single weight (too few digits to tell)', () => {
    if (!neuron.ok) throw new Error('neuron does not resolve');
    expect(checkAnswers(neuron.value, 'w_new = 0.3').rows[0]).toMatchObject({ verdict: 'unrecognized' });
    expect(checkAnswers(neuron.value, 'w_{nuevo} = 0.7 + 0.000793 = 0.700793').rows[0]).toMatchObject({
      verdict: 'unrecognized',
    });
  });
});
