// A training-data table's header (`X1 X2 Output` over `0.1 0.3 0.03`): beside the inputs, "Output" is the desired output.
import type { Note } from './defaults.js';
import { classifyKey } from './keys.js';
import { plainMathText } from './math-alphanumerics.js';
import type { Entry } from './scan.js';
import { lineAndColumn, originOf } from './source.js';

/** Words a data table heads its answer column with (the sample's output, never the network's computed one). */
const OUTPUT_COLUMN = /^(?:outputs?|out|خروجی)$/i;

/**
 * The field each header cell stands for when its own name does not say it: the one Output column of a
 * header that also names inputs and no target is `target`; every other cell keeps its name (undefined).
 */
export function tableColumnRoles(header: string[]): (string | undefined)[] {
  const refs = header.map((name) => classifyKey(name));
  const names = (kind: 'input' | 'target') =>
    refs.some((ref) => ref?.kind === `${kind}Unit` || (ref?.kind === 'field' && ref.field === kind));
  const outputs = header.filter((name) => OUTPUT_COLUMN.test(name));
  if (outputs.length !== 1 || !names('input') || names('target')) return header.map(() => undefined);
  return header.map((name) => (OUTPUT_COLUMN.test(name) ? 'target' : undefined));
}

/**
 * The note for an Output column read as the target (said, as every reading is): found by a `target` statement
 * whose key stands on a header cell that says Output.
 */
export function outputColumnNotes(entries: Entry[], original: string): Note[] {
  return entries.flatMap((entry) => {
    if (entry.ref?.kind !== 'field' || entry.ref.field !== 'target' || entry.key.text.trim() !== 'target')
      return [];
    const start = originOf(entry.key);
    // The header cell as written (`𝐎𝐮𝐭𝐩𝐮𝐭` is 12 UTF-16 units): its first word, made plain.
    const cell = plainMathText(original.slice(start, start + 24)).split(/\s/)[0] ?? '';
    if (!OUTPUT_COLUMN.test(cell)) return [];
    const { line } = lineAndColumn(original, start);
    return [{ id: 'definition.note.output_column_target', params: { name: cell, line } }];
  });
}
