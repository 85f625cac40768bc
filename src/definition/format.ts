// A resolved spec written back in the bot's own notation: the canonical block replies echo, and a one-liner.
import { hasNoBiases } from '../core/no-biases.js';
import type { LayerBias, Matrix, ResolvedSpec, Vector } from '../core/types.js';
import { DEFAULTS } from './defaults.js';
import { trainingBlockLines, trainingOneLineParts } from './training-format.js';

/** Shortest text that reads back as exactly the same float64 (`-0` kept). */
function exactNumber(x: number): string {
  return Object.is(x, -0) ? '-0' : String(x);
}

const vector = (v: Vector, separator = ', ') => `[${v.map(exactNumber).join(separator)}]`;
const matrix = (m: Matrix) => `[${m.map((row) => vector(row)).join(', ')}]`;
const bias = (b: LayerBias) => (typeof b === 'number' ? exactNumber(b) : vector(b));

/** Plain words and punctuation that read back unchanged as the rest of a line (no quotes, brackets, #, $, \\). */
const BARE_TEXT = /^[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N} ,.;:!?'\-+*/=%&@]*[\p{L}\p{M}\p{N}.!?])?$/u;

/** A text value: bare when it reads back unchanged, else JSON-quoted. */
function text(value: string, oneLine: boolean): string {
  return !oneLine && BARE_TEXT.test(value) ? value : JSON.stringify(value);
}

const activationsText = (spec: ResolvedSpec, separator: string) =>
  spec.activations.every((a) => a === spec.activations[0])
    ? spec.activations[0]!
    : spec.activations.join(separator);
const sameActivation = (spec: ResolvedSpec) => spec.activations.every((a) => a === spec.activations[0]);

/**
 * The canonical `key: value` block: every field spelled out, so a TA sees exactly what was computed. `sharedBias`
 * is the comment after a bias shared by its layer, in the reader's language (it reads back as a comment).
 */
export function formatDefinition(spec: ResolvedSpec, sharedBias = 'one bias shared by the layer'): string {
  const lines: string[] = [];
  if (spec.name !== undefined) lines.push(`name: ${text(spec.name, false)}`);
  if (spec.description !== undefined) lines.push(`description: ${text(spec.description, false)}`);
  lines.push(`layers: ${spec.layers.join('-')}`);
  lines.push(
    sameActivation(spec)
      ? `activation: ${spec.activations[0]}`
      : `activations: ${spec.activations.join(', ')}`,
  );
  lines.push(`loss: ${spec.loss}`);
  lines.push(`learning rate: ${exactNumber(spec.learningRate)}`);
  lines.push(`update biases: ${spec.updateBiases ? 'yes' : 'no'}`);
  if (spec.training) lines.push(...trainingBlockLines(spec));
  else {
    lines.push(`steps: ${exactNumber(spec.steps)}`);
    lines.push(`input: ${vector(spec.input)}`);
    lines.push(`target: ${vector(spec.target)}`);
  }
  // A network without biases has no bias to call shared (its 0s only keep the format's shape).
  const noBiases = hasNoBiases(spec);
  spec.weights.forEach((W, l) => {
    lines.push(`W${l + 1}: ${matrix(W)}`);
    const b = spec.biases[l]!;
    const shared = typeof b === 'number' && spec.layers[l + 1]! > 1 && !noBiases;
    lines.push(`b${l + 1}: ${bias(b)}${shared ? `  # ${sharedBias}` : ''}`);
  });
  return lines.join('\n');
}

/** One line, no spaces inside values: what a Discord option or a button carries. Defaults are left out. */
export function formatOneLine(spec: ResolvedSpec): string {
  const parts: string[] = [];
  if (spec.name !== undefined) parts.push(`name:${text(spec.name, true)}`);
  if (spec.description !== undefined) parts.push(`description:${text(spec.description, true)}`);
  parts.push(`layers:${spec.layers.join('-')}`);
  const activation = activationsText(spec, ',');
  if (activation !== DEFAULTS.activations) parts.push(`activation:${activation}`);
  if (spec.loss !== DEFAULTS.loss) parts.push(`loss:${spec.loss}`);
  if (spec.learningRate !== DEFAULTS.learningRate || Object.is(spec.learningRate, -0)) {
    parts.push(`lr:${exactNumber(spec.learningRate)}`);
  }
  if (spec.updateBiases !== DEFAULTS.updateBiases)
    parts.push(`update_biases:${spec.updateBiases ? 'yes' : 'no'}`);
  if (spec.training) parts.push(...trainingOneLineParts(spec));
  else {
    if (spec.steps !== DEFAULTS.steps) parts.push(`steps:${exactNumber(spec.steps)}`);
    parts.push(`input:${vector(spec.input, ',')}`);
    parts.push(`target:${vector(spec.target, ',')}`);
  }
  spec.weights.forEach((W, l) => {
    // MATLAB rows are shorter than nested brackets; a single row keeps [[…]] so it stays a matrix.
    const rows =
      W.length === 1
        ? `[${vector(W[0]!, ',')}]`
        : `[${W.map((row) => row.map(exactNumber).join(',')).join(';')}]`;
    parts.push(`W${l + 1}:${rows}`);
    const b = spec.biases[l]!;
    parts.push(`b${l + 1}:${typeof b === 'number' ? exactNumber(b) : vector(b, ',')}`);
  });
  return parts.join(' ');
}
