// With two outputs ½Σ(t−o)² and (1/n)Σ(t−o)² are one loss: /backprop offers no "MSE as (1/n)Σ" button there
// (its click would compute the very same numbers).
import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../bench/corpus/cases.js';
import { backpropInteractions } from '../../../commands/interactions/backprop.js';
import { mseReadByConvention } from '../../../commands/interactions/mse-reading.js';
import { shownButtons } from '../../../src/dispatch/interactions.js';
import type { Request } from '../../../src/dispatch/types.js';

const request = (text: string): Request => ({
  command: 'backprop',
  options: {},
  text,
  user: { id: 'u' },
  locale: 'en',
});

describe('the MSE-reading button and the number of outputs', () => {
  it('is left out for a 3-2-2 page that says "is **MSE**" (pythonandml-vectorized)', () => {
    // https://pythonandml.github.io/dlbook/content/multilayer_perceptrons/mlp_backpropagation.html
    const page = loadCase('pythonandml-vectorized').setupText;
    expect(mseReadByConvention(request(page))).toBe(false);
    const state = backpropInteractions.buttons!.state(request(page), { text: 'ok', kind: 'ok' });
    expect(state && shownButtons(backpropInteractions.buttons!, state).map((b) => b.id)).not.toContain(
      'mse-reading',
    );
  });

  it('stays for one output (sghosh-single-neuron: (1/n)Σ is twice ½Σ there)', () => {
    expect(mseReadByConvention(request(loadCase('sghosh-single-neuron').setupText))).toBe(true);
  });
});
