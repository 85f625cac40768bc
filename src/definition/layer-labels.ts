// A label line that names a layer ("Weights W1 (input → hidden):", "W2:", "Biases b1:", "Hidden layer:")
// scopes the per-layer names under it (`w11…w22`, `v1`, `b1, b2`) to that layer: numbered within the layer,
// not across the network, and `b2` under "Biases b1:" is hidden unit 2's bias, not layer 2's.
import type { KeyRef } from './keys.js';
import type { Entry } from './scan.js';
import type { MappedText } from './source.js';

export interface LayerLabel {
  /** The non-input layer it names (1 = first hidden); the output's is known once every label is read. */
  layer: number | 'output';
  /** What the names under it are: weights into the layer, the layer's biases, or both (a layer heading). */
  holds: 'weights' | 'biases' | 'both';
  /** Original offsets: the scope runs from just after the label's colon to `stop`. */
  start: number;
  stop: number;
}

const WEIGHT_WORDS = new Set(['weight', 'weights', 'matrix']);
const BIAS_WORDS = new Set(['bias', 'biases']);
/** Words a label may hold besides a name and a direction; any other word makes the line prose. */
const FILLER = new Set(['the', 'of', 'from', 'to', 'layer', 'values', 'initial', 'vector', 'into']);
const PLACES = new Set(['input', 'inputs', 'hidden', 'output', 'outputs']);
/** `W1`, `W_2`, `W^(1)`, `b1`, `b2_out`, `b_hidden`: a layer's matrix or bias vector. */
const NAME = /^([wvub])_?\^?\(?(\d)?\)?_?(out|output|o|hidden|h)?$/;

