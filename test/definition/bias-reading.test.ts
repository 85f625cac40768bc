// `b1, b2` read as hidden units' biases when a label or a named output bias says so; otherwise per layer, said.
import { describe, expect, it } from 'vitest';
import { loadCase } from '../../bench/corpus/cases.js';
import { parseDefinition } from '../../src/definition/index.js';
import { t } from '../../src/text/i18n.js';

// https://aiml-notes.pages.dev/tutorials/07---Backpropagation-Step-by-Step: "Biases b1: b1 = 0.1, b2 = 0.1",
// "Bias b2_out: b_out = 0.1".
const aiml = loadCase('aiml-notes-relu').setupText;
const withoutLabels = aiml.replace(/^(?:Weights|Biases|Bias) [^:\n]*:/gm, '');

const read = (text: string) => {
  const parsed = parseDefinition(text);
  if (!parsed.ok) throw new Error(parsed.error.map((e) => e.message).join('; '));
  return parsed.value;
};
const note = (text: string, id: string) => read(text).noteMessages.find((n) => n.id === id);

describe('numbered biases', () => {
  it('under "Biases b1:" are the hidden units\' own, said with their line in English and Persian', () => {
    expect(read(aiml).spec.biases).toEqual([[0.1, 0.1], 0.1]);
    const said = note(aiml, 'definition.note.unit_biases')!;
    expect(said.params).toEqual({ names: 'b1, b2', line: 25 });
    expect(t('en', said.id, said.params)).toContain('b1, b2 (line 25) read as the biases of hidden units');
    expect(t('fa', said.id, said.params)).toContain('b1, b2');
  });

  it("beside `b_out` (no labels) are the hidden units' too: b_out is the output's, not a repeat of b2", () => {
    expect(withoutLabels).toContain('b1 = 0.1, b2 = 0.1');
    const parsed = read(withoutLabels);
    expect(parsed.spec.biases).toEqual([[0.1, 0.1], 0.1]);
    expect(parsed.notes.join('\n')).not.toContain('b_out (line');
    expect(note(withoutLabels, 'definition.note.unit_biases')).toBeDefined();
  });

  it('alone in a 2-2-1 network are one bias per layer, the usual reading, said with the other offered', () => {
    const alone = withoutLabels.replace(/b_out = 0\.1/, '');
    expect(read(alone).spec.biases).toEqual([0.1, 0.1]);
    const said = note(alone, 'definition.note.layer_biases_assumed')!;
    expect(said.params).toMatchObject({ names: 'b1, b2', other: 'b1_1, b1_2' });
    expect(t('fa', said.id, said.params)).toContain('b1_1, b1_2');
  });

  it('says nothing more where every layer has several units (course Q6: the shared-bias notes say it)', () => {
    const q6 = loadCase('course-q6').setupText;
    expect(note(q6, 'definition.note.layer_biases_assumed')).toBeUndefined();
    expect(note(q6, 'definition.note.unit_biases')).toBeUndefined();
  });
});
