// The chat text of a report: the whole table when it fits, else a summary; never over Discord's 2000 characters.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CheckReport, CheckRow } from '../../src/check/check-answers.js';
import { checkAnswers } from '../../src/check/check-answers.js';
import { formatCheckReport } from '../../src/check/format-report.js';
import { MISTAKE_IDS } from '../../src/check/mistakes.js';
import { DISCORD_MESSAGE_LIMIT } from '../../src/text/limits.js';
import { fixture, goldenSpec } from './helpers.js';

const row: fc.Arbitrary<CheckRow> = fc.record({
  line: fc.integer({ min: 1, max: 99999 }),
  name: fc.string({ maxLength: 200 }),
  quantity: fc.string({ maxLength: 60 }),
  given: fc.double({ noNaN: true }),
  givenText: fc.string({ minLength: 1, maxLength: 60 }),
  expected: fc.double({ noNaN: true }),
  verdict: fc.constantFrom('correct', 'carried', 'incorrect', 'unrecognized'),
  diagnoses: fc.subarray([...MISTAKE_IDS], { minLength: 1 }),
  carriedFrom: fc.array(fc.integer({ min: 1, max: 99999 }), { maxLength: 40 }),
});

function reportOf(rows: CheckRow[], hideExpected: boolean): CheckReport {
  const count = (v: string) => rows.filter((r) => r.verdict === v).length;
  const score = {
    correct: count('correct'),
    carried: count('carried'),
    incorrect: count('incorrect'),
    unrecognized: count('unrecognized'),
    total: rows.length - count('unrecognized'),
    points: count('correct') + count('carried'),
  };
  return { rows, score, hideExpected, unchecked: rows.length % 3 };
}

const READING = "Weights read source-first: the page's own numbers (0.8808, 0.9168) confirm it.";

