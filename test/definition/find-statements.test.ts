// Step 2: statements with their places; strict for plain notation, math plus prose for LaTeX homework.
import { describe, expect, it } from 'vitest';
import { findStatements } from '../../src/definition/find-statements.js';
import { lineAndColumn, originOf } from '../../src/definition/source.js';
import { normaliseInput } from '../../src/definition/normalise.js';

const find = (text: string) => findStatements(normaliseInput(text).body, text);

describe('findStatements', () => {
  it('finds each key and value with its line and column', () => {
    const text = 'lr: 0.5\nw1 = 0.15 w2 = 0.2';
    const found = find(text);
    expect(found.latex).toBe(false);
    expect(found.entries.map((e) => [e.key.text.trim(), e.value.text])).toEqual([
      ['lr', '0.5'],
      ['w1', '0.15'],
      ['w2', '0.2'],
    ]);
    expect(lineAndColumn(text, originOf(found.entries[2]!.key))).toEqual({ line: 2, column: 11 });
  });

  it('reports a line that is no statement in plain notation', () => {
    expect(find('hello there\nlr: 0.5').errors.map((e) => e.id)).toEqual(['definition.expected_key_value']);
  });

  it('reads LaTeX math and skips the prose around it, naming what it skipped', () => {
    const found = find(String.raw`Error: see below. Given $w_{1} = 0.15$ and \eta = 0.5`);
    expect(found.latex).toBe(true);
    expect(found.entries.map((e) => e.key.text.trim())).toEqual(['w_1', 'eta']);
    expect(found.ignored).toContain('Error');
  });
});
