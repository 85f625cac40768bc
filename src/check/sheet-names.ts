// How a sheet's weight names map to weights: the page's own names from its setup, and the numbering of w1, w2, ….
import type { ResolvedSpec } from '../core/index.js';
import type { PageName, ParsedDefinition } from '../definition/index.js';
import type { ActualOutputReading } from './output-words.js';
import type { Quantity } from './quantities.js';
import type { PairScheme } from './textbook-names.js';

/**
 * How w1, w2, … count the weights: destination-first (w2 = i2→h1, ours) or source-first (w2 = i1→h2), from
 * the first layer on or from the output layer back (a page that numbers the output weights first).
 */
export interface WeightNumbering {
  order: 'destination-first' | 'source-first';
  from: 'input' | 'output';
}

export const USUAL_NUMBERING: WeightNumbering = { order: 'destination-first', from: 'input' };

/** Every numbering a sheet may use, the usual one first. */
export const NUMBERINGS: readonly WeightNumbering[] = [
  USUAL_NUMBERING,
  { order: 'source-first', from: 'input' },
  { order: 'destination-first', from: 'output' },
  { order: 'source-first', from: 'output' },
];

export function isUsualNumbering(n: WeightNumbering): boolean {
  return n.order === USUAL_NUMBERING.order && n.from === USUAL_NUMBERING.from;
}

/** What the names of one sheet mean beyond the checker's own notation. */
export interface SheetNames {
  /** The page's names in compact form (see compactName) → the parameter. */
  page: ReadonlyMap<string, Quantity>;
  numbering: WeightNumbering;
  /** How `w_{a,b}` counts (pairSchemeOf); units across the network when not given. */
  pairs?: PairScheme;
  /** What the sheet's "actual output" is when its number does not say (actualOutputReading). */
  actualOutput?: ActualOutputReading;
  /** The sheet says "* = new values": a leading `*` on a name marks the value after the update (star-marks.ts). */
  starMeansNew?: boolean;
}

export const USUAL_NAMES: SheetNames = { page: new Map(), numbering: USUAL_NUMBERING };

/** The `w_{a,b}` pairs a sheet's names write (`Δw_{2,3}`, `w_{1,1}(new)`), in compact form `w2,3`. */
export function commaPairs(compactNames: readonly string[]): [number, number][] {
  const pairs: [number, number][] = [];
  for (const name of compactNames)
    for (const m of name.matchAll(/(?<![a-z])w(\d{1,3}),(\d{1,3})(?![\d,])/g))
      pairs.push([Number(m[1]), Number(m[2])]);
  return pairs;
}

/** A network that names no weights (JSON), or a page read in an assumed order: the sheet's numbers may choose. */
export function sheetNumbering(parsed: ParsedDefinition): 'sheet' | undefined {
  const assumed = parsed.noteMessages.some((n) =>
    /^definition\.note\.(reading|pair_order)_assumed$/.test(n.id),
  );
  return parsed.form === 'json' || assumed ? 'sheet' : undefined;
}

/** Weight `n` (1-based) under a numbering, as (l, j, i); undefined past the last weight. */
export function numberedWeight(
  layers: readonly number[],
  n: number,
  numbering: WeightNumbering,
): { l: number; j: number; i: number } | undefined {
  let rest = n - 1;
  if (rest < 0) return undefined;
  const count = layers.length - 1;
  for (let k = 0; k < count; k++) {
    const l = numbering.from === 'input' ? k : count - 1 - k;
    const sources = layers[l]!;
    const destinations = layers[l + 1]!;
    if (rest < sources * destinations) {
      return numbering.order === 'destination-first'
        ? { l, j: Math.floor(rest / sources), i: rest % sources }
        : { l, j: rest % destinations, i: Math.floor(rest / destinations) };
    }
    rest -= sources * destinations;
  }
  return undefined;
}

/** The page's names as the checker compares them, each to the parameter it names in this network. */
export function pageNameTable(
  pageNames: readonly PageName[],
  spec: ResolvedSpec,
  compact: (name: string) => string,
): Map<string, Quantity> {
  const table = new Map<string, Quantity>();
  for (const { name, ref } of pageNames) {
    const key = compact(name);
    if (key === '') continue;
    if (ref.kind === 'weight') table.set(key, { kind: 'weight', l: ref.l, j: ref.j, i: ref.i });
    else if (ref.kind === 'unit')
      table.set(
        key,
        ref.layer === 0 ? { kind: 'input', i: ref.j } : { kind: 'out', l: ref.layer - 1, j: ref.j, pass: 0 },
      );
    else if (ref.j === undefined || typeof spec.biases[ref.l] === 'number')
      table.set(key, { kind: 'bias', l: ref.l });
    else table.set(key, { kind: 'bias', l: ref.l, j: ref.j });
  }
  return table;
}