describe('formatCheckReport', () => {
  it('never returns a chat text longer than one Discord message, in either language', () => {
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 300 }),
        fc.boolean(),
        fc.constantFrom('en', 'fa'),
        (rows, hide, locale) => {
          const formatted = formatCheckReport(reportOf(rows, hide), { locale, readings: [READING] });
          expect(formatted.text.length).toBeLessThanOrEqual(DISCORD_MESSAGE_LIMIT);
          if (formatted.complete) expect(formatted.text).toBe(formatted.full);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('shows the whole table of a short sheet, with the formulas of each diagnosed mistake', () => {
    const report = checkAnswers(goldenSpec('seed-q6'), 'out_o1 = 0.7514\nE_total = 0.5967\nw5+ = 0.3178');
    const { text, complete } = formatCheckReport(report, { locale: 'en' });
    expect(complete).toBe(true);
    expect(text).toContain('Score: **1/3**');
    expect(text).toMatch(/E_total\s+0\.5967\s+0\.2984\s+✗ ½ and the square’s 2 not together/);
    expect(text).toContain('right: `E = ½ Σ_j (t_j − o_j)²` — used: `E = Σ_j (t_j − o_j)²`');
    expect(text).toMatch(/w5\+\s+0\.3178\s+0\.3753\s+✗ η left out/);
    expect(text).not.toContain('missing_learning_rate');
    // With η = 0.5 (mazur) leaving out η and doubling the gradient give the same number: both are named.
    const either = checkAnswers(goldenSpec('mazur'), 'w5+ = 0.31783');
    expect(either.rows[0]!.diagnoses).toEqual(['missing_half', 'missing_learning_rate']);
  });

  it("keeps the line saying which reading the sheet's numbers confirmed, whole table or summary", () => {
    const short = checkAnswers(goldenSpec('seed-q6'), 'out_o1 = 0.7514');
    const long = checkAnswers(goldenSpec('seed-q6'), fixture('course-q6-answer.txt'));
    for (const report of [short, long]) {
      const formatted = formatCheckReport(report, { locale: 'en', readings: [READING] });
      expect(formatted.text).toContain(READING);
      expect(formatted.full).toContain(READING);
      expect(formatted.text.length).toBeLessThanOrEqual(DISCORD_MESSAGE_LIMIT);
    }
  });

  it('summarises a long sheet and lists as many wrong lines as fit', () => {
    const report = checkAnswers(goldenSpec('seed-q6'), fixture('course-q6-answer.txt'));
    const formatted = formatCheckReport(report, { locale: 'en' });
    expect(formatted.complete).toBe(false);
    expect(formatted.text).toContain('✗ ∂E/∂o taken as 1: lines 25, 27');
    expect(formatted.text).toMatch(
      /25\s+Δ_\{\(o_1,o_1\)\} \(read as dE\/dout_o1\)\s+1\s+0\.7414\s+✗ ∂E\/∂o taken as 1/,
    );
    expect(formatted.full).toMatch(
      /79\s+Error \(read as E_total\+\)\s+0\.28321752\s+0\.29082027\s+→ from lines 75, 77/,
    );
    // The rows keep the ids for machines.
    expect(formatted.json).toContain('"dE_dout_one"');
    expect(JSON.parse(formatted.json)).toHaveLength(42);
  });

  it('says plainly when no catalogued mistake explains a number, and lists the names it understands', () => {
    const report = checkAnswers(goldenSpec('mazur'), 'out_o1 = 0.9\nfoo = 0.2');
    const { text } = formatCheckReport(report, { locale: 'en' });
    // One line: "line 1" and "this number" (it said "lines 1 … these numbers").
    expect(text).toContain('✗ line 1: no catalogued mistake reproduces this number.');
    expect(text).toContain('Names I understand');
  });
});

describe('the report in the TA’s language (#16)', () => {
  it('shows the student’s own name next to what it was read as, Persian headers in order, mistakes in words', () => {
    const report = checkAnswers(goldenSpec('mazur'), 'a_{h_1} = 0.3775\nE_total = 0.5967\nout_h1 = 0.59');
    const fa = formatCheckReport(report, { locale: 'fa' }).text;
    const plain = fa.replace(/[\u2066-\u2069]/g, '');
    expect(plain).toMatch(/سطر\s+کمیت\s+پاسخ دانشجو\s+مقدار درست/);
    expect(plain).toContain('a_{h_1} (به معنای net_h1)');
    expect(plain).toContain('½ و ضریب ۲ با هم نیامده');
    expect(plain).not.toContain('missing_half');
    // Every cell of the Persian table is isolated, so the columns keep their order in a right-to-left view.
    const header = fa.split('\n').find((l) => l.includes('کمیت'))!;
    expect(header.startsWith('\u2067سطر\u2069')).toBe(true);
  });

  it('counts ≈ apart from ✓ in the score and names carried lines in Persian digits', () => {
    const rows: CheckRow[] = [
      { line: 1, name: 'h1', quantity: 'out_h1', given: 0.59, givenText: '0.59', verdict: 'correct' },
      {
        line: 2,
        name: 'o1',
        quantity: 'out_o1',
        given: 0.75,
        givenText: '0.75',
        verdict: 'correct',
        approximate: true,
      },
      {
        line: 66,
        name: 'E',
        quantity: 'E_total',
        given: 1,
        givenText: '1',
        verdict: 'carried',
        carriedFrom: [50, 52, 66],
      },
    ];
    const report = reportOf(rows, false);
    const en = formatCheckReport(report, { locale: 'en' }).text;
    expect(en).toContain('✓ 1 correct, ≈ 1 correct after your own rounding');
    expect(en).toContain('from lines 50, 52, 66');
    const fa = formatCheckReport(report, { locale: 'fa' }).text.replace(/[\u2066-\u2069]/g, '');
    expect(fa).toContain('از سطرهای ۵۰، ۵۲، ۶۶');
    expect(fa).toMatch(/✓ ۱ درست، ≈ ۱ درست با عددهای گردشدهٔ قبلی/);
  });
});
