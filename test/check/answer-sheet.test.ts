// Answer sheets as written: statements across lines, LaTeX environments, prose around numbers, Persian digits.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mathInCodeString, parseAnswerSheet } from '../../src/check/answer-sheet.js';
import { checkAnswers } from '../../src/check/check-answers.js';
import { agreesToGivenDigits, parseGivenNumber, withinOneUnit } from '../../src/check/numbers.js';
import { fixture, goldenSpec } from './helpers.js';

const claims = (text: string) => parseAnswerSheet(text).map((s) => [s.line, s.segments[0], s.claim.text]);

describe('parseGivenNumber', () => {
  it('reads the digits a student wrote and what they promise', () => {
    expect(parseGivenNumber('0.5932')).toMatchObject({ value: 0.5932, quantum: 1e-4, significantDigits: 4 });
    expect(parseGivenNumber('−0.0381')).toMatchObject({ value: -0.0381 });
    expect(parseGivenNumber('.05')).toMatchObject({ value: 0.05, quantum: 0.01 });
    expect(parseGivenNumber('4.386e-4')!.value).toBeCloseTo(4.386e-4, 15);
    expect(parseGivenNumber('4.386e-4')!.quantum).toBeCloseTo(1e-7, 20);
    expect(parseGivenNumber('4.386 \\times 10^{-4}')!.value).toBeCloseTo(4.386e-4, 15);
    expect(parseGivenNumber('۰٫۵۹۳۲')).toMatchObject({ value: 0.5932, quantum: 1e-4 });
    expect(parseGivenNumber('0.3 * 1')).toBeUndefined();
    expect(parseGivenNumber('w5')).toBeUndefined();
  });

  it('accepts the true value rounded or truncated to the digits given, nothing else', () => {
    const given = (t: string) => parseGivenNumber(t)!;
    expect(agreesToGivenDigits(0.59327, given('0.5933'))).toBe(true); // rounded
    expect(agreesToGivenDigits(0.59327, given('0.5932'))).toBe(true); // truncated (the course notes)
    expect(agreesToGivenDigits(0.59327, given('0.5931'))).toBe(false);
    expect(agreesToGivenDigits(-0.0380982, given('-0.0380'))).toBe(true);
    expect(agreesToGivenDigits(-0.0380982, given('0.0380'))).toBe(false);
    // A whole number is not "0.74 rounded" nor "1.09 truncated".
    expect(agreesToGivenDigits(0.7413, given('1'))).toBe(false);
    expect(agreesToGivenDigits(1.0959, given('1'))).toBe(false);
    expect(agreesToGivenDigits(1, given('1'))).toBe(true);
    expect(withinOneUnit(0.29832905, given('0.2983'))).toBe(true);
    expect(withinOneUnit(0.29845, given('0.2983'))).toBe(false);
  });
});

describe('parseAnswerSheet', () => {
  it('takes the last number of each statement as the claim and records its line', () => {
    expect(claims('h1 = σ(0.3775) = 0.5932\n\nw5+ = 0.4 - 0.5 * 0.0822 = 0.3589')).toEqual([
      [1, 'h1', '0.5932'],
      [3, 'w5+', '0.3589'],
    ]);
  });

  it('joins a statement continued on the next lines (`Error =` then the value; `= …` rows)', () => {
    const text =
      'Error = \n$$\\frac{(0.01-0.7513)^2}{2} = 0.2748$$\n\n$$\\Delta_{(h_2, o)} = \\frac{\\partial L}{\\partial h_2} = (a) + (b)$$\n$$= (0.1) + (0.2) = 0.1806$$';
    expect(claims(text)).toEqual([
      [1, 'Error', '0.2748'],
      [4, 'Δ_{(h_2, o)}', '0.1806'],
    ]);
  });

  it('splits aligned rows at \\\\ and several statements on one line', () => {
    const text =
      '\\begin{split} &\\Delta w_4 = 0.3 * 0.1 \\\\ &= 0.03 \\\\ &w_1 = 0.15 - 0.0005 = 0.1495 \\end{split}\nw5 = 0.35, w6 = 0.41; w7 = 0.51';
    expect(claims(text)).toEqual([
      [1, 'Δ w_4', '0.03'],
      [1, 'w_1', '0.1495'],
      [2, 'w5', '0.35'],
      [2, 'w6', '0.41'],
      [2, 'w7', '0.51'],
    ]);
  });

  it('keeps prose after a number but not an expression, and ignores definitions and formulas', () => {
    expect(claims('out_h1 = 0.5933 so the unit is active')).toEqual([[1, 'out_h1', '0.5933']]);
    expect(claims('h1 = 0.5932 (truncated)')).toEqual([[1, 'h1', '0.5932']]);
    expect(claims('x = 0.5968 (1 - 0.5968)')).toEqual([]);
    expect(claims('x = 0.3 * 1 * 0.5968')).toEqual([]);
    expect(claims("$sigmoid := \\sigma$\n$$\\sigma'(x) = (1 - \\sigma(x)) \\sigma(x)$$")).toEqual([]);
    expect(claims('خروجی h1 برابر است با h1 = ۰٫۵۹۳۳')).toEqual([[1, 'خروجی h1 برابر است با h1', '0.5933']]);
  });
});

