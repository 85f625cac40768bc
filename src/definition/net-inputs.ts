// `u_1 = w_{11} x_1 + w_{12} x_2 + b_1 = 0.5 × 3 + 0.5 × 4 + 0.5 = 4`: Japanese and German notes (and Haykin's v)
// name a unit's net input u or v, a weighted sum of the page's weights, never a per-layer weight (layer-weights.ts).
import { forwardPass } from '../core/index.js';
import type { UserError } from '../errors.js';
import type { Note } from './defaults.js';
import type { ParsedDefinition } from './parse.js';
import type { Entry } from './scan.js';
import { lineAndColumn, originOf, type MappedText } from './source.js';

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

/** Per-layer letters u/v left over beside numbered weights (`u1 = 0.3775` beside w1…w8): their statements. */
export function looseNetInputs(errors: readonly UserError[], entries: readonly Entry[]): Entry[] | undefined {
  if (!errors.some((e) => e.id === 'definition.layer_weights_unplaced')) return undefined;
  const letters = entries.filter((e) => e.ref?.kind === 'layerWeight' && /^[uv]$/i.test(e.ref.letter));
  const numbered = entries.some((e) => e.ref?.kind === 'weight');
  return numbered && letters.length > 0 ? letters : undefined;
}

/** The unit (`h1`, `h2_1`, `o1`) whose net input the page's number is, to the digits it gives; else undefined. */
function unitOf(stated: string, net: number[][]): string | undefined {
  const value = Number(stated);
  const digits = stated.split('.')[1]?.length ?? 0;
  const close = (x: number) => Math.abs(x - value) <= 0.5 * 10 ** -digits + 1e-12;
  const hidden = net.length - 1;
  for (const [l, layer] of net.entries()) {
    const j = layer.findIndex(close);
    if (j < 0) continue;
    if (l === hidden) return `o${j + 1}`;
    return hidden === 1 ? `h${j + 1}` : `h${l + 1}_${j + 1}`;
  }
  return undefined;
}

/**
 * The note for statements the network was read without: the units whose net inputs they are by the page's own
 * numbers; undefined when one is no net input (then they may be weights the page misnamed: the refusal stands).
 */
export function netInputsNote(
  loose: readonly Entry[],
  parsed: ParsedDefinition,
  original: string,
): Note | undefined {
  const { spec } = parsed;
  const { net } = forwardPass(spec, spec.weights, spec.biases);
  const units = loose.map((e) => unitOf(e.value.text.trim(), net));
  if (!units.every((u): u is string => u !== undefined)) return undefined;
  const names = loose.map((e) => e.key.text.trim()).join(', ');
  const lines = [...new Set(loose.map((e) => lineAndColumn(original, originOf(e.key)).line))].join(', ');
  return { id: 'definition.note.net_inputs_read', params: { names, lines, units: units.join(', ') } };
}
