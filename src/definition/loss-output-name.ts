// `L = 0.5 * (f - y)**2`: the name a page's loss compares with its target is the name of its (one) output.
import type { PageName } from './unit-pairs.js';

/** The usual names of a target (`y`, `t`, `target`, `y_true`, `d`). */
const TARGET = /^(?:y|t|d|target|y_?true|label)$/i;
/** `(f - y)` or `(y - f)` inside a loss's formula: two plain names, the target on one side. */
const DIFFERENCE = /\(\s*([A-Za-z]\w{0,15})\s*[-−]\s*([A-Za-z]\w{0,15})\s*\)\s*(?:\*\*|\^)\s*2/;
/** A line that defines the loss: `L = …`, `loss = …`, `E = …`, `J = …`, `cost = …`. */
const LOSS_LINE = /^\s*(?:#\s*)?(?:L|loss|E|J|cost)\s*=(.{1,120})$/;

/** The output's page name, when the page's loss formula names it (one output only: never a guess among several). */
export function outputNamedByLoss(text: string, spec: Record<string, unknown>): PageName[] {
  const layers = spec.layers;
  if (!Array.isArray(layers) || layers[layers.length - 1] !== 1) return [];
  const names = new Set<string>();
  for (const line of text.split('\n')) {
    const loss = line.length <= 200 ? LOSS_LINE.exec(line) : null;
    const pair = loss ? DIFFERENCE.exec(loss[1]!) : null;
    if (!pair) continue;
    const [a, b] = [pair[1]!, pair[2]!];
    const output = TARGET.test(b) && !TARGET.test(a) ? a : TARGET.test(a) && !TARGET.test(b) ? b : undefined;
    if (output) names.add(output);
  }
  // Two different names for the output would be a guess: none then.
  if (names.size !== 1) return [];
  const [name] = [...names];
  return [{ name: name!, ref: { kind: 'unit', layer: layers.length - 1, j: 0 } }];
}
