// A weight named by one hidden unit (`w_{h1}`) is the one from that unit into the single output.
import { describe, expect, it } from 'vitest';
import { classifyKey } from '../../src/definition/keys.js';
import { parseDefinition } from '../../src/definition/index.js';
import { loadSnippet } from '../real-world/snippets.js';

describe('hidden-unit weights', () => {
  it('classifies w_{h1} as layer 2’s weight from hidden unit 1', () => {
    expect(classifyKey('w_{h1}')).toEqual({ kind: 'layerWeight', letter: 'w_h', indices: [1], layer: 2 });
    expect(classifyKey('w_h2')).toEqual({ kind: 'layerWeight', letter: 'w_h', indices: [2], layer: 2 });
    expect(classifyKey('w_h0')).toBeUndefined();
  });

  // Einsteinish's README: "- Weights: $\( w_{h1} = 0.6 \), \( w_{h2} = -0.1 \)$" under "3. **Output Layer**".
  it('reads w_{h1}, w_{h2} into the output beside w_{11}…w_{22} into the hidden layer (Einsteinish)', () => {
    const parsed = parseDefinition(loadSnippet('einsteinish-no-biases').text);
    if (!parsed.ok) throw new Error(parsed.error.map((e) => e.message).join('\n'));
    expect(parsed.value.spec.layers).toEqual([2, 2, 1]);
    expect(parsed.value.spec.weights[1]).toEqual([[0.6, -0.1]]);
    const note = parsed.value.noteMessages.find((n) => n.id === 'definition.note.layer_weights')!;
    expect(note.params).toMatchObject({ groups: 'w_11…w_22 → W1, w_h1, w_h2 → W2', lines: '10, 12' });
  });

  it('refuses, naming them, when the sizes do not fit one output', () => {
    const text = `A net with two outputs.\nx_1 = 1\nx_2 = 2\nw_{11} = 0.1\nw_{12} = 0.2\nw_{21} = 0.3\nw_{22} = 0.4\nw_{h1} = 0.5\nw_{h2} = 0.6\ny_1 = 1\ny_2 = 0`;
    const parsed = parseDefinition(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.map((e) => e.message).join('\n')).toContain('w_h1');
  });
});
