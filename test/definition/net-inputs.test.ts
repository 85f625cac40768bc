// `u1` (or Haykin's `v1`) for a unit's net input beside numbered weights: skipped as working and said, never read
// as a per-layer weight, never a "could not place" refusal.
import { describe, expect, it } from 'vitest';
import { loadCase } from '../../bench/corpus/cases.js';
import { parseDefinition } from '../../src/definition/index.js';
import { splitLatex } from '../../src/definition/latex.js';
import { netInputKeys } from '../../src/definition/net-inputs.js';
import { normaliseInput } from '../../src/definition/normalise.js';
import { withoutDirectionMarks } from '../../src/text/bidi.js';
import { t } from '../../src/text/i18n.js';

// A Chinese course's exam review notes (【2021-2022 真题】 全连接网络, its worked solution; stored in the search
// index without its repository, so no address): u is each unit's net input.
const EXAM = String.raw`$$
u_1 = w_{11} x_1 + w_{12} x_2 + b_1 = 0.5 \times 3 + 0.5 \times 4 + 0.5 = 4\\
h_1 = \sigma(u_1) = \dfrac{1}{1+e^{-u_1}} = \dfrac{1}{1+e^{-4}} = 0.9820
$$
$$
u_3 = w_{21} h_1 + w_{22} h_2 + b_3 = 0.5 \times 0.9820+ 0.5 \times 0.9820 + 0.5 = 1.4820 \\
y = \sigma(u_3) =\dfrac{1}{1+e^{-u_3}} = \dfrac{1}{1+e^{-1.4820}} = 0.8149
$$`;

const Q6 = loadCase('course-q6').setupText;
/** The line a statement appended under the setup lands on. */
const NEXT_LINE = String(`${Q6}\nu1`.split('\n').length);

const read = (text: string) => {
  const parsed = parseDefinition(text);
  if (!parsed.ok) throw new Error(parsed.error.map((e) => e.message).join('\n'));
  return parsed.value;
};

describe('u for a net input beside numbered weights', () => {
  it("finds the exam notes' u_1 and u_3, each a sum of weights times inputs, and not σ(u_1)", () => {
    const lines = splitLatex(normaliseInput(EXAM).body).math;
    const found = [...netInputKeys(lines)].map((at) => EXAM.slice(at, at + 3));
    expect(found).toEqual(['u_1', 'u_3']);
  });

  // course-q6's setup (w1..w8 = 0.15, …) and its first worked line written as the exam notes write it, with u1
  // for h1's net input (composed: the corpus has no page that names a net input u).
  it('reads w1..w8 as the network and skips u1, whose worked number then confirms the order', () => {
    const withU = `${Q6}\nu1 = w1*i1 + w2*i2 + b1 = 0.15*0.05 + 0.20*0.10 + 0.35 = 0.3775`;
    const parsed = read(withU);
    expect(parsed.spec).toEqual(read(Q6).spec);
    const ignored = parsed.noteMessages.find((n) => n.id === 'definition.note.ignored');
    expect(String(ignored?.params?.keys)).toContain('u1');
    expect(parsed.noteMessages).toContainEqual(
      expect.objectContaining({
        id: 'definition.note.reading_confirmed',
        params: expect.objectContaining({ numbers: expect.stringContaining('0.3775') }),
      }),
    );
  });

  // The same page giving its net inputs as bare numbers, as a table of results would (composed).
  it('reads w1..w8 without u1 = 0.3775, u2 = 0.3925 and says they are the net inputs of h1, h2 (never "could not place")', () => {
    const parsed = read(`${Q6}\nu1 = 0.3775, u2 = 0.3925`);
    expect(parsed.spec).toEqual(read(Q6).spec);
    const note = parsed.noteMessages.find((n) => n.id === 'definition.note.net_inputs_read')!;
    expect(note.params).toEqual({ names: 'u1, u2', lines: NEXT_LINE, units: 'h1, h2' });
    expect(parsed.notes.join('\n')).toContain(
      `u1, u2 (line ${NEXT_LINE}) are the net inputs of h1, h2 by the page's own numbers: read as its working, not as weights.`,
    );
    const fa = withoutDirectionMarks(t('fa', note.id, note.params));
    expect(fa).toContain(`سطر ${NEXT_LINE.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!)}`);
    expect(fa).toContain('ورودی خالص h1, h2');
  });

  // A u that is no net input may be a weight the page named per layer (w1…w4 then v1, v2): never dropped unsaid.
  it('keeps the refusal for a u1 that is no net input of the network read without it', () => {
    const parsed = parseDefinition(`${Q6}\nu1 = 0.5`);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.map((e) => e.id)).toContain('definition.layer_weights_unplaced');
  });
});
