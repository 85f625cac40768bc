// Reading a definition is linear in its length: the worst 8000-character inputs take a bounded number of steps.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDefinition } from '../../src/definition/index.js';
import { expectLinearSteps } from '../helpers/linear-steps.js';
import { countSteps, repeated, WORST_CASE_LENGTH } from '../helpers/step-count.js';
import { DEFINITION_WORST_CASES } from './worst-cases.js';

/** Pieces of the grammar that are costly when repeated. */
const NASTY = [
  '[',
  ']',
  '(',
  ')',
  ' ',
  '\n',
  ',',
  ';',
  ':',
  '=',
  '"',
  '$',
  '.',
  '1',
  'w1',
  '{',
  '}',
  '\\',
  '-',
  '_',
  '#',
];

describe('reading a definition takes linear work', () => {
  it('every worst case of 8000 characters stays within its step budget and grows linearly', () => {
    const figures = expectLinearSteps(parseDefinition, DEFINITION_WORST_CASES, { stepsPerCharacter: 800 });
    expect(Object.keys(figures)).toHaveLength(DEFINITION_WORST_CASES.length);
  });

  it('any 8000 characters made of the grammar repeated stay within the budget', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...NASTY), { minLength: 1, maxLength: 6 }), (pieces) => {
        const text = repeated(pieces.join(''), WORST_CASE_LENGTH);
        const { value, steps } = countSteps(() => parseDefinition(text));
        expect(value.ok || value.error.length > 0).toBe(true);
        // The budget is a constant per character (',_1:' repeated costs ~630); the growth check is what proves
        // linearity, so a random seed cannot fail a linear parser with a costly constant.
        expect(steps).toBeLessThanOrEqual(800 * WORST_CASE_LENGTH);
        const half = countSteps(() =>
          parseDefinition(repeated(pieces.join(''), WORST_CASE_LENGTH / 2)),
        ).steps;
        expect(steps / Math.max(1, half)).toBeLessThanOrEqual(2.6);
      }),
      { numRuns: 40 },
    );
  });
});

describe('nesting', () => {
  it('deeper than the limit is a located error, not a crash', () => {
    const text = `layers: 2-2\nw1: ${'['.repeat(3000)}${']'.repeat(3000)}`;
    const result = parseDefinition(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error[0]?.id).toBe('definition.too_deep');
    expect(result.error[0]?.location).toMatchObject({ line: 2, column: 5 + 16 });
  });

  it('a matrix list three levels deep is well inside the limit', () => {
    const result = parseDefinition(
      'layers: 1-1-1\ninput: 1\ntarget: 1\nweights: [[[0.5]], [[0.25]]]\nbiases: [0, 0]',
    );
    expect(result.ok).toBe(true);
  });
});
