// A markdown table whose cells are statements (`| x0 | v01 = 0.44 | v02 = 0.25 |`): one statement per cell.
import { describe, expect, it } from 'vitest';
import { normaliseInput } from '../../src/definition/normalise.js';
import { fromString, originOf } from '../../src/definition/source.js';
import { statementCells } from '../../src/definition/statement-cells.js';
import { loadSnippet } from '../real-world/snippets.js';

describe('statementCells', () => {
  // The Indonesian notes' "Bobot Input - Hidden" table (snippets/indonesian-fausett-biases.md).
  const page = loadSnippet('indonesian-fausett-biases');
  const row = page.text.split('\n').find((l) => l.startsWith('| x0'))!;

  it('reads each cell of a row of statements, without the row’s unit name', () => {
    expect(row).toBe('| x0   | v01 = 0.44 | v02 = 0.25 |');
    expect(statementCells(fromString(row))?.map((cell) => cell.text)).toEqual([
      'v01 = 0.44\n',
      'v02 = 0.25\n',
    ]);
  });

  it('keeps where each statement was written', () => {
    const cells = statementCells(fromString(row))!;
    expect(originOf(cells[1]!, 0)).toBe(row.indexOf('v02'));
  });

  it('leaves a row without a statement in a cell, or with prose around one, to the other readings', () => {
    expect(statementCells(fromString('| w14 | 0.2 |'))).toBeUndefined();
    expect(statementCells(fromString('| z0 | the bias w01 = 0.56 of the output |'))).toBeUndefined();
    expect(statementCells(fromString('x0 v01 = 0.44'))).toBeUndefined();
  });

  it('turns the page’s weight tables into statements when the text is normalised', () => {
    const text = normaliseInput(page.text).body.text;
    for (const statement of ['v01 = 0.44', 'v22 = 0.1', 'w01 = 0.56', 'w21 = 0.95'])
      expect(text.split('\n').map((l) => l.trim())).toContain(statement);
  });
});
