// The session: the student's numbers so far become overrides of the true computation.
import { describe, expect, it } from 'vitest';
import { fromOwnNumbers, overrides, startSession } from '../../src/check/check-session.js';
import { goldenSpec } from './helpers.js';

describe('startSession and fromOwnNumbers', () => {
  it('computes from the recorded numbers that pass the filter, and from the truth otherwise', () => {
    const session = startSession(goldenSpec('mazur'), 1e6);
    expect(session.forms.length).toBe(session.formEvaluators.length);
    session.recorded.push({ line: 1, key: 'out:0:0:0', value: 0.6, wrong: true, diagnoses: [] });
    expect([...overrides(session, (r) => r.wrong)]).toEqual([['out:0:0:0', 0.6]]);
    expect(overrides(session, (r) => !r.wrong).size).toBe(0);
    const netO1 = { kind: 'net', l: 1, j: 0, pass: 0 } as const;
    // 0.4·0.6 + 0.45·0.596884378 + 0.6
    expect(fromOwnNumbers(session, () => true).value(netO1)).toBeCloseTo(1.10859797, 7);
    expect(fromOwnNumbers(session, () => false).value(netO1)).toBeCloseTo(session.truth.value(netO1), 12);
  });
});
