// Weights named layer by layer (`w11…w22` under "Weights W1:", `v1, v2` into the output, `u`/`v`/`w` as textbooks
// letter their layers) → the matrices. Each name's layer comes from its label, else from the one order of the
// letters that the layer sizes fit; which index of a pair is the source is an open reading the page may settle.
import type { Matrix } from '../core/types.js';
import type { UserError } from '../errors.js';
import type { Collected, Found, LayerWeight } from './collect.js';
import type { Note } from './defaults.js';
import { definitionError } from './errors.js';
import { lineAndColumn, originOf } from './source.js';
import type { PairReading } from './unit-pairs.js';
import { splitZeroSource, zeroSourceBiases } from './zero-source-biases.js';

/** The names of one layer: those under one label, or those of one letter where no label said. */
interface Group {
  layer?: number;
  names: LayerWeight[];
}

/** One way to read every group: the layer each goes into and, for pairs, whether the first index is the source. */
interface Placement {
  layerOf: number[];
  sourceFirst: boolean[];
  sizes: number[];
}

const LETTER_ONLY = /^([uvw])_?\{?(\d)(?:[,_]?(\d))?\}?$/i;

/** `w11`, `w1` read as numbered weights: per-layer names too when a page also writes `v1, v2`. */
export function asLayerWeights(numbered: Map<number, Found<number>>): LayerWeight[] | undefined {
  const out: LayerWeight[] = [];
  for (const found of numbered.values()) {
    const match = LETTER_ONLY.exec(found.entry.key.text.replace(/\s+/g, ''));
    // `w01` (from unit 0, Fausett's bias) has a second index; a lone `w0` is no weight.
    if (!match || (match[2] === '0' && !match[3]) || match[3] === '0') return undefined;
    out.push({ ...found, letter: 'w', indices: [Number(match[2]), ...(match[3] ? [Number(match[3])] : [])] });
  }
  return out;
}

/** Numbered weights beside per-layer names that are not per-layer names themselves (`w5` with `v1`). */
function unplaced(numbered: Collected['numbered'], original: string): UserError {
  const first = [...numbered.values()][0]!.entry;
  return definitionError(
    'definition.unreadable_pairs',
    { names: [...numbered.values()].map((f) => f.entry.key.text.trim()).join(', ') },
    { original, piece: first.key },
    'layers: 2-2-1',
  );
}

function groupsOf(weights: LayerWeight[]): Group[] {
  const groups = new Map<string, Group>();
  for (const weight of weights) {
    const id = weight.layer !== undefined ? `layer ${weight.layer}` : `letter ${weight.letter}`;
    if (!groups.has(id))
      groups.set(id, { ...(weight.layer !== undefined ? { layer: weight.layer } : {}), names: [] });
    groups.get(id)!.names.push(weight);
  }
  return [...groups.values()];
}

/** Sources and destinations of a group read one way, or undefined when its names do not make a full layer. */
function shapeOf(group: Group, sourceFirst: boolean): { sources: number; destinations: number } | undefined {
  const pairs = group.names.every((n) => n.indices.length === 2);
  const singles = group.names.every((n) => n.indices.length === 1);
  if (!pairs && !singles) return undefined;
  const distinct = new Set(group.names.map((n) => n.indices.join(',')));
  if (distinct.size !== group.names.length) return undefined;
  const first = Math.max(...group.names.map((n) => n.indices[0]!));
  if (singles) return group.names.length === first ? { sources: first, destinations: 1 } : undefined;
  const second = Math.max(...group.names.map((n) => n.indices[1]!));
  if (group.names.length !== first * second) return undefined;
  return sourceFirst ? { sources: first, destinations: second } : { sources: second, destinations: first };
}

/** Every order of the unlabelled groups into the layers the labels left free (at most 3! orders). */
function layerOrders(groups: Group[]): number[][] {
  const depth = groups.length;
  const taken = new Set(groups.flatMap((g) => (g.layer !== undefined ? [g.layer] : [])));
  if (taken.size !== groups.filter((g) => g.layer !== undefined).length) return [];
  if ([...taken].some((layer) => layer > depth)) return [];
  const free = Array.from({ length: depth }, (_, k) => k + 1).filter((layer) => !taken.has(layer));
  const open = groups.flatMap((g, k) => (g.layer === undefined ? [k] : []));
  if (open.length > 3) return [];
  const orders: number[][] = [];
  const permute = (rest: number[], chosen: number[]) => {
    if (rest.length === 0) {
      const layerOf = groups.map((g) => g.layer ?? 0);
      open.forEach((k, n) => (layerOf[k] = chosen[n]!));
      orders.push(layerOf);
      return;
    }
    rest.forEach((layer, k) => permute([...rest.slice(0, k), ...rest.slice(k + 1)], [...chosen, layer]));
  };
  permute(free, []);
  return orders;
}

/** More layers of names than this are not tried every way (2^layers orders): a page has two or three. */
const MAX_GROUPS = 5;

/** Every placement whose layers chain from the inputs to the outputs. */
function placements(groups: Group[], inputs: number, outputs: number): Placement[] {
  const found: Placement[] = [];
  if (groups.length > MAX_GROUPS) return found;
  // Each group's shape read either way, once: a placement is then a walk over the groups.
  const shapes = groups.map((group) => [shapeOf(group, false), shapeOf(group, true)] as const);
  for (const layerOf of layerOrders(groups)) {
    const inLayer = groups.map((_, k) => k).sort((a, b) => layerOf[a]! - layerOf[b]!);
    for (let bits = 0; bits < 2 ** groups.length; bits++) {
      const sourceFirst = groups.map((_, k) => Boolean((bits >> k) & 1));
      const sizes = [inputs];
      const fits = inLayer.every((k) => {
        const shape = shapes[k]![sourceFirst[k] ? 1 : 0];
        if (!shape || shape.sources !== sizes.at(-1)) return false;
        sizes.push(shape.destinations);
        return true;
      });
      if (fits && sizes.at(-1) === outputs) found.push({ layerOf, sourceFirst, sizes });
    }
  }
  return found;
}

