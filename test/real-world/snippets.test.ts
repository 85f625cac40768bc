// Notations of issue #11 read from real snippets kept with their address (test/fixtures/real-world/snippets/);
// test/fixtures/real-world/NOTATIONS.md maps every notation to its test.
import { describe, expect, it } from 'vitest';
import { parseDefinition, type ParsedDefinition } from '../../src/definition/index.js';
import { normaliseInput } from '../../src/definition/normalise.js';
import backprop from '../../commands/backprop.js';
import { dispatch } from '../../src/dispatch/dispatcher.js';
import { withoutDirectionMarks } from '../../src/text/bidi.js';
import { t } from '../../src/text/i18n.js';
import { fakeDeps } from '../dispatch/fakes.js';
import { loadSnippet } from './snippets.js';

function read(text: string): ParsedDefinition {
  const parsed = parseDefinition(text);
  if (!parsed.ok) throw new Error(parsed.error.map((e) => e.message).join('\n'));
  return parsed.value;
}
const ids = (parsed: ParsedDefinition) => parsed.noteMessages.map((note) => note.id);

describe('• bullets holding a value (scribd-assignment-4)', () => {
  const page = loadSnippet('scribd-assignment-4');

  it('strips the page’s • before a value: "• w₁₁ = 0.15" reads as w_11 = 0.15', () => {
    const line = page.text.split('\n').find((l) => l.startsWith('• w₁₁'))!;
    expect(line).toBe('• w₁₁ = 0.15');
    expect(normaliseInput(line).body.text.trim()).toBe('w_11 = 0.15');
  });

  it('reads every value from its • bullet: a 2-2-1 net, v₁ v₂ as the second layer, no biases, η = 0.5', () => {
    const parsed = read(page.text);
    expect(parsed.spec).toMatchObject({
      layers: [2, 2, 1],
      input: [0.05, 0.1],
      target: [0.01],
      learningRate: 0.5,
      biases: [0, 0],
      updateBiases: false,
    });
    expect(parsed.spec.weights[1]).toEqual([[0.4, 0.45]]);
    // w₁₂ may be i1→h2 or i2→h1 and the sheet has no worked numbers: the usual reading, said, the other offered.
    expect(new Set(parsed.spec.weights[0]!.flat())).toEqual(new Set([0.15, 0.2, 0.25, 0.3]));
    expect(ids(parsed)).toContain('definition.note.reading_assumed');
    expect(ids(parsed)).toContain('definition.note.no_biases');
    const reading = parsed.noteMessages.find((n) => n.id === 'definition.note.reading_assumed')!;
    for (const locale of ['en', 'fa'] as const)
      expect(t(locale, reading.id, reading.params)).not.toBe(reading.id);
  });
});

describe('the words "no biases" (einsteinish-no-biases)', () => {
  const page = loadSnippet('einsteinish-no-biases');

  it('reads "6. **No Biases**" as a network without biases, naming the line and the words', () => {
    const parsed = read(page.text);
    expect(parsed.spec).toMatchObject({
      layers: [2, 2, 1],
      biases: [0, 0],
      updateBiases: false,
      target: [3.3],
    });
    const note = parsed.noteMessages.find((n) => n.id === 'definition.note.no_biases');
    expect(note?.params).toEqual({ line: 15, words: 'No Biases' });
  });

  it('says so in the reply, in English and in Persian', async () => {
    for (const [locale, words] of [
      ['en', 'No Biases'],
      ['fa', 'بدون بایاس'],
    ] as const) {
      const reply = await dispatch(
        { command: 'backprop', options: {}, text: page.text, user: { id: 'ta' }, locale },
        fakeDeps(),
        { commands: [backprop] },
      );
      expect(reply.kind).toBe('ok');
      expect(withoutDirectionMarks(reply.text)).toContain(words);
    }
  });
});
