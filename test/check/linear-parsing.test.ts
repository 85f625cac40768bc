// Reading a /check text is linear in its length: the worst 8000-character inputs take a bounded number of steps.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claimOf } from '../../src/check/claim.js';
import { parseAnswerSheet } from '../../src/check/answer-sheet.js';
import { checkAnswers } from '../../src/check/check-answers.js';
import { flattenLatex } from '../../src/check/latex.js';
import { resolveName } from '../../src/check/names.js';
import { splitRequestText } from '../../src/check/request-text.js';
import { expectLinearSteps } from '../helpers/linear-steps.js';
import { countSteps, repeated, WORST_CASE_LENGTH } from '../helpers/step-count.js';
import { goldenSpec } from './helpers.js';
import { CHECK_WORST_CASES } from './worst-cases.js';

const spec = goldenSpec('mazur');

/** Steps a character each parser may take at 8000 characters (measured: sheet ≤ 155 with tables, ≤ 202 with a printed array every 8 characters, name ≈ 18, whole check ≈ 133, ≤ 274 with a statement every 7 characters, ` w5=0.5`, whose steps grow ×2.0 per doubling). */
const BUDGETS = {
  parseAnswerSheet: 240,
  resolveName: 40,
  flattenLatex: 100,
  claimOf: 20,
  splitRequestText: 20,
  checkAnswers: 320,
};

const PARSERS: [keyof typeof BUDGETS, (text: string) => unknown][] = [
  ['parseAnswerSheet', parseAnswerSheet],
  ['resolveName', (text) => resolveName(text, spec)],
  ['flattenLatex', flattenLatex],
  ['claimOf', claimOf],
  ['splitRequestText', (text) => splitRequestText(text, false)],
  ['checkAnswers', (text) => checkAnswers(spec, text)],
];

describe('every /check parser takes linear work', () => {
  for (const [name, parse] of PARSERS) {
    it(`${name}: each worst case of 8000 characters stays within ${BUDGETS[name]} steps a character`, () => {
      const figures = expectLinearSteps(parse, CHECK_WORST_CASES, { stepsPerCharacter: BUDGETS[name] });
      expect(Object.keys(figures)).toHaveLength(CHECK_WORST_CASES.length);
    });
  }
});

/** Pieces of homework notation that are costly when repeated. */
const NASTY = [
  '\\Delta ',
  ' ',
  '$',
  '.',
  ',',
  '=',
  '0.5',
  'w5',
  '_',
  '{',
  '}',
  '(',
  ')',
  '\\frac{',
  '\\\\',
  '&',
  ' and ',
  'ج',
  '\n',
  ';',
  '\\hat',
  '∂',
  '/',
  '[',
  ']',
  '\\begin{bmatrix}',
  '\\end{bmatrix}',
];

describe('any text made of notation repeated', () => {
  it('is checked within the budget', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...NASTY), { minLength: 1, maxLength: 5 }), (pieces) => {
        const text = repeated(pieces.join(''), WORST_CASE_LENGTH);
        const { steps } = countSteps(() => checkAnswers(spec, text));
        expect(steps).toBeLessThanOrEqual(BUDGETS.checkAnswers * WORST_CASE_LENGTH);
      }),
      { numRuns: 25 },
    );
  });
});