/** The layer a label line names and what it holds, or undefined when the line is not such a label. */
export function readLabel(head: string): Omit<LayerLabel, 'start' | 'stop'> | undefined {
  const words = head
    .toLowerCase()
    .replace(/→|->|⟶|⇒/g, ' to ')
    .replace(/[()[\]*#:,-]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0 || words.length > 8) return undefined;
  let layer: number | 'output' | undefined;
  let named: 'weights' | 'biases' | undefined;
  let said: 'weights' | 'biases' | undefined;
  const places: string[] = [];
  for (const [w, word] of words.entries()) {
    // "Layer 2 weights": the number after "layer" is the layer's.
    if (/^\d$/.test(word) && words[w - 1] === 'layer' && layer === undefined) {
      layer = Number(word);
      if (layer === 0) return undefined;
      continue;
    }
    const name = NAME.exec(word);
    if (name && (name[2] !== undefined || name[3] !== undefined)) {
      if (named) return undefined;
      named = name[1] === 'b' ? 'biases' : 'weights';
      if (name[2] !== undefined) layer = Number(name[2]);
      else layer = /^h/.test(name[3]!) ? 1 : 'output';
      if (layer === 0) return undefined;
    } else if (WEIGHT_WORDS.has(word)) said = 'weights';
    else if (BIAS_WORDS.has(word)) said = 'biases';
    else if (PLACES.has(word)) places.push(word.replace(/s$/, ''));
    else if (!FILLER.has(word)) return undefined;
  }
  // "input → hidden" names the hidden layer; "hidden → output" and "output layer" the output.
  const destination = places.at(-1);
  if (layer === undefined && destination === 'hidden') layer = 1;
  if (layer === undefined && destination === 'output') layer = 'output';
  if (layer === undefined) return undefined;
  if (said && named && said !== named) return undefined;
  return { layer, holds: said ?? named ?? 'both' };
}

/**
 * Every label line of the text, each scoping the lines under it up to a blank line after them (or the next
 * label); the rest of its own line after the colon (`Biases b1: b1 = 0.1, b2 = 0.1`) is in its scope too.
 */
export function findLayerLabels(body: MappedText): LayerLabel[] {
  const labels: LayerLabel[] = [];
  const text = body.text;
  let open: LayerLabel | undefined;
  let filled = false;
  const origin = (k: number) => body.map[k] ?? body.end;
  for (let start = 0; start <= text.length;) {
    const newline = text.indexOf('\n', start);
    const stop = newline < 0 ? text.length : newline;
    const line = text.slice(start, stop);
    const colon = line.indexOf(':');
    const rest = colon < 0 ? '' : line.slice(colon + 1);
    // `W1: [[…]]` is a matrix, not a label: a label ends its line or is followed by `name = value` statements.
    const label =
      colon >= 0 && (rest.trim() === '' || rest.includes('=')) ? readLabel(line.slice(0, colon)) : undefined;
    if (label) {
      if (open) open.stop = origin(start);
      open = { ...label, start: origin(start + colon + 1), stop: body.end };
      labels.push(open);
      filled = rest.trim() !== '';
    } else if (line.trim() === '') {
      if (open && filled) {
        open.stop = origin(start);
        open = undefined;
      }
    } else filled = true;
    start = stop + 1;
  }
  return labels;
}

/** `w12`, `w_{12}`, `v1`, `u_2`: a per-layer letter with one index (from unit k) or two (a pair of units). */
const LETTER_NAME = /^([uvw])_?\{?(\d)(?:[,_]?(\d))?\}?$/i;
const SINGLE_W = /^w_?\{?\d\}?$/i;
const NUMBERED_BIAS = /^b_?\{?(\d)\}?$/i;
const OUTPUT_BIAS = /^b_?\d?_?(?:out|output|o)$/i;

const compact = (entry: Entry) => entry.key.text.replace(/\s+/g, '');

/** The per-layer reference a name has under a label, if the label scopes it. */
function scoped(
  entry: Entry,
  label: LayerLabel,
  {
    layer,
    output,
    biases,
    globalNumbers,
  }: { layer: number; output: number; biases: number; globalNumbers: boolean },
): KeyRef | undefined {
  const { ref } = entry;
  const letter = LETTER_NAME.exec(compact(entry));
  // `w11` is a pair of units only where the page does not number its weights w1, w2, … across the network.
  const pair = ref?.kind === 'weight' && letter?.[3] !== undefined && !globalNumbers;
  if (label.holds !== 'biases' && letter && (ref === undefined || ref.kind === 'layerWeight' || pair)) {
    const indices = [Number(letter[2]), ...(letter[3] ? [Number(letter[3])] : [])];
    if (indices.some((n) => n < 1)) return undefined;
    return { kind: 'layerWeight', letter: letter[1]!.toLowerCase(), indices, layer };
  }
  if (label.holds === 'weights' || ref?.kind !== 'bias') return undefined;
  if (OUTPUT_BIAS.test(compact(entry))) return { kind: 'bias', layer: output };
  const numbered = NUMBERED_BIAS.exec(compact(entry));
  // `b1, b2` under one label are its units' biases; a lone `b1` under layer 1's label is the layer's own.
  const unit = numbered ? Number(numbered[1]) : undefined;
  return unit !== undefined && (biases > 1 || unit !== layer)
    ? { kind: 'unitBias', layer, unit }
    : { kind: 'bias', layer };
}

/** Entries under a layer label get that layer (entries in reading order; linear in entries and labels). */
export function scopeByLayerLabels(
  entries: Entry[],
  body: MappedText,
): { entries: Entry[]; labels: LayerLabel[] } {
  const labels = findLayerLabels(body);
  if (labels.length === 0) return { entries, labels };
  // "Weights to hidden: w₁=0.15, …" then "Weights to output: w₅=0.40, …" number across the network, labels or not.
  const globalNumbers = entries.some(
    (entry) =>
      entry.ref?.kind === 'weight' &&
      SINGLE_W.test(compact(entry)) &&
      !/[[\];\n]/.test(entry.value.text.trim()),
  );
  // "Hidden → output" is the layer after the highest one the labels number (one hidden layer when none do).
  const numbered = labels.flatMap((l) => (typeof l.layer === 'number' ? [l.layer] : []));
  const output = Math.max(2, ...numbered);
  let k = 0;
  const labelOf = entries.map((entry) => {
    const at = entry.key.map[0] ?? 0;
    while (k < labels.length && labels[k]!.stop <= at) k++;
    return k < labels.length && at >= labels[k]!.start ? k : -1;
  });
  const biasCount = labels.map(() => 0);
  entries.forEach((entry, e) => {
    if (labelOf[e]! >= 0 && entry.ref?.kind === 'bias' && NUMBERED_BIAS.test(compact(entry)))
      biasCount[labelOf[e]!]!++;
  });
  return {
    labels,
    entries: entries.map((entry, e) => {
      const label = labels[labelOf[e]!];
      if (!label) return entry;
      const layer = label.layer === 'output' ? output : label.layer;
      const ref = scoped(entry, label, { layer, output, biases: biasCount[labelOf[e]!]!, globalNumbers });
      return ref ? { ...entry, ref } : entry;
    }),
  };
}
