// A vector written transposed (`x = [1.0, 2.0]^T`, `^{T}`, `^\top`, `ᵀ`) is the same numbers for a network's input,
// target or biases: the transpose mark after a flat list is dropped. A matrix's transpose is left as written.
import { replaceMapped, type MappedText } from './source.js';

/** A flat `[…]` (no bracket inside, one line) followed by a transpose mark; no nested quantifier, so linear. */
const TRANSPOSED_VECTOR =
  /(\[[^[\]\n]*\])[ \t]*\^[ \t]*(?:\{[ \t]*(?:T|\\top|\\intercal|\\mathsf\{T\})[ \t]*\}|\(T\)|T(?![A-Za-z0-9_])|\\top(?![A-Za-z])|\\intercal(?![A-Za-z]))/g;

export function withoutVectorTransposes(m: MappedText): MappedText {
  return replaceMapped(m, TRANSPOSED_VECTOR, (match) => match[1]!);
}
