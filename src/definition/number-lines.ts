// Where each of a pasted page's numbers came from: one note naming the line(s) of the input, target, weights…
import type { Note } from './defaults.js';
import type { Entry } from './scan.js';
import { lineAndColumn, originOf, trim } from './source.js';
import type { PageName } from './unit-pairs.js';

/** Spec fields worth a line number, in the order the note names them (activation and loss notes name their own). */
const ORDER = ['input', 'target', 'data', 'layers', 'weights', 'learningRate'];

/** `weights[1]` → `W2`, `learningRate` → `η`: the names of our one-line notation. */
function label(field: string): string | undefined {
  const layer = /^(weights|biases)\[(\d+)\]$/.exec(field);
  if (layer) return `${layer[1] === 'weights' ? 'W' : 'b'}${Number(layer[2]) + 1}`;
  if (field === 'learningRate') return 'η';
  return ORDER.includes(field) ? field : undefined;
}

/** Weights and biases layer by layer (W1 · b1 · W2 · b2), the rest in ORDER. */
function rank(field: string): number {
  const layer = /^(weights|biases)\[(\d+)\]$/.exec(field);
  if (!layer) return ORDER.indexOf(field) * 1000;
  return ORDER.indexOf('weights') * 1000 + Number(layer[2]) * 2 + (layer[1] === 'biases' ? 1 : 0);
}

/** The field a scalar statement (`x1 = 1`, `b1_2 = 0.1`, `w14 = 0.2`, `v1 = 0.5`) was read into, if known. */
function fieldOf(entry: Entry, names: Map<string, PageName['ref']>): string | undefined {
  const ref = entry.ref;
  if (!ref) return undefined;
  if (ref.kind === 'inputUnit') return 'input';
  if (ref.kind === 'targetUnit') return 'target';
  if (ref.kind === 'unitBias' || ref.kind === 'bias') return `biases[${ref.layer - 1}]`;
  const name = ref.kind === 'arrowWeight' ? `w(${ref.from}→${ref.to})` : entry.key.text.trim();
  const placed = names.get(name) ?? (ref.kind === 'arrowBias' ? names.get(`b(${ref.unit})`) : undefined);
  if (placed?.kind === 'weight') return `weights[${placed.l}]`;
  if (placed?.kind === 'bias') return `biases[${placed.l}]`;
  return undefined;
}

/** How many separate lines or runs of lines one field names before "…". */
export const MAX_RUNS = 3;

/** "22–23, 25": sorted line numbers, runs joined by an en dash. */
function ranges(lines: Set<number>): string {
  const sorted = [...lines].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let k = 0; k < sorted.length; k++) {
    const start = sorted[k]!;
    while (sorted[k + 1] === sorted[k]! + 1) k++;
    runs.push(start === sorted[k] ? String(start) : `${start}–${sorted[k]}`);
  }
  // A field spread over many lines is named by its first few: the line must not crowd the other notes out.
  return runs.length > MAX_RUNS ? `${runs.slice(0, MAX_RUNS).join(', ')}, …` : runs.join(', ');
}

/**
 * `definition.note.number_lines` with `parts` = "input=17;target=18;W1=22–23;η=40": the line(s) each field came
 * from. `sources` holds the first statement behind each field; `entries` adds the rest (one weight a line).
 */
export function numberLinesNote(
  sources: Map<string, Entry>,
  entries: Entry[],
  pageNames: PageName[],
  original: string,
): Note | undefined {
  const names = new Map(pageNames.map((n) => [n.name, n.ref]));
  const lines = new Map<string, Set<number>>();
  const add = (field: string, entry: Entry) => {
    if (!label(field)) return;
    const value = trim(entry.value);
    const set = lines.get(field) ?? new Set<number>();
    set.add(lineAndColumn(original, originOf(entry.key)).line);
    // The value's own lines (a table's row below its header; a matrix over several lines), not those between.
    const first = value.text ? lineAndColumn(original, originOf(value)).line : 0;
    const last = value.text ? lineAndColumn(original, originOf(value, value.text.length - 1)).line : -1;
    for (let line = first; line <= last; line++) set.add(line);
    lines.set(field, set);
  };
  // `sources` keeps one statement per field, even one weight of many (w11 for every layer): those are placed below.
  for (const [field, entry] of sources) if (!fieldOf(entry, names)) add(field, entry);
  for (const entry of entries) {
    const field = fieldOf(entry, names);
    if (field) add(field, entry);
  }
  if (lines.size === 0) return undefined;
  const parts = [...lines]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([field, set]) => `${label(field)}=${ranges(set)}`);
  return { id: 'definition.note.number_lines', params: { parts: parts.join(';') } };
}
