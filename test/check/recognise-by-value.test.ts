// A number without a name is matched to the one quantity with its value, when it has enough digits.
import { describe, expect, it } from 'vitest';
import { startSession } from '../../src/check/check-session.js';
import { parseGivenNumber } from '../../src/check/numbers.js';
import { recogniseByValue } from '../../src/check/recognise-by-value.js';
import { goldenSpec } from './helpers.js';

describe('recogniseByValue', () => {
  it('finds out_o1 from 0.75136507 and refuses a number with too few digits', () => {
    const session = startSession(goldenSpec('mazur'), 1e6);
    expect(recogniseByValue(session, parseGivenNumber('0.75136507')!)).toEqual([
      { quantity: { kind: 'out', l: 1, j: 0, pass: 0 }, scale: 1, note: 'by_value' },
    ]);
    expect(recogniseByValue(session, parseGivenNumber('0.7514')!)).toEqual([]);
  });
});
