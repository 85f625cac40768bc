// A page that names the units each numbered weight joins decides the order of w1…wN: said as the page's arrows,
// never "nothing on the page decides it", and no other reading is offered.
import { describe, expect, it } from 'vitest';
import { loadCase } from '../../bench/corpus/cases.js';
import { weightArrows } from '../../src/definition/arrow-order.js';
import { parseDefinition } from '../../src/definition/index.js';
import { otherReadingToken } from '../../src/definition/other-reading.js';
import { withoutDirectionMarks } from '../../src/text/bidi.js';
import { t } from '../../src/text/i18n.js';

// fiqlab-2-2-1 (https://fiqlab.vercel.app/blog/backpropagation-manual-calculation): "| w₂ | 0.20 | x₂ → h₁ |".
const FIQLAB = loadCase('fiqlab-2-2-1').setupText;

const read = (text: string) => {
  const parsed = parseDefinition(text);
  if (!parsed.ok) throw new Error(parsed.error.map((e) => e.message).join('\n'));
  return parsed.value;
};

describe('the order of numbered weights decided by the page’s arrows', () => {
  it("finds each weight's arrow in fiqlab's Description column, with its line", () => {
    expect(weightArrows(FIQLAB)).toEqual([
      { weight: 'w1', from: 'x1', to: 'h1', line: 11 },
      { weight: 'w2', from: 'x2', to: 'h1', line: 12 },
      { weight: 'w3', from: 'x1', to: 'h2', line: 13 },
      { weight: 'w4', from: 'x2', to: 'h2', line: 14 },
      { weight: 'w5', from: 'h1', to: 'o1', line: 16 },
      { weight: 'w6', from: 'h2', to: 'o1', line: 17 },
    ]);
  });

  it('reads fiqlab destination-first because its arrows say so, and offers no other reading', () => {
    const parsed = read(FIQLAB);
    expect(parsed.spec.weights).toEqual([
      [
        [0.15, 0.2],
        [0.25, 0.3],
      ],
      [[0.4, 0.45]],
    ]);
    const ids = parsed.noteMessages.map((n) => n.id);
    expect(ids).toContain('definition.note.reading_by_arrows');
    expect(ids).not.toContain('definition.note.reading_assumed');
    expect(parsed.notes.join('\n')).toContain("the page's arrows decide it (w2: x2 → h1, line 12");
    expect(parsed.notes.join('\n')).not.toContain('nothing on the page decides');
    expect(otherReadingToken(FIQLAB)).toBeUndefined();
    // The page's own names are placed for certain: /check may read `w₂⁺` as the page's w2.
    expect(parsed.pageNames).toContainEqual({ name: 'w_2', ref: { kind: 'weight', l: 0, j: 0, i: 1 } });
  });

  it('says it in Persian, the line in Persian digits and the weight as written', () => {
    const note = read(FIQLAB).noteMessages.find((n) => n.id === 'definition.note.reading_by_arrows')!;
    const fa = withoutDirectionMarks(t('fa', note.id, note.params));
    expect(fa).toContain('پیکان‌های خود صفحه');
    expect(fa).toContain('سطر ۱۲');
    expect(fa).toContain('w2: x2 → h1');
  });

  it('reads source-first when the arrows say so (fiqlab with w₂ and w₃ described the other way: composed)', () => {
    const swapped = FIQLAB.replace('| w₂ | 0.20 | x₂ → h₁ |', '| w₂ | 0.20 | x₁ → h₂ |').replace(
      '| w₃ | 0.25 | x₁ → h₂ |',
      '| w₃ | 0.25 | x₂ → h₁ |',
    );
    const parsed = read(swapped);
    expect(parsed.spec.weights[0]).toEqual([
      [0.15, 0.25],
      [0.2, 0.3],
    ]);
    expect(parsed.notes.join('\n')).toContain("Weights read source-first: the page's arrows decide it");
  });

  it('leaves the order open when the arrows fit neither reading (w₂ and w₁ both x₁ → h₁)', () => {
    const parsed = read(FIQLAB.replace('| w₂ | 0.20 | x₂ → h₁ |', '| w₂ | 0.20 | x₁ → h₁ |'));
    expect(parsed.noteMessages.map((n) => n.id)).toContain('definition.note.reading_assumed');
  });
});
