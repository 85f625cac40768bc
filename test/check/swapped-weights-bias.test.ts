// The swapped-numbering explanation writes a unit's net with `+ b` whenever the network has biases (0 and updated
// too), and without it only on a network without biases.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { swappedNetFormulas } from '../../src/check/swapped-weights.js';
import { resolveSpec, type NetworkSpec, type ResolvedSpec } from '../../src/core/index.js';

function corpusNetwork(name: string): ResolvedSpec {
  const file = fileURLToPath(new URL(`../fixtures/real-world/${name}/network.json`, import.meta.url));
  const resolved = resolveSpec(JSON.parse(readFileSync(file, 'utf8')) as NetworkSpec);
  if (!resolved.ok) throw new Error(`${name} does not resolve`);
  return resolved.value;
}

describe('the swapped-numbering formula and the bias', () => {
  it("keeps + b for biases that start at 0 and are updated (cs231n: `b1 = [0 0]`, grad['b2'])", () => {
    // https://github.com/g-eoj/cs231n/blob/master/two-layer-backprop-math.ipynb (corpus: geoj-cs231n-two-layer):
    // `\mathit{b1} &= \begin{bmatrix}0 & 0\end{bmatrix}`, `\mathit{b2} &= \begin{bmatrix}0 & 0 & 0\end{bmatrix}`
    const cs231n = corpusNetwork('geoj-cs231n-two-layer');
    expect(cs231n.updateBiases).toBe(true);
    expect(swappedNetFormulas(cs231n, 0, 1).correct).toMatch(/ \+ b\S+$/);
    expect(swappedNetFormulas(cs231n, 1, 2).used).toMatch(/ \+ b\S+$/);
  });

  it('leaves + b out on a network without biases (schiendorfer: no biases on the page)', () => {
    // https://alexander-schiendorfer.github.io/2020/02/24/a-worked-example-of-backprop.html
    const schiendorfer = corpusNetwork('schiendorfer-no-bias');
    const { correct, used } = swappedNetFormulas(schiendorfer, 1, 0);
    expect(correct).not.toContain('+ b');
    expect(used).not.toContain('+ b');
  });
});
