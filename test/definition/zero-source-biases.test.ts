// Fausett's notation: v01, v02 and w01 are the biases of z1, z2 and y1 (weights from a unit 0 that is always 1).
import { describe, expect, it } from 'vitest';
import { parseDefinition } from '../../src/definition/index.js';
import { classifyKey } from '../../src/definition/keys.js';
import { t } from '../../src/text/i18n.js';
import { loadSnippet } from '../real-world/snippets.js';

// The Indonesian notes' weight tables (snippets/indonesian-fausett-biases.md) with the first row of their training
// data as the sample: the page itself starts its worked step with it ("karena ini training data pertama maka
// target (t) = 0"); the training-data table is read on its own elsewhere.
const page = loadSnippet('indonesian-fausett-biases').text;
const tables = page.slice(page.indexOf('Bobot Input - Hidden'));
const withSample = `${tables}\nx1 = 1, x2 = 1, t = 0, learning rate = 0.01\n`;

describe('zero-source biases', () => {
  it('classifies v01 as the weight from unit 0 into z1', () => {
    expect(classifyKey('v01')).toEqual({ kind: 'layerWeight', letter: 'v', indices: [0, 1] });
    expect(classifyKey('v_{02}')).toEqual({ kind: 'layerWeight', letter: 'v', indices: [0, 2] });
  });

  it('reads v01, v02 and w01 as the biases of z1, z2 and y1, and v_ij source-first (the 0 is a source)', () => {
    const parsed = parseDefinition(withSample);
    if (!parsed.ok) throw new Error(parsed.error.map((e) => e.message).join('\n'));
    const { spec, noteMessages } = parsed.value;
    expect(spec.layers).toEqual([2, 2, 1]);
    expect(spec.weights).toEqual([
      [
        [0.24, 0.34],
        [0.43, 0.1],
      ],
      [[0.34, 0.95]],
    ]);
    expect(spec.biases).toEqual([[0.44, 0.25], [0.56]]);
    const ids = noteMessages.map((n) => n.id);
    expect(ids).not.toContain('definition.note.reading_assumed');
    const note = noteMessages.find((n) => n.id === 'definition.note.zero_source_biases')!;
    expect(note.params).toEqual({ names: 'v01, v02 → b1; w01 → b2', line: 5 });
    for (const locale of ['en', 'fa'] as const) expect(t(locale, note.id, note.params)).toContain('v01');
  });

  it('refuses, naming it, a unit-0 weight into a unit the layer does not have', () => {
    const parsed = parseDefinition(`${withSample}\nv03 = 0.5\n`);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.map((e) => e.message).join('\n')).toContain('v03');
  });

  // The page gives its sample only as the first row of a 4-row training table: what is missing is named, and
  // nothing else (before, the weights were also said to be unplaceable, for want of the sample's sizes).
  it('names the missing sample, and only it, when the page gives its weights by letter but no sample', () => {
    const parsed = parseDefinition(page);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.error.map((e) => [e.id, e.params?.field])).toEqual([
        ['definition.missing_field', 'input'],
        ['definition.missing_field', 'target'],
      ]);
  });
});