describe('the whole course notes file', () => {
  it('finds statements only in the worked exercise (no spurious rows from the essay questions)', () => {
    const notes = readFileSync(
      fileURLToPath(new URL('../fixtures/seed/000_5fee2a8092487cbf.txt', import.meta.url)),
      'utf8',
    );
    const whole = checkAnswers(goldenSpec('seed-q6'), notes);
    const q6 = checkAnswers(goldenSpec('seed-q6'), fixture('course-q6-answer.txt'));
    const offset = whole.rows[0]!.line - q6.rows[0]!.line;
    expect(
      whole.rows.map((r) => ({
        ...r,
        line: r.line - offset,
        carriedFrom: r.carriedFrom?.map((l) => l - offset),
      })),
    ).toEqual(q6.rows);
  });
});

describe('several statements typed on one line (a chat option)', () => {
  it('starts a new statement where a number is followed by a new name and =', () => {
    expect(claims('out_o1 = 0.7514  E_total = 0.5967 w5+ = 0.4 - 0.5 * 0.0822 = 0.3589')).toEqual([
      [1, 'out_o1', '0.7514'],
      [1, 'E_total', '0.5967'],
      [1, 'w5+', '0.3589'],
    ]);
    expect(claims('h1 = σ(0.3775) = 0.5932  Δw5 = 0.0332')).toEqual([
      [1, 'h1', '0.5932'],
      [1, 'Δw5', '0.0332'],
    ]);
    // Arithmetic between numbers is not a new statement.
    expect(claims('net_h1 = 0.15 * 0.05 + 0.2 * 0.1 + 0.35 * 1 = 0.3775')).toEqual([[1, 'net_h1', '0.3775']]);
  });
});

describe('math inside code strings', () => {
  it('takes the string of a line of code that opens with $, undoing \\\\ and quote escapes; leaves other lines', () => {
    expect(
      mathInCodeString(
        String.raw`ax.text(1, 1.8, '$w_2^{new} = 0.8 - 0.1 \\times (-0.12) = 0.812$', fontsize=10)`,
      ),
    ).toBe(String.raw`$w_2^{new} = 0.8 - 0.1 \times (-0.12) = 0.812$`);
    expect(mathInCodeString(String.raw`    '$\\sigma\'(\\cdot) = 0.17$',`)).toBe(
      String.raw`$\sigma'(\cdot) = 0.17$`,
    );
    expect(mathInCodeString('h1 = $0.59$ and the price is $5')).toBe('h1 = $0.59$ and the price is $5');
    expect(mathInCodeString("print('$x = 1")).toBe("print('$x = 1");
  });
});

describe('a name alone on the row before aligned rows', () => {
  it('takes `\\frac{\\partial L}{\\partial w_5}` then `&= … \\\\[10pt]` rows as one statement (keonhee)', () => {
    const sheet = [
      '$$',
      '\\begin{aligned}',
      '\\frac{\\partial L}{\\partial w_5}',
      '&= \\frac{\\partial L}{\\partial \\hat{y_1}} \\cdot \\frac{\\partial \\hat{y_1}}{\\partial w_5} \\\\[10pt]',
      '&= -2(y_1 - \\hat{y_1}) \\cdot a_1 \\\\[10pt]',
      '&= -0.227',
      '\\end{aligned}',
      '$$',
    ].join('\n');
    const [statement] = parseAnswerSheet(sheet);
    expect([statement!.line, statement!.segments[0], statement!.claim.value]).toEqual([
      3,
      '(∂ L)/(∂ w_5)',
      -0.227,
    ]);
  });
});
