// Fausett's notation: `v01, v02` (x0 → z1, z2) and `w01` (z0 → y1) are weights from a unit 0 whose output is always
// 1, that is the biases of z1, z2 and y1. The 0 can only be a source, so that letter's pairs read source-first.
import type { LayerBias } from '../core/types.js';
import type { UserError } from '../errors.js';
import type { LayerWeight } from './collect.js';
import type { Note } from './defaults.js';
import { definitionError } from './errors.js';
import type { KeyRef } from './keys.js';
import { lineAndColumn, originOf } from './source.js';
import type { PairReading } from './unit-pairs.js';

/** `v01`, `v_{02}`, `u03` (normalised `v_02`): from unit 0 into unit j. `w01` comes in as a numbered weight. */
export const ZERO_SOURCE_WEIGHT: [RegExp, (m: RegExpExecArray) => KeyRef] = [
  /^([uv])_?0_?([1-9])$/,
  (m) => ({ kind: 'layerWeight', letter: m[1]!, indices: [0, Number(m[2])] }),
];

const fromZero = (weight: LayerWeight) => weight.indices.length === 2 && weight.indices[0] === 0;

/** The names from unit 0 apart from the others. */
export function splitZeroSource(weights: LayerWeight[]): { kept: LayerWeight[]; zero: LayerWeight[] } {
  // In the page's order, so the note names them as written.
  const zero = weights.filter(fromZero).sort((a, b) => originOf(a.entry.key) - originOf(b.entry.key));
  return { kept: weights.filter((w) => !fromZero(w)), zero };
}

/**
 * The biases the unit-0 names give, layer by layer (0 where a layer has none), with a note naming them; or an
 * error naming one that goes into a unit its layer does not have. `layerOf` gives each letter's layer (1-based).
 */
export function zeroSourceBiases(
  zero: readonly LayerWeight[],
  layerOf: (weight: LayerWeight) => number | undefined,
  sizes: readonly number[],
  original: string,
):
  | { ok: true; biases: LayerBias[]; pageNames: PairReading['pageNames']; note: Note }
  | { ok: false; error: UserError } {
  const biases: number[][] = sizes.slice(1).map((units) => new Array<number>(units).fill(0));
  const pageNames: PairReading['pageNames'] = [];
  const byLayer = new Map<number, string[]>();
  for (const weight of zero) {
    const layer = layerOf(weight);
    const j = weight.indices[1]! - 1;
    const name = weight.entry.key.text.trim();
    if (layer === undefined || j >= sizes[layer]!) {
      return {
        ok: false,
        error: definitionError(
          'definition.layer_weights_unplaced',
          { names: name, inputs: sizes[0]!, outputs: sizes.at(-1)! },
          { original, piece: weight.entry.key },
          'Weights W1 (input → hidden):',
        ),
      };
    }
    biases[layer - 1]![j] = weight.value;
    pageNames.push({ name, ref: { kind: 'bias', l: layer - 1, j } });
    byLayer.set(layer, [...(byLayer.get(layer) ?? []), name]);
  }
  const { line } = lineAndColumn(original, originOf(zero[0]!.entry.key));
  const names = [...byLayer.entries()]
    .sort(([a], [b]) => a - b)
    .map(([layer, list]) => `${list.join(', ')} → b${layer}`)
    .join('; ');
  return {
    ok: true,
    biases,
    pageNames,
    note: { id: 'definition.note.zero_source_biases', params: { names, line } },
  };
}
