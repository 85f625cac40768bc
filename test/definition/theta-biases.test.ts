// Textbooks name unit j's bias θj beside weights numbered across the network (Han & Kamber: w14 … w56, θ4 θ5 θ6):
// read as the bias of unit j, like w0j, never dropped for "no biases".
import { describe, expect, it } from 'vitest';
import { parseDefinition } from '../../src/definition/index.js';

// Han & Kamber's Table 1 (copy: https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1) with the book's own
// bias names θ4, θ5, θ6 for w04, w05, w06 (composed: the stored copy writes w04; a Chinese note of the same
// example updates "θ4 = -0.4+0.9*-0.0087 = -0.408").
const TABLE = `Assume that the learning rate $\\alpha$ is 0.9 and the first training example, $X = (1,0,1)$, whose class label is 1. Note: The sigmoid function is applied to hidden layer and output layer.

| x1 | x2 | x3 | w14 | w15 | w24 | w25 | w34 | w35 | w46 | w56 | θ4 | θ5 | θ6 |
|----|----|----|-----|-----|-----|-----|-----|-----|-----|-----|-----|-----|-----|
| 1  | 0  | 1  | 0.2 | -0.3| 0.4 | 0.1 | -0.5| 0.2 | -0.3| -0.2| -0.4| 0.2 | 0.1 |`;

describe('θj biases beside unit-pair weights', () => {
  it('reads θ4, θ5, θ6 as the biases of units 4, 5, 6', () => {
    for (const text of [TABLE, TABLE.replace('| θ4 | θ5 | θ6 |', '| \\theta_4 | \\theta_5 | \\theta_6 |')]) {
      const parsed = parseDefinition(text);
      if (!parsed.ok) throw new Error(parsed.error.map((e) => e.message).join('\n'));
      expect(parsed.value.spec.biases).toEqual([[-0.4, 0.2], [0.1]]);
      expect(parsed.value.noteMessages.map((n) => n.id)).not.toContain('definition.note.no_biases');
    }
  });

  it("leaves a θ that is no bias of a numbered unit alone (a regression page's θ1)", () => {
    const parsed = parseDefinition('w1 = 0.5, w2 = 0.3, i1 = 1, i2 = 2, t1 = 1, b1 = 0.1\ntheta_1 = 2');
    expect(parsed.ok).toBe(false);
  });
});
