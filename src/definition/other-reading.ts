// The other reading of a page whose weights were read in an assumed order (destination- or source-first):
// its weights as one short token a reply's buttons can carry, and the network they make with the shown one.
import type { Note } from './defaults.js';
import { formatOneLine } from './format.js';
import { parseDefinition, type ParsedDefinition } from './parse.js';

/** Notes that say the order of the weights was assumed, not read from the page's numbers. */
const ASSUMED = /^definition\.note\.(reading|pair_order)_assumed$/;

export function readingWasAssumed(parsed: ParsedDefinition): boolean {
  return parsed.noteMessages.some((note) => ASSUMED.test(note.id));
}

/** The order an assumed reading's note offers as the other one: per-layer pairs (`w11`, aiml-notes) are assumed
 * source-first, so destination-first is offered; w1..wN are assumed destination-first. Undefined: none assumed. */
export function offeredOrder(notes: readonly Note[]): 'destination-first' | 'source-first' | undefined {
  const note = notes.find((n) => ASSUMED.test(n.id));
  if (note === undefined) return undefined;
  return note.params?.other === 'destination-first' ? 'destination-first' : 'source-first';
}

type Weights = ParsedDefinition['spec']['weights'];

/** `0.15,0.2;0.25,0.3|0.4,0.45;0.5,0.55`: layers by `|`, rows (destinations) by `;`, no spaces. */
export function weightsToken(weights: Weights): string {
  return weights.map((layer) => layer.map((row) => row.join(',')).join(';')).join('|');
}

function weightsOf(token: string): number[][][] {
  return token.split('|').map((layer) => layer.split(';').map((row) => row.split(',').map(Number)));
}

/** The other order's weights of a text read in an assumed order (no `numbering:` typed), if they differ. */
export function otherReadingToken(text: string): string | undefined {
  const parsed = parseDefinition(text);
  const offered = parsed.ok ? offeredOrder(parsed.value.noteMessages) : undefined;
  if (!parsed.ok || offered === undefined) return undefined;
  const other = parseDefinition(text, { numbering: offered });
  if (!other.ok) return undefined;
  const token = weightsToken(other.value.spec.weights);
  return token === weightsToken(parsed.value.spec.weights) ? undefined : token;
}

/** The one-line network `network` with the weights of `token` (same shapes), or undefined when they do not fit. */
export function withOtherWeights(network: string, token: string): string | undefined {
  const parsed = parseDefinition(network);
  if (!parsed.ok) return undefined;
  const weights = weightsOf(token);
  const shapes = (w: Weights | number[][][]) =>
    w.map((layer) => layer.map((row) => row.length).join(',')).join('|');
  if (
    shapes(weights) !== shapes(parsed.value.spec.weights) ||
    weights.flat(2).some((x) => !Number.isFinite(x))
  )
    return undefined;
  const spec = { ...parsed.value.spec, weights };
  return formatOneLine(spec as Parameters<typeof formatOneLine>[0]);
}
