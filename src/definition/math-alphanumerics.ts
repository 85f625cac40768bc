// Slides and PDFs pasted with Unicode's mathematical letters and digits (`𝑾𝟏 = 𝟎. 𝟓`, `𝐎𝐮𝐭𝐩𝐮𝐭`) → plain `W1 = 0.5`.
import { fromString, replaceMapped, type MappedText } from './source.js';

/** Mathematical Alphanumeric Symbols (U+1D400–U+1D7FF) and the italic h that block leaves to U+210E. */
const GLYPH = '[\\u{1D400}-\\u{1D7FF}\\u{210E}]';
/** Digits, plain or mathematical (bold, double-struck, sans-serif, monospace). */
const DIGIT = '[0-9\\u{1D7CE}-\\u{1D7FF}]';
const MATH_DIGIT = /[\u{1D7CE}-\u{1D7FF}]/u;

/**
 * A PDF host extracts a math-font decimal with a space after its point (`𝟎. 𝟎𝟑`, even `1. 𝟖𝟑`): one such pair,
 * not part of a chain (`𝟏. 𝟐. 𝟑` numbers a list), is one number. Lookbehinds start it at its run's first digit,
 * so each digit run is tried once (linear).
 */
const SPLIT_DECIMAL = `(?<!${DIGIT}\\. )(?<!${DIGIT})(${DIGIT}+)\\. (${DIGIT}+)(?!\\.\\s?${DIGIT})`;
const PATTERN = new RegExp(`${SPLIT_DECIMAL}|${GLYPH}`, 'gu');

/** NFKC maps each of these glyphs to its one plain letter, digit or Greek letter (𝜂 → η, 𝜕 → ∂). */
const plainGlyphs = (text: string) =>
  text.replace(new RegExp(GLYPH, 'gu'), (glyph) => glyph.normalize('NFKC'));

/**
 * Every mathematical glyph as its plain character, and a split decimal joined only when a math digit shows
 * it came from such an extraction (plain `5. 3 units` may end a sentence: left alone). Offsets kept.
 */
export function plainMathAlphanumerics(m: MappedText): MappedText {
  if (!/[\u{1D400}-\u{1D7FF}\u{210E}]/u.test(m.text)) return m;
  return replaceMapped(m, PATTERN, (match) => {
    const [whole, integer, fraction] = match;
    if (integer === undefined || fraction === undefined) return plainGlyphs(whole);
    if (!MATH_DIGIT.test(whole)) return whole;
    return `${plainGlyphs(integer)}.${plainGlyphs(fraction)}`;
  });
}

/** The same for text read only for its numbers (a worked solution pasted with the setup). */
export function plainMathText(text: string): string {
  return plainMathAlphanumerics(fromString(text)).text;
}
