// `b1, b2` on a page are either one bias per layer or hidden units 1 and 2's own: a label ("Biases b1:") or an
// output bias named beside them (`b_out`) settles it; otherwise one bias per layer is taken and said.
import type { Collected } from './collect.js';
import type { Note } from './defaults.js';
import type { Entry } from './scan.js';
import { lineAndColumn, originOf } from './source.js';

const NUMBERED_BIAS = /^b_?\{?(\d)\}?$/i;
const OUTPUT_BIAS = /^b_?\d?_?(?:out|output|o)$/i;

const compact = (entry: Entry) => entry.key.text.replace(/\s+/g, '');
const isNumberedBias = (entry: Entry) => entry.ref?.kind === 'bias' && NUMBERED_BIAS.test(compact(entry));

/**
 * `b1 = 0.1, b2 = 0.1` beside `b_out = 0.1`: the output's bias is named, so `b2` is not the output layer's and
 * the numbered ones are the first hidden layer's units (b_out would otherwise be dropped as a repeat of b2).
 */
export function numberedBiasesBesideOutput(entries: Entry[]): Entry[] {
  const numbered = entries.filter(isNumberedBias);
  const output = entries.some((e) => e.ref?.kind === 'bias' && OUTPUT_BIAS.test(compact(e)));
  const units = new Set(numbered.map((e) => NUMBERED_BIAS.exec(compact(e))![1]));
  if (!output || numbered.length < 2 || units.size !== numbered.length) return entries;
  return entries.map((entry) =>
    isNumberedBias(entry)
      ? {
          ...entry,
          ref: { kind: 'unitBias', layer: 1, unit: Number(NUMBERED_BIAS.exec(compact(entry))![1]) },
        }
      : entry,
  );
}

/** The note that says how a page's plain `b1, b2, …` were read, when they could be read the other way. */
export function biasReadingNote(
  collected: Pick<Collected, 'layerBiases' | 'unitBiases'>,
  layers: number[],
  original: string,
): Note | undefined {
  const lineOf = (entry: Entry) => lineAndColumn(original, originOf(entry.key)).line;
  const units = [...(collected.unitBiases.get(1)?.values() ?? [])].filter((f) =>
    NUMBERED_BIAS.test(compact(f.entry)),
  );
  if (units.length >= 2) {
    return {
      id: 'definition.note.unit_biases',
      params: { names: units.map((f) => compact(f.entry)).join(', '), line: lineOf(units[0]!.entry) },
    };
  }
  // Scalars `b1, b2` into as many hidden units and one output: one bias per layer, the usual reading, said with
  // the other (with several outputs the shared-bias note already says how `b2` was read).
  const perLayer = [...collected.layerBiases.values()].filter(
    (f) => NUMBERED_BIAS.test(compact(f.entry)) && typeof f.value === 'number',
  );
  if (perLayer.length < 2 || perLayer.length !== layers[1] || layers.at(-1) !== 1) return undefined;
  const names = perLayer.map((f) => compact(f.entry));
  return {
    id: 'definition.note.layer_biases_assumed',
    params: {
      names: names.join(', '),
      line: lineOf(perLayer[0]!.entry),
      other: names.map((_, k) => `b1_${k + 1}`).join(', '),
    },
  };
}
