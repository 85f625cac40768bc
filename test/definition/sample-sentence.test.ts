// "inputs=[2, 3] and output=[1]": the output named beside a sample's inputs is its target (HMKCode).
import { describe, expect, it } from 'vitest';
import { parseDefinition } from '../../src/definition/index.js';
import { sampleOutputAsTarget } from '../../src/definition/sample-sentence.js';
import { fromString } from '../../src/definition/source.js';

// https://hmkcode.github.io/ai/backpropagation-step-by-step/ ("Weights, weights, weights" and "Dataset"), as published.
const HMKCODE = `Our initial weights will be as following:

* **w1 : 0.15**
* **w2 : 0.20**
* **w3 : 0.10**
* **w4 : 0.05**
* **w5 : 0.16**
* **w6 : 0.20**

# Dataset

Our dataset has one sample with two input and one output.

Our single sample is as following inputs=[2, 3] and output=[1]`;

const rewrite = (text: string) => sampleOutputAsTarget(fromString(text)).text;

describe('sampleOutputAsTarget', () => {
  it("reads HMKCode's sample: output=[1] beside inputs=[2, 3] is the target", () => {
    expect(rewrite('Our single sample is as following inputs=[2, 3] and output=[1]')).toBe(
      'Our single sample is as following inputs=[2, 3] and target=[1]',
    );
    const parsed = parseDefinition(HMKCODE);
    expect(parsed.ok && parsed.value.spec.input).toEqual([2, 3]);
    expect(parsed.ok && parsed.value.spec.target).toEqual([1]);
  });

  it('leaves an output that is not beside a sample\'s inputs alone (a computed "output = 0.7")', () => {
    expect(rewrite('the output = 0.7')).toBe('the output = 0.7');
    expect(rewrite('inputs=[2, 3]. The hidden output=[0.5]')).toBe('inputs=[2, 3]. The hidden output=[0.5]');
  });
});
