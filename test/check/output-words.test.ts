// "actual output", "desired output", "target output" on a sheet: the target or the network's output, never a silent guess.
import { describe, expect, it } from 'vitest';
import { checkAnswers } from '../../src/check/check-answers.js';
import { formatCheckReport } from '../../src/check/format-report.js';
import { actualOutputReading } from '../../src/check/output-words.js';
import { resolveSpec, type ResolvedSpec } from '../../src/core/index.js';
import { goldenSpec } from './helpers.js';

/** HMKCode's 2-2-1 linear network without biases (test/fixtures/real-world/hmkcode-step-by-step/network.json). */
function hmkcodeSpec(): ResolvedSpec {
  const resolved = resolveSpec({
    layers: [2, 2, 1],
    activations: 'linear',
    weights: [
      [
        [0.15, 0.2],
        [0.1, 0.05],
      ],
      [[0.16, 0.2]],
    ],
    biases: [0, 0],
    updateBiases: false,
    input: [2, 3],
    target: [1],
    loss: 'half_sse',
    learningRate: 0.05,
  });
  if (!resolved.ok) throw new Error('spec');
  return resolved.value;
}

// HMKCode, "Backpropagation Step by Step" (https://hmkcode.github.io/ai/backpropagation-step-by-step/, 2018 text),
// "Calculationg Error" as published (hmkcode-step-by-step/solution.txt lines 13–20).
const HMKCODE_ERROR = `Now, it's time to find out how our network performed by calculating the difference between the actual output and predicted one. It's clear thay our network output, or **prediction**, is not even close to **actual output**. We can calculate the difference or the error as following.

**Error = ( ( prediction - actual)^2 )/2**

* **prediction = 0.214**

* **actual output = 1.0**
* **Error =  ( ( 0.214 - 1.0) ^2  ) / 2 = 0.3089**`;

const rowsOf = (sheet: string) =>
  checkAnswers(hmkcodeSpec(), sheet).rows.map((r) => [r.line, r.quantity, r.verdict, r.meaning]);

describe('"actual output" on a sheet', () => {
  it("is HMKCode's target: its number 1.0 is the target's, not the output's 0.214, and the reply says so", () => {
    expect(rowsOf(HMKCODE_ERROR)).toEqual([
      [5, 'out_o1', 'correct', undefined],
      [7, 't1', 'correct', 'actual_target'],
      [8, 'E_total', 'correct', undefined],
    ]);
    const report = checkAnswers(hmkcodeSpec(), HMKCODE_ERROR);
    const en = formatCheckReport(report, { locale: 'en' }).text;
    expect(en).toContain('Line 7: “actual output” read as the target: its number is the target’s');
    const fa = formatCheckReport(report, { locale: 'fa' }).text.replace(/[\u2066-\u2069]/g, '');
    expect(fa).toContain('سطر ۷: «actual output» به معنای هدف');
  });

  it('with a number that is neither, is read as the sheet’s words say: beside “prediction”, the target, and the other reading is named', () => {
    const wrong = HMKCODE_ERROR.replace('**actual output = 1.0**', '**actual output = 0.9**');
    const report = checkAnswers(hmkcodeSpec(), wrong);
    expect(report.rows[1]).toMatchObject({
      line: 7,
      quantity: 't1',
      verdict: 'incorrect',
      meaning: 'actual_target',
    });
    const en = formatCheckReport(report, { locale: 'en' }).text;
    expect(en).toContain(
      'Line 7: “actual output” read as the target, as “prediction” beside it on the sheet says',
    );
    expect(en).toContain('it may mean the network’s output');
    expect(formatCheckReport(report, { locale: 'fa' }).text).toContain('شاید خروجی شبکه باشد');
  });

  it('is the network’s output when its number is the output’s, and by convention beside “desired output”', () => {
    // Composed: no real solution with "desired output = …" was found; the words are Rumelhart et al.'s pair.
    expect(rowsOf('* **actual output = 0.214**')).toEqual([[1, 'out_o1', 'correct', 'actual_output']]);
    const sheet = 'desired output = 1\nactual output = 0.3';
    const report = checkAnswers(hmkcodeSpec(), sheet);
    expect(report.rows.map((r) => [r.quantity, r.verdict, r.meaning])).toEqual([
      ['t1', 'correct', undefined],
      ['out_o1', 'incorrect', 'actual_output'],
    ]);
    const en = formatCheckReport(report, { locale: 'en' }).text;
    expect(en).toContain('Line 2: “actual output” read as the network’s output');
    expect(en).toContain('write `target = …`');
    expect(formatCheckReport(report, { locale: 'fa' }).text).toContain('`target = …`');
  });

  it('reads the sheet’s words: “actual” beside “prediction” is the truth; beside “desired output”, or alone, the output', () => {
    expect(actualOutputReading(HMKCODE_ERROR)).toBe('target');
    // gfg-chinese-annotated/setup.txt line 9, as published.
    expect(actualOutputReading('> $MSE = (\\text{Predicted Output} − \\text{Actual Output})^2$')).toBe(
      'target',
    );
    expect(actualOutputReading('the desired output is 0.01 and the actual output 0.75')).toBe('output');
    expect(actualOutputReading('actual output = 0.75')).toBe('output');
  });

  it('reads a vector of them the same way: the targets, or the outputs, each row saying which (composed, mazur)', () => {
    const mazur = goldenSpec('mazur');
    const rows = (sheet: string) =>
      checkAnswers(mazur, sheet).rows.map((r) => [r.quantity, r.verdict, r.meaning]);
    expect(rows('desired output = [0.01, 0.99]')).toEqual([
      ['t1', 'correct', undefined],
      ['t2', 'correct', undefined],
    ]);
    expect(rows('target outputs = [0.01, 0.99]')).toEqual([
      ['t1', 'correct', undefined],
      ['t2', 'correct', undefined],
    ]);
    expect(rows('actual output = [0.01, 0.99]')).toEqual([
      ['t1', 'correct', 'actual_target'],
      ['t2', 'correct', 'actual_target'],
    ]);
    expect(rows('actual outputs = [0.75136507, 0.77292847]')).toEqual([
      ['out_o1', 'correct', 'actual_output'],
      ['out_o2', 'correct', 'actual_output'],
    ]);
  });
});
