// Steps 4-5: filled slots → a SPEC-FORMAT object, layer sizes inferred from counts, every default stated.
import { describe, expect, it } from 'vitest';
import { assembleSpec } from '../../src/definition/assemble-spec.js';
import { collectStatements } from '../../src/definition/collect.js';
import { findStatements } from '../../src/definition/find-statements.js';
import { normaliseInput } from '../../src/definition/normalise.js';

function assembleText(text: string) {
  const { collected, notes } = collectStatements(
    findStatements(normaliseInput(text).body, text).entries,
    text,
  );
  return assembleSpec(collected, notes, text);
}

describe('assembleSpec', () => {
  it('places w1..w8 destination-major and infers 2-2-2 from the counts', () => {
    const result = assembleText(
      'w1=1 w2=2 w3=3 w4=4 w5=5 w6=6 w7=7 w8=8 b1=0.35 b2=0.6 i1=0.05 i2=0.1 t1=0.01 t2=0.99',
    );
    expect(result.ok && result.value.spec).toMatchObject({
      layers: [2, 2, 2],
      weights: [
        [
          [1, 2],
          [3, 4],
        ],
        [
          [5, 6],
          [7, 8],
        ],
      ],
    });
    const ids = result.ok ? result.value.notes.map((n) => n.id) : [];
    expect(ids).toContain('definition.note.layers_from_numbered');
    expect(ids).toContain('definition.note.default');
  });

  it('names the missing pieces: the target, and W2 between W1 and W3', () => {
    const result = assembleText('W1: [[1, 2]]\nW3: [[1]]\nb1: 0\ninput: [1, 2]');
    expect(result.ok ? [] : result.error.map((e) => e.id)).toEqual([
      'definition.missing_field',
      'definition.missing_matrices',
    ]);
  });
});
