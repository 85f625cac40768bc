// The real-homework corpus: each case's key agrees with its network, and reading never falls below its floor.
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../bench/corpus/cases.js';
import { readFloors, regressions } from '../../bench/corpus/floors.js';
import { scoreCase } from '../../bench/corpus/score.js';
import { verifyCase } from '../../bench/corpus/verify.js';

const cases = loadCorpus();
const floors = readFloors();

describe('real-homework corpus', () => {
  it('holds the cases the floors name, and a floor for every case (npm run corpus -- --update-floors)', () => {
    expect(Object.keys(floors).sort()).toEqual(cases.map((c) => c.name));
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s: the key is what the core computes', (_name, c) => {
    expect(verifyCase(c)).toEqual([]);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s: read at least as well as its floor', (name, c) => {
    expect(regressions(scoreCase(c), floors[name]!)).toEqual([]);
  });
});
