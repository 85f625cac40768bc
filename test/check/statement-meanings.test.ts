// A statement's meanings: the pass before or after the update comes from where the sheet is.
import { describe, expect, it } from 'vitest';
import { meaningsOfStatement } from '../../src/check/statement-meanings.js';
import { parseGivenNumber } from '../../src/check/numbers.js';
import { goldenSpec } from './helpers.js';

const spec = goldenSpec('mazur');
const statement = (name: string) => ({ line: 1, segments: [name], claim: parseGivenNumber('0.5')! });
const kinds = (name: string, sawUpdate: boolean, sawBackward: boolean) =>
  meaningsOfStatement(statement(name), spec, { sawUpdate, sawBackward }).map((m) => [
    m.quantity.kind,
    m.note,
  ]);

describe('meaningsOfStatement', () => {
  it('reads an unmarked weight as the given one before the backward pass, as the new one after it', () => {
    expect(kinds('w5', false, false)).toEqual([
      ['weight', 'initial'],
      ['newWeight', 'updated'],
    ]);
    expect(kinds('w5', false, true)).toEqual([
      ['newWeight', 'updated'],
      ['weight', 'initial'],
    ]);
  });

  it('reads a forward name after an update as the second forward pass first', () => {
    const after = meaningsOfStatement(statement('out_h1'), spec, { sawUpdate: true, sawBackward: true });
    expect(after.map((m) => [m.quantity, m.note])).toEqual([
      [{ kind: 'out', l: 0, j: 0, pass: 1 }, 'after_update'],
      [{ kind: 'out', l: 0, j: 0, pass: 0 }, 'before_update'],
    ]);
  });
});
