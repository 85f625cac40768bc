// The reply on a network read from worked sums: the names' placement, the page's slips, the values carried forward.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDefinition } from '../../src/definition/index.js';
import type { Note } from '../../src/definition/index.js';
import { t } from '../../src/text/i18n.js';

// https://github.com/ninjakx/Neural_network_solver/blob/master/README.md (the corpus case, whole)
const NINJAKX = readFileSync(
  new URL('../fixtures/real-world/ninjakx-two-hidden-layers/setup.txt', import.meta.url),
  'utf8',
);

function notesOf(text: string): Note[] {
  const read = parseDefinition(text);
  if (!read.ok) throw new Error(read.error.map((e) => e.message).join('\n'));
  return read.value.noteMessages;
}

const withId = (notes: Note[], id: string) => notes.filter((n) => n.id === id);

describe('workedSumNotes', () => {
  const notes = notesOf(NINJAKX);

  it('says where the weights came from and which unit each name puts first', () => {
    const [placement] = withId(notes, 'definition.note.worked_sums');
    expect(placement?.params).toMatchObject({
      line: 3,
      example: 'w_H11.I1',
      source: 'I_1',
      sum: 'net_H11',
      from: 'i1',
      to: 'h11',
      order: 'destination-first',
      inputs: 'I_1 = 1, I_2 = 2, I_3 = -1, I_4 = 1',
    });
  });

  it('tells the story of the weights in one place: right after the units their names join', () => {
    const ids = notes.map((n) => n.id);
    expect(ids.indexOf('definition.note.worked_sums')).toBe(ids.indexOf('definition.note.arrow_weights') + 1);
  });

  it("names each total the page's own sum contradicts (0.43 for 0.242214, 1 for 0.564647), and only those", () => {
    const slips = withId(notes, 'definition.note.worked_sum_slip').map((n) => n.params);
    expect(slips).toEqual([
      expect.objectContaining({ sum: 'net_H21', stated: '0.43', value: '0.242214', line: 3 }),
      expect.objectContaining({ sum: 'net_H22', stated: '1', value: '0.564647', line: 3 }),
    ]);
    // net_O1 = 0.17 is 0.1787 cut to two decimals: not a slip.
  });

  it('checks the values the sums carry forward against the network as read', () => {
    expect(withId(notes, 'definition.note.worked_values_agree')[0]?.params.values).toBe(
      'H_11 = 0.802184, H_21 = 0.56026, H_22 = 0.637529',
    );
    // σ(1.45) is 0.809998: the page's 0.80998 is its own slip, said, and no weight changes for it.
    expect(withId(notes, 'definition.note.worked_value_differs').map((n) => n.params)).toEqual([
      expect.objectContaining({ name: 'H_12', stated: '0.80998', unit: 'h12', value: '0.809998' }),
    ]);
  });

  it('says every note in English and Persian', () => {
    for (const note of notes.filter((n) => /worked|no_target/.test(n.id))) {
      for (const language of ['en', 'fa'] as const) {
        const text = t(language, note.id, note.params);
        expect(text).not.toMatch(/undefined|\$\{/);
        expect(text.length).toBeGreaterThan(20);
      }
    }
    expect(
      t('fa', 'definition.note.worked_sum_slip', withId(notes, 'definition.note.worked_sum_slip')[0]!.params),
    ).toContain('0.242214');
  });
});
