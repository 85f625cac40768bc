// The two reference answer sheets: the course notes' Q6 (with its mistake) and the classic worked example.
import { describe, expect, it } from 'vitest';
import { checkAnswers, MAX_STATEMENTS, type CheckRow } from '../../src/check/check-answers.js';
import { fixture, goldenSpec } from './helpers.js';

const byQuantity = (rows: CheckRow[], quantity: string) => rows.filter((r) => r.quantity === quantity);

describe("the course notes' Q6 answer against course-q6", () => {
  const report = checkAnswers(goldenSpec('seed-q6'), fixture('course-q6-answer.txt'));
  const rows = report.rows;

  it('marks the forward values and the error correct (the notes truncate)', () => {
    const forward = [
      'net_h1',
      'out_h1',
      'net_h2',
      'out_h2',
      'net_o1',
      'out_o1',
      'net_o2',
      'out_o2',
      'E_total',
    ];
    for (const q of forward) {
      const [row] = byQuantity(rows, q);
      expect(row, q).toBeDefined();
      expect(row!.verdict, q).toBe('correct');
    }
    // h1 = 0.5932 is 0.593270 truncated, not rounded.
    expect(byQuantity(rows, 'out_h1')[0]!.approximate).toBeUndefined();
    // a_o1 = 1.1058 follows from the truncated 0.5932 and 0.5968 (true 1.10591).
    expect(byQuantity(rows, 'net_o1')[0]!.approximate).toBe(true);
    // "a_{o_1} = σ(a_{o_1}) = 0.7513" is read through its σ(…) as the output.
    expect(rows.find((r) => r.line === 13)).toMatchObject({ quantity: 'out_o1', verdict: 'correct' });
  });

  it('marks ∂L/∂o = 1 incorrect with dE_dout_one, and every value computed from it carried (named once, upstream)', () => {
    const wrong = rows.filter((r) => r.verdict === 'incorrect');
    expect(wrong.map((r) => [r.quantity, r.diagnoses])).toEqual([
      ['dE/dout_o1', ['dE_dout_one']],
      ['dE/dout_o2', ['dE_dout_one']],
    ]);
    const first = rows.findIndex((r) => r.quantity === 'dE/dout_o2') + 1;
    const firstUpdateAfter = rows.findIndex((r) => r.quantity === 'net_h1+');
    const downstream = rows.slice(first, firstUpdateAfter);
    expect(downstream.length).toBe(22); // Δw8..Δw1; Δ(h2,o), Δ(h1,o); Δb2, Δb1; w1..w8, b1, b2
    for (const row of downstream) {
      expect(row.verdict, `line ${row.line} ${row.name}`).toBe('carried');
      expect(row.upstreamDiagnoses, `line ${row.line} ${row.name}`).toEqual(['dE_dout_one']);
    }
    expect(byQuantity(rows, 'w5+')[0]).toMatchObject({ given: 0.3668, expected: expect.closeTo(0.37535, 5) });
    expect(byQuantity(rows, 'b2+')[0]).toMatchObject({ given: 0.4913, expected: expect.closeTo(0.56988, 5) });
    expect(byQuantity(rows, 'eta*dE/dw8')[0]!.meaning).toBe('step');
  });

  it('marks the second forward pass and its error as carried from the wrong weights', () => {
    const after = [
      'net_h1+',
      'net_h2+',
      'out_h1+',
      'out_h2+',
      'net_o1+',
      'net_o2+',
      'out_o1+',
      'out_o2+',
      'E_total+',
    ];
    for (const q of after) {
      const [row] = byQuantity(rows, q);
      expect(row, q).toBeDefined();
      expect(row!.verdict, q).toBe('carried');
      expect(row!.carriedFrom!.length, q).toBeGreaterThan(0);
    }
    // a h1 = w1·i1 + w2·i2 + b1 uses the new w1 (line 41), w2 (43) and b1 (57).
    expect(byQuantity(rows, 'net_h1+')[0]!.carriedFrom).toEqual([41, 43, 57]);
    expect(byQuantity(rows, 'E_total+')[0]!.carriedFrom).toEqual([75, 77]);
    // The unnamed "=0.95281224" is recognised by its value as net_o1 of the second pass.
    expect(rows.find((r) => r.line === 71)).toMatchObject({
      name: '',
      quantity: 'net_o1+',
      meaning: 'by_value',
    });
  });

  it('scores carried values as not wrong twice', () => {
    expect(report.score).toMatchObject({ correct: 9, carried: 31, incorrect: 2, unrecognized: 0 });
    expect(report.score.points).toBe(report.score.correct + report.score.carried);
  });
});

describe("the classic worked example's published numbers against mazur", () => {
  const report = checkAnswers(goldenSpec('mazur'), fixture('mazur-published.txt'));

  it('reads every published number and marks it correct', () => {
    expect(report.rows.length).toBe(29);
    for (const row of report.rows) expect(row.verdict, `line ${row.line} ${row.name}`).toBe('correct');
  });

  it('understands the classic notation', () => {
    const quantities = report.rows.map((r) => r.quantity);
    expect(quantities).toEqual(
      expect.arrayContaining([
        'E_o1',
        'dE/dout_o1',
        'dout_o1/dnet_o1',
        'dE/dw5',
        'w5+',
        'dE/dout_h1',
        'dE_o1/dout_h1',
        'delta_o1',
      ]),
    );
  });

  it('hides the right values when asked', () => {
    const hidden = checkAnswers(goldenSpec('mazur'), fixture('mazur-published.txt'), { hideExpected: true });
    expect(hidden.rows.every((r) => r.expected === undefined)).toBe(true);
    expect(hidden.hideExpected).toBe(true);
  });
});

