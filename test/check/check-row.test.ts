// Rows of the report and what the session remembers of each judged statement.
import { describe, expect, it } from 'vitest';
import { judgedRow, remember, unrecognisedRow } from '../../src/check/check-row.js';
import { startSession } from '../../src/check/check-session.js';
import { parseGivenNumber } from '../../src/check/numbers.js';
import { scoreOf } from '../../src/check/report.js';
import { goldenSpec } from './helpers.js';

const claim = parseGivenNumber('0.4411')!;
const statement = { line: 3, segments: [' w5 new '], claim };
const newW5 = { kind: 'newWeight', l: 1, j: 0, i: 0 } as const;

describe('judgedRow and remember', () => {
  it('writes the canonical name, the right value unless hidden, and records the number as wrong', () => {
    const session = startSession(goldenSpec('mazur'), 1e6);
    const finding = { meaning: { quantity: newW5, scale: 1 }, verdict: 'incorrect' as const };
    expect(judgedRow(session, statement, finding, false)).toMatchObject({
      line: 3,
      name: 'w5 new',
      quantity: 'w5+',
      given: 0.4411,
      givenText: '0.4411',
      expected: expect.closeTo(0.35891648, 7),
      verdict: 'incorrect',
    });
    expect(judgedRow(session, statement, finding, true).expected).toBeUndefined();
    remember(session, statement, finding);
    expect(session.recorded).toEqual([
      { line: 3, key: 'newWeight:1:0:0', value: 0.4411, wrong: true, diagnoses: [] },
    ]);
    expect(session.context).toEqual({ sawUpdate: true, sawBackward: true });
  });

  it('scores an unrecognised row apart from the recognised ones', () => {
    const rows = [unrecognisedRow(statement), { ...unrecognisedRow(statement), verdict: 'carried' as const }];
    expect(scoreOf(rows)).toEqual({
      correct: 0,
      carried: 1,
      incorrect: 0,
      unrecognized: 1,
      total: 1,
      points: 1,
    });
  });
});
