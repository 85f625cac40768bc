// The reading notes in Persian, on real pages (test/fixtures/real-world): a page's own names keep their digits.
import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../bench/corpus/cases.js';
import { parseDefinition } from '../../../src/definition/index.js';
import { withoutDirectionMarks } from '../../../src/text/bidi.js';
import { t } from '../../../src/text/i18n.js';

function persianNote(caseName: string, id: string): string {
  const parsed = parseDefinition(loadCase(caseName).setupText);
  if (!parsed.ok) throw new Error(`${caseName} not read`);
  const note = parsed.value.noteMessages.find((n) => n.id === id);
  if (!note) throw new Error(`${caseName}: no ${id}`);
  return withoutDirectionMarks(t('fa', note.id, note.params));
}

describe('reading notes in Persian', () => {
  // primelearnpoint: "w₁,₁ = 0.2 (x₁→h₁)"; a name is a formula, not a count: «w(x۱→h۱)» is no name on the page.
  it('keep a weight named by its units as written (w(x1→h1))', () => {
    const note = persianNote('primelearnpoint-setup-only', 'definition.note.arrow_weights');
    expect(note).toContain('w(x1→h1)');
    expect(note).not.toMatch(/[۰-۹]/);
  });

  // Han & Kamber: "w_{14} & w_{15} & … w_{04}" in the LaTeX table of initial weights.
  it('keep a unit-pair name as written (w_14)', () => {
    const note = persianNote('han-kamber-appendix-b', 'definition.note.unit_pairs');
    expect(note).toContain('w_14');
    expect(note).not.toContain('w_۱۴');
  });

  // primelearnpoint's "(x₁→h₁)" and "Activation: Sigmoid  |" are named as skipped: the place in Persian words.
  it('name the lines of what was skipped in Persian', () => {
    const note = persianNote('primelearnpoint-setup-only', 'definition.note.ignored');
    expect(note).toContain('سطر');
    expect(note).not.toMatch(/\bline\b/);
  });
});
