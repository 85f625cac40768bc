// Each judging step alone, on the classic network: ✓ by the digits, ≈ by own rounding, → carried, ✗ by a mistake.
import { describe, expect, it } from 'vitest';
import { remember } from '../../src/check/check-row.js';
import { startSession, type CheckSession } from '../../src/check/check-session.js';
import { matchCarried } from '../../src/check/judge-carried.js';
import { matchOwnRounding, matchTrueValue } from '../../src/check/judge-correct.js';
import { matchMistake } from '../../src/check/judge-mistake.js';
import { judge } from '../../src/check/judge.js';
import type { Meaning } from '../../src/check/names.js';
import { parseGivenNumber } from '../../src/check/numbers.js';
import type { Quantity } from '../../src/check/quantities.js';
import { goldenSpec } from './helpers.js';

const spec = goldenSpec('mazur');
const given = (text: string) => parseGivenNumber(text)!;
const meaning = (quantity: Quantity): Meaning[] => [{ quantity, scale: 1 }];
const outH1: Quantity = { kind: 'out', l: 0, j: 0, pass: 0 };
const netO1: Quantity = { kind: 'net', l: 1, j: 0, pass: 0 };
const outO1: Quantity = { kind: 'out', l: 1, j: 0, pass: 0 };
const dEdOutO1: Quantity = { kind: 'dE_dOut', l: 1, j: 0 };
const newW5: Quantity = { kind: 'newWeight', l: 1, j: 0, i: 0 };

/** A session that has already read `out_o1 = text` (and judged it as `judge` does). */
function afterStating(quantity: Quantity, text: string): CheckSession {
  const session = startSession(spec, 1e6);
  const claim = given(text);
  const statement = { line: 1, segments: ['x'], claim };
  remember(session, statement, judge(session, claim, meaning(quantity)));
  return session;
}

describe('matchTrueValue', () => {
  it('accepts the true value rounded or truncated to the digits given, nothing else', () => {
    const session = startSession(spec, 1e6);
    expect(matchTrueValue(session, given('0.5933'), meaning(outH1))?.verdict).toBe('correct');
    expect(matchTrueValue(session, given('0.5932'), meaning(outH1))?.verdict).toBe('correct');
    expect(matchTrueValue(session, given('0.5934'), meaning(outH1))).toBeUndefined();
  });
});

describe('matchOwnRounding', () => {
  it("accepts a number that follows from the student's own rounded (correct) value", () => {
    const session = afterStating(outH1, '0.59');
    // net_o1 = 0.4·0.59 + 0.45·0.596884378 + 0.6 = 1.10459797 (true 1.10590597).
    expect(matchTrueValue(session, given('1.1046'), meaning(netO1))).toBeUndefined();
    expect(matchOwnRounding(session, given('1.1046'), meaning(netO1))).toMatchObject({
      verdict: 'correct',
      approximate: true,
    });
  });
});

describe('matchCarried', () => {
  it("marks a number computed correctly from the student's earlier wrong one as carried", () => {
    const session = afterStating(outO1, '0.8000');
    expect(matchCarried(session, given('0.7900'), meaning(dEdOutO1))).toMatchObject({
      verdict: 'carried',
      carriedFrom: [expect.objectContaining({ line: 1 })],
    });
    expect(matchCarried(session, given('0.7000'), meaning(dEdOutO1))).toBeUndefined();
  });
});

describe('matchMistake', () => {
  it('names the catalogued mistake that reproduces a wrong number', () => {
    const session = startSession(spec, 1e6);
    // w5 + η·∂E/∂w5 = 0.4 + 0.5·0.082167 = 0.441084.
    expect(matchMistake(session, given('0.4411'), meaning(newW5))).toMatchObject({
      verdict: 'incorrect',
      diagnoses: ['sign_flip'],
    });
    expect(matchMistake(session, given('0.1234'), meaning(newW5))).toBeUndefined();
  });
});

describe('judge', () => {
  it('takes the first step that fits, and says ✗ without a diagnosis when none does', () => {
    const session = startSession(spec, 1e6);
    expect(judge(session, given('0.1234'), meaning(newW5))).toEqual({
      meaning: meaning(newW5)[0],
      verdict: 'incorrect',
    });
  });
});
