// The page's own weight names and the numbering of w1, w2, …: from the setup, the option, or the sheet's own numbers.
import { describe, expect, it } from 'vitest';
import { loadCase, type CorpusCase } from '../../bench/corpus/cases.js';
import { checkAnswers } from '../../src/check/check-answers.js';
import { formatCheckReport } from '../../src/check/format-report.js';
import { NUMBERINGS, numberedWeight } from '../../src/check/sheet-names.js';
import { resolveSpec, type ResolvedSpec } from '../../src/core/index.js';
import { withoutDirectionMarks } from '../../src/text/bidi.js';
import { goldenSpec } from './helpers.js';

function specOf(c: CorpusCase): ResolvedSpec {
  const resolved = resolveSpec(c.network);
  if (!resolved.ok) throw new Error(c.name);
  return resolved.value;
}

describe('numberedWeight', () => {
  it('counts the weights of a 2-2-1 network in each of the four numberings', () => {
    const layers = [2, 2, 1];
    const all = (k: number) => [1, 2, 3, 4, 5, 6].map((n) => numberedWeight(layers, n, NUMBERINGS[k]!));
    // Ours: w2 = i2→h1; source-first: w2 = i1→h2; output first: w1, w2 are the output weights.
    expect(all(0).slice(0, 2)).toEqual([
      { l: 0, j: 0, i: 0 },
      { l: 0, j: 0, i: 1 },
    ]);
    expect(all(1).slice(0, 2)).toEqual([
      { l: 0, j: 0, i: 0 },
      { l: 0, j: 1, i: 0 },
    ]);
    expect(all(2)).toEqual([
      { l: 1, j: 0, i: 0 },
      { l: 1, j: 0, i: 1 },
      { l: 0, j: 0, i: 0 },
      { l: 0, j: 0, i: 1 },
      { l: 0, j: 1, i: 0 },
      { l: 0, j: 1, i: 1 },
    ]);
    expect(numberedWeight(layers, 7, NUMBERINGS[0]!)).toBeUndefined();
    expect(numberedWeight(layers, 0, NUMBERINGS[0]!)).toBeUndefined();
  });
});

describe('the names the setup page gave its weights', () => {
  it('reads a page name before our own numbering (v1 = h1→o1, w2 = i1→h2)', () => {
    const spec = goldenSpec('mazur');
    const pageNames = [
      { name: 'v_1', ref: { kind: 'weight' as const, l: 1, j: 0, i: 0 } },
      { name: 'w2', ref: { kind: 'weight' as const, l: 0, j: 1, i: 0 } },
    ];
    const report = checkAnswers(spec, 'w2 = 0.25\ndE/dv1 = 0.0822', { pageNames });
    expect(report.rows.map((r) => [r.quantity, r.verdict])).toEqual([
      ['w3', 'correct'],
      ['dE/dw5', 'correct'],
    ]);
    expect(report.numbering).toBeUndefined();
  });
});

describe("a sheet's own numbers choose the numbering of w1, w2, …, and the report says so", () => {
  // keonhee (Korean blog): z1 = w1·x1 + w3·x2, so w2 is i1→h2 (source-first).
  const keonhee = loadCase('keonhee-korean-linear-output');
  const sheet = [
    '\\frac{\\partial L}{\\partial w_3} &= -0.0122 \\\\[10pt]',
    "w_2' = 0.203, \\quad w_3' = 0.201",
  ].join('\n');

  it('reads keonhee’s w_2, w_3 source-first, the only numbering its numbers fit', () => {
    const report = checkAnswers(specOf(keonhee), sheet, { numbering: 'sheet' });
    expect(report.numbering).toEqual({ order: 'source-first', from: 'input' });
    expect(report.rows.map((r) => r.verdict)).toEqual(['correct', 'correct', 'correct']);
    const en = formatCheckReport(report, { locale: 'en' }).text;
    expect(en).toContain('Read w1, w2, … source-first');
    expect(en).toContain('`numbering:destination-first`');
    const fa = withoutDirectionMarks(formatCheckReport(report, { locale: 'fa' }).text);
    expect(fa).toContain('به ترتیب source-first');
  });

  it('keeps our numbering when the option asks for it (and then says nothing)', () => {
    const report = checkAnswers(specOf(keonhee), sheet, { numbering: 'destination-first' });
    expect(report.numbering).toBeUndefined();
    expect(report.rows.filter((r) => r.verdict === 'correct')).toHaveLength(0);
  });

  it('reads nathansamsel’s w1_new, w2_new as the output weights (the page numbers the output layer first)', () => {
    const nathansamsel = loadCase('nathansamsel-no-bias-figure');
    const report = checkAnswers(specOf(nathansamsel), nathansamsel.solutionText, {
      numbering: 'sheet',
    });
    expect(report.numbering).toEqual({ order: 'destination-first', from: 'output' });
    const row = report.rows.find((r) => r.name === 'w2_new');
    expect(row).toMatchObject({ quantity: 'w6+', verdict: 'correct' });
    // δ alone is the one output unit's (here (t − o)·o(1 − o), the other sign).
    expect(report.rows.find((r) => r.name === 'δ')).toMatchObject({
      quantity: 'delta_o1',
      verdict: 'correct',
    });
  });

  it('leaves a sheet in our numbering as it is', () => {
    const report = checkAnswers(goldenSpec('mazur'), 'dE/dw5 = 0.0822\nw5+ = 0.3589', { numbering: 'sheet' });
    expect(report.numbering).toBeUndefined();
    expect(report.rows.map((r) => r.verdict)).toEqual(['correct', 'correct']);
  });

  it('chooses nothing unless asked: swapped indices stay a mistake against a named network', () => {
    const report = checkAnswers(specOf(keonhee), sheet);
    expect(report.numbering).toBeUndefined();
    expect(report.rows.filter((r) => r.verdict === 'correct')).toHaveLength(0);
  });
});
