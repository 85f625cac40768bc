// A page whose weights are only in a figure: say what is missing and where the figure is, never guess the rest.
import type { UserError } from '../errors.js';
import { definitionError } from './errors.js';
import { lineAndColumn, originOf, slice, type MappedText } from './source.js';

const FIGURE =
  /!\[[^[\]]*\]\([^()]*\)|<img\b|\b(?:figure|fig\.|picture|image|diagram)\b|\bshown\s+(?:below|above)\b/i;

/** Errors about missing weights or biases become one message that points at the figure, when the page has one. */
export function explainMissing(errors: UserError[], body: MappedText, original: string): UserError[] {
  const missing = errors.filter(
    (e) =>
      (e.id === 'definition.missing_field' && ['weights', 'biases'].includes(String(e.params?.field))) ||
      e.id === 'definition.missing_weights' ||
      e.id === 'definition.missing_biases',
  );
  const rest = errors.filter((e) => !missing.includes(e));
  // Biases missing beside another problem (layers that fit two ways) follow from it: a page without biases has none.
  const onlyBiases = missing.every((e) =>
    e.id === 'definition.missing_field' ? e.params?.field === 'biases' : e.id === 'definition.missing_biases',
  );
  if (missing.length > 0 && onlyBiases && rest.length > 0) return rest;
  const figure = FIGURE.exec(body.text);
  if (missing.length === 0 || !figure) return errors;
  const { line } = lineAndColumn(original, originOf(body, figure.index));
  const what = missing
    .map((e) => (e.id === 'definition.missing_field' ? String(e.params?.field) : String(e.params?.missing)))
    .join(', ');
  return [
    definitionError(
      'definition.weights_in_figure',
      { missing: what, line },
      { original, piece: slice(body, figure.index, figure.index + figure[0].length) },
      'w1 = 0.15, w2 = 0.20, …',
    ),
    ...rest,
  ];
}