describe('a very long sheet', () => {
  it(`checks the first ${MAX_STATEMENTS} statements and says how many it left`, () => {
    const sheet = Array.from({ length: MAX_STATEMENTS + 7 }, () => 'out_h1 = 0.5933').join('\n');
    const report = checkAnswers(goldenSpec('mazur'), sheet);
    expect(report.rows).toHaveLength(MAX_STATEMENTS);
    expect(report.unchecked).toBe(7);
  });
});

describe('the built-in presets', () => {
  it('give the same verdicts as the golden specs of the same networks', async () => {
    const { loadPreset } = await import('../../src/definition/index.js');
    for (const [preset, golden, sheet] of [
      ['course-q6', 'seed-q6', 'course-q6-answer.txt'],
      ['mazur', 'mazur', 'mazur-published.txt'],
    ] as const) {
      const loaded = loadPreset(preset);
      if (!loaded.ok) throw new Error(`no preset ${preset}`);
      expect(checkAnswers(loaded.value.spec, fixture(sheet)).rows, preset).toEqual(
        checkAnswers(goldenSpec(golden), fixture(sheet)).rows,
      );
    }
  });
});

describe('arithmetic without a name', () => {
  it('is recognised by its value when exactly one quantity has it', () => {
    const report = checkAnswers(goldenSpec('seed-q6'), '0.3 * 0.08216704 = 0.02465011\n2 + 2 = 4');
    expect(report.rows[0]).toMatchObject({ quantity: 'eta*dE/dw5', verdict: 'correct', meaning: 'by_value' });
    expect(report.rows[1]).toMatchObject({ verdict: 'unrecognized' });
  });
});

describe('the work budget', () => {
  it('stops checking when it runs out and says how many statements are left', () => {
    const report = checkAnswers(goldenSpec('seed-q6'), fixture('course-q6-answer.txt'), { workBudget: 1500 });
    expect(report.rows.length).toBeGreaterThan(0);
    expect(report.rows.length + report.unchecked).toBe(42);
    expect(report.unchecked).toBeGreaterThan(0);
  });
});

describe('hand-written sheets', () => {
  it('blames the hidden layer of a student who backpropagated through the already updated weights', () => {
    const report = checkAnswers(goldenSpec('mazur'), fixture('mazur-updated-weights-in-backward.txt'));
    const wrong = report.rows.filter((r) => r.verdict !== 'correct');
    expect(wrong.map((r) => [r.quantity, r.verdict, r.diagnoses])).toEqual([
      ['dE/dout_h1', 'incorrect', ['updated_weights_in_backward']],
      ['dE/dw1', 'carried', undefined],
      ['w1+', 'carried', undefined],
    ]);
    expect(wrong.map((r) => r.upstreamDiagnoses)).toEqual([
      undefined,
      ['updated_weights_in_backward'],
      ['updated_weights_in_backward'],
    ]);
  });

  it('reads a Persian sheet: Persian digits, prose around the names, وزن جدید', () => {
    const report = checkAnswers(goldenSpec('seed-q6'), fixture('persian-sheet.txt'));
    expect(report.rows.map((r) => [r.line, r.quantity, r.verdict])).toEqual([
      [3, 'net_h1', 'correct'],
      [4, 'out_h1', 'correct'],
      [5, 'out_o1', 'correct'],
      [6, 'E_total', 'incorrect'],
      [7, 'dE/dw5', 'correct'],
      [8, 'w5+', 'correct'],
    ]);
    expect(report.rows[3]!.diagnoses).toEqual(['missing_half']);
  });
});

describe('a new mistake on top of a carried slip', () => {
  it('is still named, and the slip is carried where no new mistake is made', () => {
    const sheet = ['out_o1 = 0.8000', '∂E/∂out_o1 = -0.7900', 'E_o1 = 0.31205'].join('\n');
    const rows = checkAnswers(goldenSpec('mazur'), sheet).rows;
    expect(rows.map((r) => [r.verdict, r.diagnoses, r.carriedFrom])).toEqual([
      ['incorrect', undefined, undefined],
      ['incorrect', ['sign_flip'], undefined],
      ['carried', undefined, [1]],
    ]);
  });
});

describe('a name explained by its own expression', () => {
  it('reads a_o1 = σ(a_o1) = … as the output even when the number is wrong', () => {
    const [row] = checkAnswers(goldenSpec('mazur'), 'a_{o_1} = \\sigma(a_{o_1}) = 0.7600').rows;
    expect(row).toMatchObject({ quantity: 'out_o1', verdict: 'incorrect', meaning: 'sigma_of' });
  });
});

describe('a given value restated wrongly', () => {
  it('carries into what follows: a misread target', () => {
    const sheet = ['t1 = 0.10', 'out_o1 = 0.75137', '∂E/∂out_o1 = 0.65137'].join('\n');
    const rows = checkAnswers(goldenSpec('mazur'), sheet).rows;
    expect(rows.map((r) => [r.quantity, r.verdict, r.carriedFrom])).toEqual([
      ['t1', 'incorrect', undefined],
      ['out_o1', 'correct', undefined],
      ['dE/dout_o1', 'carried', [1]],
    ]);
  });

  it('carries into what follows: a misread learning rate', () => {
    const sheet = ['η = 0.3', '∂E/∂w5 = 0.08217', 'w5+ = 0.4 - 0.3 * 0.08217 = 0.37535'].join('\n');
    const rows = checkAnswers(goldenSpec('mazur'), sheet).rows;
    expect(rows.map((r) => [r.quantity, r.verdict, r.carriedFrom])).toEqual([
      ['eta', 'incorrect', undefined],
      ['dE/dw5', 'correct', undefined],
      ['w5+', 'carried', [1]],
    ]);
  });
});
