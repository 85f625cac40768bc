// Each catalogued mistake, applied to a few networks, is diagnosed with its own id and no other.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkAnswers } from '../../src/check/check-answers.js';
import { MISTAKE_IDS } from '../../src/check/mistakes.js';
import {
  formsOf,
  MISTAKE_NETWORKS,
  mistakeSheet,
  networkNamed,
  representativeSheets,
} from './mistake-sheets.js';
import { goldenSpec } from './helpers.js';

const cases = Object.keys(MISTAKE_NETWORKS).flatMap((network) =>
  formsOf(networkNamed(network)).map((form) => ({ network, form })),
);

describe('diagnosis of generated mistake sheets', () => {
  it.each(cases.map((c) => [c.form.id, c.form.form, c.network, c] as const))(
    '%s (%s) on %s: its id and no other',
    (_id, _form, network, { form }) => {
      const spec = networkNamed(network);
      const report = checkAnswers(spec, mistakeSheet(spec, form, network));
      const wrong = report.rows.filter((r) => r.verdict === 'incorrect');
      expect(wrong.length).toBeGreaterThan(0);
      for (const row of wrong) expect(row.diagnoses, `line ${row.line} ${row.name}`).toEqual([form.id]);
      for (const row of report.rows) expect(['correct', 'carried', 'incorrect']).toContain(row.verdict);
      // The second forward pass is computed rightly from the wrong weights: carried, never blamed again.
      for (const row of report.rows.filter(
        (r) => r.quantity?.endsWith('+') && r.quantity.startsWith('out_'),
      )) {
        if (form.id !== 'swapped_weight_indices') expect(row.verdict).not.toBe('incorrect');
      }
    },
  );

  it('covers every catalogued mistake', () => {
    expect(new Set(cases.map((c) => c.form.id))).toEqual(new Set(MISTAKE_IDS));
  });

  it('marks a sheet without mistakes all correct', () => {
    for (const network of Object.keys(MISTAKE_NETWORKS)) {
      const spec = networkNamed(network);
      const right = {
        id: 'dE_dout_one' as const,
        form: 'none',
        variant: {},
        scope: [],
        correct: '',
        used: '',
      };
      const report = checkAnswers(spec, mistakeSheet(spec, right, network));
      expect(report.rows.filter((r) => r.verdict !== 'correct')).toEqual([]);
    }
  });

  it("names ∂E/∂w5 given as δ_o1 (the × out_h1 left out), from the student's own δ", () => {
    const report = checkAnswers(goldenSpec('mazur'), 'δ_o1 = 0.138499\n∂E/∂w5 = 0.138499\n');
    expect(report.rows.map((r) => [r.quantity, r.verdict, r.diagnoses])).toEqual([
      ['delta_o1', 'correct', undefined],
      ['dE/dw5', 'incorrect', ['gradient_without_source']],
    ]);
  });

  it('says plainly when no catalogued mistake explains a wrong number', () => {
    const spec = networkNamed('course-2-2-2');
    const report = checkAnswers(spec, 'out_h1 = 0.5932700\n∂E/∂w5 = 0.1234567\n');
    expect(report.rows[1]).toMatchObject({ verdict: 'incorrect', quantity: 'dE/dw5' });
    expect(report.rows[1]!.diagnoses).toBeUndefined();
  });

  it('keeps the committed fixture files in step with the generator', () => {
    for (const { id, text } of representativeSheets()) {
      const file = fileURLToPath(new URL(`../fixtures/check/mistakes/${id}.txt`, import.meta.url));
      expect(readFileSync(file, 'utf8'), id).toBe(text);
    }
  });
});

describe('mistakes that give the same weights', () => {
  it('tells them apart by the lines written on the way (η = ½: leaving out η vs doubling the gradient)', async () => {
    const { loadPreset } = await import('../../src/definition/index.js');
    const xor = loadPreset('xor-sample');
    if (!xor.ok) throw new Error('no xor preset');
    const spec = xor.value.spec;
    expect(spec.learningRate).toBe(0.5);
    for (const id of ['missing_learning_rate', 'missing_half'] as const) {
      const form = formsOf(spec).find((f) => f.id === id && f.form !== 'loss')!;
      const wrong = checkAnswers(spec, mistakeSheet(spec, form, 'xor')).rows.filter(
        (r) => r.verdict === 'incorrect',
      );
      expect(wrong.length).toBeGreaterThan(0);
      for (const row of wrong) expect(row.diagnoses, `${id}: line ${row.line}`).toEqual([id]);
    }
  });
});
