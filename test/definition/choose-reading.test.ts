// Step 4: the reading the page's own worked numbers reproduce; numbers the readings contain confirm nothing.
import { describe, expect, it } from 'vitest';
import { chooseByNumbers, confirmedNumbers, pageNumbers } from '../../src/definition/choose-reading.js';
import { weightPlace } from '../../src/definition/numbered-weights.js';

// kaifeng-chinese-2-2-1: X = [1, 2], W_1 = [[0.5, 0.6], [0.7, 0.8]], b_1 = [0.1, 0.2], W_2 = [0.9, 0.1], b_2 = 0.3.
const kaifeng = (w1: number[][]) => ({
  layers: [2, 2, 1],
  activations: 'sigmoid',
  weights: [w1, [[0.9, 0.1]]],
  biases: [[0.1, 0.2], 0.3],
  input: [1, 2],
  target: [0.5],
  loss: 'half_sse',
  learningRate: 0.1,
});
const W_X = {
  name: 'W x',
  spec: kaifeng([
    [0.5, 0.6],
    [0.7, 0.8],
  ]),
};
const X_W = {
  name: 'x @ W',
  spec: kaifeng([
    [0.5, 0.7],
    [0.6, 0.8],
  ]),
};
// The page's own line: "$a_1 = \sigma(z_1) = \left[\frac{1}{1+e^{-2.0}}, \frac{1}{1+e^{-2.4}}\right] \approx [0.8808, 0.9084]$"
const WORKED = String.raw`$a_1 = \sigma(z_1) = \left[\frac{1}{1+e^{-2.0}}, \frac{1}{1+e^{-2.4}}\right] \approx [0.8808, 0.9084]$`;

describe('chooseReading', () => {
  it('finds the numbers a page prints with two or more decimals, as it writes them', () => {
    expect(pageNumbers(WORKED).map((n) => n.text)).toEqual(['0.8808', '0.9084']);
    expect(pageNumbers('-2.0 and 1.5 and -0.105').map((n) => n.text)).toEqual(['-0.105']);
  });

  it("takes the reading whose forward pass reproduces the page's numbers (kaifeng: X · W_1)", () => {
    const chosen = chooseByNumbers([W_X, X_W], WORKED);
    expect(chosen?.reading.name).toBe('x @ W');
    // σ(2.0) = 0.8808; the page's 0.9084 is its own slip (σ(2.4) = 0.9168), which confirms neither reading.
    expect(chosen?.confirmedBy.map((n) => n.text)).toEqual(['0.8808']);
    expect(confirmedNumbers(W_X.spec, pageNumbers(WORKED))).toEqual([]);
  });

  it('decides nothing when no number tells the readings apart, or the only numbers are their own', () => {
    expect(chooseByNumbers([W_X, X_W], 'no worked numbers here')).toBeUndefined();
    expect(chooseByNumbers([W_X, X_W], 'W_1 = [[0.50, 0.60], [0.70, 0.80]]')).toBeUndefined();
  });
});

describe('weightPlace (numbered weights)', () => {
  it('places w2 and w3 of a 2-2-2 net destination-first (ours) or source-first (the other reading)', () => {
    expect(weightPlace([2, 2, 2], 2, false)).toEqual({ l: 0, j: 0, i: 1 });
    expect(weightPlace([2, 2, 2], 3, false)).toEqual({ l: 0, j: 1, i: 0 });
    expect(weightPlace([2, 2, 2], 2, true)).toEqual({ l: 0, j: 1, i: 0 });
    // PostNetwork numbers its layers differently: layer 1 destination-first, layer 2 source-first (w8 = a1 → z4).
    expect(weightPlace([3, 2, 2], 8, [false, true])).toEqual({ l: 1, j: 1, i: 0 });
  });
});
