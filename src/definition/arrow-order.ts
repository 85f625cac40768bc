// A page that names the units each numbered weight joins (fiqlab's table: `| w₂ | 0.20 | x₂ → h₁ |`) decides the
// order of w1…wN itself: the reading whose places match every arrow is taken and said, no other reading offered.
import type { Note } from './defaults.js';
import type { Assembled } from './assemble-spec.js';
import { fromString, normalizeCharacters } from './source.js';
import { plainScripts } from './unicode-scripts.js';

type Read = (sourceFirst?: boolean) => { ok: true; value: Assembled } | { ok: false };

/** A numbered weight and the units its line says it joins, from → to. */
export interface WeightArrow {
  weight: string;
  from: string;
  to: string;
  line: number;
}

const UNIT = String.raw`([A-Za-z]+)_?\{?(\d+)\}?`;
// A unit's letters start at a word's start: no rescan of a long run of letters from each of them.
const ARROW = new RegExp(String.raw`(?<![A-Za-z])${UNIT}\s*(?:→|->|\\to\b|\\rightarrow\b)\s*${UNIT}`, 'g');
/** `w1`, `w_1`, `w_{1}` standing alone (not `w_1,2`, not `w14→`): one numbered weight. */
const WEIGHT = /(?<![\w,])[wW]_?\{?(\d+)\}?(?![\w,])/g;

const key = (name: string) => name.replace(/[\s_{}]/g, '').toLowerCase();

/** Lines naming exactly one numbered weight and exactly one arrow between two numbered units. */
export function weightArrows(text: string): WeightArrow[] {
  const plain = normalizeCharacters(plainScripts(fromString(text)).text);
  return plain.split('\n').flatMap((line, k) => {
    const weights = [...line.matchAll(WEIGHT)];
    const arrows = [...line.matchAll(ARROW)];
    if (weights.length !== 1 || arrows.length !== 1) return [];
    const [, fromLetters, fromNumber, toLetters, toNumber] = arrows[0]!;
    return [
      {
        weight: `w${weights[0]![1]}`,
        from: `${fromLetters}${fromNumber}`,
        to: `${toLetters}${toNumber}`,
        line: k + 1,
      },
    ];
  });
}

/** Units ordered as a layer lists them: by letters, then number (`h2` before `h10`). */
const byName = (a: string, b: string) => {
  const [, la = '', na = '0'] = /^(\D*)(\d*)$/.exec(a) ?? [];
  const [, lb = '', nb = '0'] = /^(\D*)(\d*)$/.exec(b) ?? [];
  return la.localeCompare(lb) || Number(na) - Number(nb);
};

/** Whether every arrow's weight sits, in this reading, from its source unit to its destination unit. */
function fits(reading: Assembled, arrows: readonly WeightArrow[]): boolean {
  const weights = reading.spec.weights as number[][][];
  const places = new Map<string, { l: number; j: number; i: number }>();
  for (const { name, ref } of reading.pageNames) if (ref.kind === 'weight') places.set(key(name), ref);
  // Each layer's units as its arrows name them, listed once (not per arrow: linear in the lines).
  const units = new Map<number, { from: Set<string>; to: Set<string> }>();
  for (const arrow of arrows) {
    const ref = places.get(arrow.weight);
    if (!ref) return false;
    const layer = units.get(ref.l) ?? { from: new Set<string>(), to: new Set<string>() };
    layer.from.add(arrow.from);
    layer.to.add(arrow.to);
    units.set(ref.l, layer);
  }
  const ordered = new Map(
    [...units].map(([l, { from, to }]) => [l, { from: [...from].sort(byName), to: [...to].sort(byName) }]),
  );
  // Only arrows that name every unit on both sides of a layer place its weights.
  for (const [l, { from, to }] of ordered)
    if (from.length !== weights[l]![0]!.length || to.length !== weights[l]!.length) return false;
  return arrows.every((arrow) => {
    const ref = places.get(arrow.weight)!;
    const layer = ordered.get(ref.l)!;
    return layer.from.indexOf(arrow.from) === ref.i && layer.to.indexOf(arrow.to) === ref.j;
  });
}

/** The one order (destination- or source-first) whose places match the page's arrows, with its note; else undefined. */
export function orderByArrows(text: string, read: Read): Assembled | undefined {
  const arrows = weightArrows(text);
  if (arrows.length < 2) return undefined;
  const fitting = [false, true].flatMap((sourceFirst) => {
    const result = read(sourceFirst);
    return result.ok && fits(result.value, arrows) ? [{ sourceFirst, reading: result.value }] : [];
  });
  if (fitting.length !== 1) return undefined;
  const { sourceFirst, reading } = fitting[0]!;
  // The arrow that tells the orders apart: a weight whose source is not the first unit (w2: x2 → h1).
  const example = arrows.find((a) => a.weight === 'w2') ?? arrows[1]!;
  const note: Note = {
    id: 'definition.note.reading_by_arrows',
    params: {
      order: sourceFirst ? 'source-first' : 'destination-first',
      example: `${example.weight}: ${example.from} → ${example.to}`,
      line: example.line,
    },
  };
  reading.notes.push(note);
  return reading;
}
