// The output's name from the page's loss formula (`L = 0.5 * (f - y)**2`: f is the output), for /check's names.
import { describe, expect, it } from 'vitest';
import { checkAnswers } from '../../src/check/check-answers.js';
import { parseDefinition } from '../../src/definition/index.js';
import { outputNamedByLoss } from '../../src/definition/loss-output-name.js';

// https://github.com/tailvar/theAIE/blob/main/theaiengineer-curriculum/capstone02/notebooks/tae_tiny_backprop_demo.ipynb
// (corpus: tailvar-relu-linear): the notebook cell's code, then the first lines it prints (which settle ReLU).
const TAILVAR_SETUP = String.raw`import numpy as np

def main():
    # -------- 1. Data ----------
    x = 2.0                                   # input scalar
    y = 3.0                                   # target scalar

    # make x a tiny 1D vector to match matrix math
    x_vec = np.array([x])                     # shape (1,)

    # -------- 2. Parameters ------
    # first layer: W1 in R^{2x1}, b1 in R^2
    W1 = np.array([[1.0],
                  [-1.0]])                     # shape (2,1)
    b1 = np.array([0.5, -0.5])               # shape (2,)

    # second layer: W2 in R^{1x2}, b2 in scalar
    W2 = np.array([[2.0, -1.0]])               # shape (1,2)
    b2 = 0.1                                   # scalar

    # forward pass
    # a1 = W1 x + b1
    a1 = W1 @ x_vec + b1                       # shape (2,)
    # h1 = ReLU(a1)
    h1 = np.maximum(0.0, a1)                   # shape (1,)
    # f = W2 h1 + b2
    f = (W2 @ h1 + b2).item()             # scalar
    # L = 1/2 (f - y)&^2
    L = 0.5 * (f - y)**2                        # scalar`;
const TAILVAR_PRINTED = String.raw`===== Forward Pass =====
x             =2.0
y             =3.0
a1            =[ 2.5 -2.5]
h1            =[2.5 0. ]
f             =5.1
L             =2.204999999999999

===== Backward Pass ======
delta_f = dL/df = 2.0999999999999996`;

describe('the output named by the loss formula', () => {
  it("reads f as the output of the notebook's 1-2-1 network, and /check then reads f and delta_f", () => {
    const parsed = parseDefinition(TAILVAR_SETUP, { worked: TAILVAR_PRINTED });
    if (!parsed.ok) throw new Error('tailvar setup not read');
    expect(parsed.value.pageNames).toContainEqual({ name: 'f', ref: { kind: 'unit', layer: 2, j: 0 } });
    const rows = checkAnswers(parsed.value.spec, TAILVAR_PRINTED, { pageNames: parsed.value.pageNames }).rows;
    expect(rows.find((r) => r.line === 6)).toMatchObject({ quantity: 'out_o1', verdict: 'correct' });
    expect(rows.find((r) => r.line === 10)).toMatchObject({ quantity: 'delta_o1', verdict: 'correct' });
  });

  it('names nothing with several outputs, without a target on one side, or with two different names', () => {
    const one = { layers: [2, 2, 1] };
    expect(outputNamedByLoss('loss = 0.5 * (t - o) ** 2', one)).toEqual([
      { name: 'o', ref: { kind: 'unit', layer: 2, j: 0 } },
    ]);
    expect(outputNamedByLoss('loss = 0.5 * (t - o) ** 2', { layers: [2, 2, 2] })).toEqual([]);
    expect(outputNamedByLoss('L = 0.5 * (a - b)**2', one)).toEqual([]);
    expect(outputNamedByLoss('L = 0.5 * (f - y)**2\nE = (y - g)^2', one)).toEqual([]);
  });
});
