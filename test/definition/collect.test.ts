// Step 3: statements fill the network's slots once each; a slot written twice, or two ways, is an error.
import { describe, expect, it } from 'vitest';
import { collectStatements } from '../../src/definition/collect.js';
import { findStatements } from '../../src/definition/find-statements.js';
import { normaliseInput } from '../../src/definition/normalise.js';

const collect = (text: string) =>
  collectStatements(findStatements(normaliseInput(text).body, text).entries, text);

describe('collectStatements', () => {
  it('puts numbered weights, biases and units in their slots', () => {
    const { collected, errors } = collect('w1 = 0.15\nb1_2 = 0.3\ni2 = 0.1\nt1 = 0.01');
    expect(errors).toEqual([]);
    expect(collected.numbered.get(1)?.value).toBe(0.15);
    expect(collected.unitBiases.get(1)?.get(2)?.value).toBe(0.3);
    expect(collected.inputUnits.get(2)?.value).toBe(0.1);
    expect(collected.targetUnits.get(1)?.value).toBe(0.01);
  });

  it('a duplicate names the first line; two ways of writing the input conflict', () => {
    expect(collect('w1 = 0.1\nw1 = 0.2').errors[0]).toMatchObject({
      id: 'definition.duplicate_key',
      params: { firstLine: 1 },
      location: { line: 2 },
    });
    expect(collect('input: [1, 2]\ni1 = 1').errors.map((e) => e.id)).toEqual(['definition.conflicting_keys']);
    expect(collect('w1 = 0.15\nW2: [[0.4, 0.45]]').errors.map((e) => e.id)).toEqual([
      'definition.conflicting_keys',
    ]);
  });
});