export type LayerWeightsReading =
  | { ok: true; reading: PairReading; ambiguous: boolean; sourceFirst: boolean }
  | { ok: false; error: UserError };

/**
 * The layers the names fit: labels (or the order the page writes the letters in) place the groups; a pair
 * layer that fits both ways is read `sourceFirst` (the page's own order, first index → second, by default).
 */
export function readLayerWeights(
  collected: Pick<Collected, 'layerWeights' | 'numbered'>,
  sample: { inputs: number; outputs: number },
  { sourceFirst }: { sourceFirst?: boolean },
  original: string,
): LayerWeightsReading {
  const numbered = asLayerWeights(collected.numbered);
  if (!numbered) return { ok: false, error: unplaced(collected.numbered, original) };
  const { kept: weights, zero } = splitZeroSource([...numbered, ...collected.layerWeights]);
  const groups = groupsOf(weights);
  // A letter with a unit-0 name (v01) is read source-first: the 0 can only be a source.
  const sameGroup = (w: LayerWeight, g: Group) =>
    g.layer !== undefined ? w.layer === g.layer : w.layer === undefined && w.letter === g.names[0]!.letter;
  const forced = groups.map((g) => zero.some((w) => sameGroup(w, g)));
  const all = placements(groups, sample.inputs, sample.outputs).filter((p) =>
    p.sourceFirst.every((first, k) => first || !forced[k] || !isPairs(groups[k]!)),
  );
  const names = weights.map((w) => w.entry.key.text.trim());
  if (all.length === 0) {
    return {
      ok: false,
      error: definitionError(
        'definition.layer_weights_unplaced',
        { names: names.join(', '), inputs: sample.inputs, outputs: sample.outputs },
        { original, piece: weights[0]!.entry.key },
        'Weights W1 (input → hidden):',
      ),
    };
  }
  // The order the page writes its layers in (first group → first free layer) before any other.
  const written = layerOrders(groups)[0]!.join();
  const layerChoice = all.find((p) => p.layerOf.join() === written)?.layerOf ?? all[0]!.layerOf;
  const same = all.filter((p) => p.layerOf.join() === layerChoice.join());
  const preferred = sourceFirst ?? true;
  // A layer fits both ways only when it is square; the others' order is fixed by the sizes.
  const score = (p: Placement) =>
    p.sourceFirst.filter((first, k) => isPairs(groups[k]!) && first === preferred).length;
  same.sort((a, b) => score(b) - score(a));
  const chosen = same[0]!;
  const ambiguous = same.some((p) => p.sourceFirst.join() !== chosen.sourceFirst.join());
  const reading = buildReading(groups, chosen, original);
  if (zero.length > 0) {
    const layerOf = (w: LayerWeight) => {
      const k = groups.findIndex((g) => sameGroup(w, g));
      return k < 0 ? undefined : chosen.layerOf[k];
    };
    const read = zeroSourceBiases(zero, layerOf, chosen.sizes, original);
    if (!read.ok) return { ok: false, error: read.error };
    Object.assign(reading, { biases: read.biases });
    reading.pageNames.push(...read.pageNames);
    reading.notes.push(read.note);
  }
  return {
    ok: true,
    ambiguous: ambiguous && sourceFirst === undefined,
    sourceFirst: preferred,
    reading,
  };
}

const isPairs = (group: Group) => group.names.every((n) => n.indices.length === 2);

function buildReading(groups: Group[], chosen: Placement, original: string): PairReading {
  const { sizes } = chosen;
  const weights: Matrix[] = sizes
    .slice(1)
    .map((rows, l) => Array.from({ length: rows }, () => new Array<number>(sizes[l]!).fill(0)));
  const pageNames: PairReading['pageNames'] = [];
  const described: { layer: number; text: string; line: number }[] = [];
  groups.forEach((group, k) => {
    const l = chosen.layerOf[k]! - 1;
    for (const name of group.names) {
      const [a, b] = name.indices;
      const [j, i] =
        b === undefined ? [0, a! - 1] : chosen.sourceFirst[k] ? [b - 1, a! - 1] : [a! - 1, b - 1];
      weights[l]![j]![i] = name.value;
      pageNames.push({ name: name.entry.key.text.trim(), ref: { kind: 'weight', l, j, i } });
    }
    const first = group.names[0]!.entry.key;
    const { line } = lineAndColumn(original, originOf(first));
    const shown = group.names.map((n) => n.entry.key.text.trim());
    const list = shown.length > 3 ? `${shown[0]}…${shown.at(-1)}` : shown.join(', ');
    described.push({ layer: l + 1, text: `${list} → W${l + 1}`, line });
  });
  described.sort((x, y) => x.layer - y.layer);
  const note: Note = {
    id: 'definition.note.layer_weights',
    params: {
      groups: described.map((d) => d.text).join(', '),
      lines: described.map((d) => d.line).join(', '),
      layers: sizes.join('-'),
    },
  };
  return { layers: sizes, weights, pageNames, notes: [note] };
}
