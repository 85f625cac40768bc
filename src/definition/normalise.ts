// Step 1 of reading a definition: the characters people paste → plain notation, every offset kept for error locations.
import { readEquationLinks } from './equation-links.js';
import { fencesOf, isPicture } from './fences.js';
import { plainMarkdown } from './markdown.js';
import { plainMathAlphanumerics } from './math-alphanumerics.js';
import { fromString, normalizeCharacters, slice, trim, type MappedText } from './source.js';
import { tablesAsStatements } from './tables.js';
import { thetaBiasesAsUnitPairs } from './theta-biases.js';
import { withoutVectorTransposes } from './transposed-vectors.js';
import { plainScripts } from './unicode-scripts.js';

export interface Normalised {
  /** The part of the message that holds the network, in plain notation. */
  body: MappedText;
  /** Fenced blocks skipped as pictures (ASCII-art diagrams), for the reply to name. */
  pictures: MappedText[];
}

const blank = (text: string) => text.replace(/[^\n]/g, ' ');

/**
 * Persian digits and Unicode operators, markdown markers, sub- and superscripts and tables made
 * plain; then the first ``` fence that holds a network (a fence that is a picture is skipped),
 * else the whole text without its pictures.
 */
export function normaliseInput(text: string): Normalised {
  // Math glyphs first (`1. 𝟖𝟑` is a number, not a bullet): the one step that changes lengths, so it keeps a map.
  const glyphs = plainMathAlphanumerics(fromString(text));
  let plain = plainMarkdown(normalizeCharacters(glyphs.text));
  const fences = fencesOf(fromString(plain));
  const pictures = fences.filter((fence) => isPicture(fence.body.text));
  for (const picture of pictures) {
    plain =
      plain.slice(0, picture.start) +
      blank(plain.slice(picture.start, picture.stop)) +
      plain.slice(picture.stop);
  }
  const whole: MappedText = { text: plain, map: glyphs.map, end: text.length };
  // A fence was found in `plain`: the same characters of `whole`, mapped to the original text.
  const inOriginal = (piece: MappedText) =>
    slice(whole, piece.map[0] ?? 0, (piece.map[0] ?? 0) + piece.text.length);
  const network = fences.find((fence) => !isPicture(fence.body.text) && fence.body.text.trim() !== '');
  const chosen = network ? inOriginal(network.body) : whole;
  const body = trim(
    tablesAsStatements(
      thetaBiasesAsUnitPairs(withoutVectorTransposes(plainScripts(readEquationLinks(chosen)))),
    ),
  );
  return { body, pictures: pictures.map((picture) => inOriginal(picture.body)) };
}
