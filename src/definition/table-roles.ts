// A training-data table's header (`X1 X2 Output` over `0.1 0.3 0.03`): beside the inputs, "Output" is the desired output.
import { classifyKey } from './keys.js';

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
