// Readings of what a page leaves unsaid that make the very same numbers are named together (HMKCode: ReLU or linear).
import { describe, expect, it } from 'vitest';
import { parseDefinition } from '../../src/definition/index.js';
import { otherChoices, sameNumbers } from '../../src/definition/equal-choices.js';
import { t } from '../../src/text/i18n.js';

// https://hmkcode.github.io/ai/backpropagation-step-by-step/: the setup and the first worked lines, as published.
const SETUP = `Our initial weights will be as following:

* **w1 : 0.15**
* **w2 : 0.20**
* **w3 : 0.10**
* **w4 : 0.05**
* **w5 : 0.16**
* **w6 : 0.20**

Our single sample is as following inputs=[2, 3] and output=[1]`;
const WORKED = `* **h1 : i1 * w1 + i2 * w2 =  2 * 0.15 + 3 * 0.20 = 0.90**
* **h2 : i1 * w3 + i2 * w4 = 2 * 0.10 + 3 * 0.05 =  0.35**
* **out: h1 * w5 + h2 * w6 = 0.90 * 0.16 + 0.35 * 0.20 = 0.214**

**Error = ( ( prediction - actual)^2 )/2**

* **Error =  ( ( 0.214 - 1.0) ^2  ) / 2 = 0.3089**

Δ = prediction - actual = 0.214 - 1 = -0.786`;

describe('readings that make the same numbers', () => {
  it("says HMKCode's numbers fit a linear hidden layer as well as the ReLU taken (all its net inputs are positive)", () => {
    const parsed = parseDefinition(SETUP, { worked: WORKED });
    if (!parsed.ok) throw new Error(parsed.error.map((e) => e.message).join('; '));
    expect(parsed.value.spec.activations).toEqual(['relu', 'linear']);
    const note = parsed.value.noteMessages.find((n) => n.id === 'definition.note.same_numbers')!;
    expect(note.params).toMatchObject({ others: 'linear (layer 1)' });
    expect(t('en', note.id, note.params)).toContain(
      'linear (layer 1) makes the very same numbers on this page',
    );
    expect(t('fa', note.id, note.params)).toContain('linear (layer 1)');
  });

  it('tells the same numbers from different ones, and names only what differs', () => {
    expect(
      sameNumbers([
        [0.9, 0.35],
        [0.9, 0.35],
      ]),
    ).toBe(true);
    expect(
      sameNumbers([
        [0.9, 0.35],
        [0.9, 0.36],
      ]),
    ).toBe(false);
    expect(sameNumbers([[0.9], undefined])).toBe(false);
    expect(
      otherChoices({ activations: ['linear', 'linear'], loss: 'half_sse' }, [
        { activations: ['relu', 'linear'], loss: 'half_sse' },
      ]),
    ).toBe('relu (layer 1)');
  });
});
