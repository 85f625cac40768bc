// Step 1 of reading a definition: the characters people paste → plain notation, every offset kept for error locations.
import { extractFence, fromString, normalizeCharacters, trim, type MappedText } from './source.js';

/** The part of the message that holds the network (the first ``` fence, else all of it), normalised. */
export function normaliseInput(text: string): MappedText {
  const whole = fromString(normalizeCharacters(text));
  return trim(extractFence(whole) ?? whole);
}
