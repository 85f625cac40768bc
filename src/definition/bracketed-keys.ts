// `nilai laju pembelajaran (α) = 0.01`: a page names a value in words and gives its symbol in brackets; the symbol,
// when it is a key we know, is the key (the brackets become spaces, so every column stays where it was).
import { isKnownKey } from './keys.js';
import { replaceMapped, type MappedText } from './source.js';

/** A short symbol in brackets after a space (words, not `f(x)`), right before `=` or `:`. */
const BRACKETED = /(?<=[^\S\n])\(([^\s()=:]{1,12})\)(?=[^\S\n]*[=:])/gu;

export function bracketedKeys(line: MappedText): MappedText {
  if (!line.text.includes('(')) return line;
  return replaceMapped(line, BRACKETED, (m) => (isKnownKey(m[1]!) ? ` ${m[1]!} ` : m[0]));
}
