// `u_1 = w_{11} x_1 + w_{12} x_2 + b_1 = 0.5 × 3 + 0.5 × 4 + 0.5 = 4`: Japanese and German notes (and Haykin's v)
// name a unit's net input u or v, a weighted sum of the page's weights, never a per-layer weight (layer-weights.ts).
import type { Entry } from './scan.js';
import { originOf, type MappedText } from './source.js';

/** A `u1`/`v_1` whose right-hand side multiplies a weight name before any further `=` (`u1 = w1*x1 + …`). */
const NET_INPUT = /(?<![\w\\])[uv]_?\{?\d{1,2}\}?(?=\s*=[^=\n]*?(?<![\w\\])[wW]_?[{(]?\d)/g;

/** The original offsets of every such name in the page's lines (read before a chain is cut to its last number). */
export function netInputKeys(lines: readonly MappedText[]): Set<number> {
  const at = new Set<number>();
  for (const line of lines)
    for (const match of line.text.matchAll(NET_INPUT)) at.add(originOf(line, match.index));
  return at;
}

/** Whether the entry states one of those net inputs: its value is working, not a weight of the network. */
export function isNetInput(entry: Entry, keys: ReadonlySet<number>): boolean {
  const start = entry.key.text.search(/\S/);
  return start >= 0 && keys.has(originOf(entry.key, start));
}
