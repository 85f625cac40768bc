// The number a statement claims: its last segment, a number alone or followed by prose ("0.5933 so …").
import { parseGivenNumber, type GivenNumber } from './numbers.js';

/** A written number is never longer than this (digits, sign, exponent, `× 10^{-4}`); longer text is not one. */
export const MAX_NUMBER_LENGTH = 48;

const NUMBER_HEAD =
  /^\s?([+\-−]?\s?(?:[\d۰-۹٠-٩]+(?:[.٫][\d۰-۹٠-٩]*)?|[.٫][\d۰-۹٠-٩]+)(?:\s?[eE]\s?[+\-−]?\d+|\s?(?:×|\*|·)\s?10\s?\^\s?\{?\s?[+\-−]?\d+\s?\}?)?)/;
/** Prose may follow ("0.5933 so …"); an operator, a digit or a bracket means it is an expression. */
const PROSE = /^[,.;:]?\s[A-Za-z\u0600-\u06FF]/;
/** "0.5932 (truncated)": a remark in brackets, words only. */
const REMARK = /^\s?\([A-Za-z\u0600-\u06FF\s.,'-]+\)/;

/** The number a segment (spaces collapsed) claims: the whole segment, or a leading number followed by prose. */
export function claimOf(segment: string): GivenNumber | undefined {
  if (segment.length <= MAX_NUMBER_LENGTH) {
    const whole = parseGivenNumber(segment);
    if (whole) return whole;
  }
  const match = NUMBER_HEAD.exec(segment.slice(0, MAX_NUMBER_LENGTH));
  if (!match) return undefined;
  const rest = segment.slice(match[0].length);
  if (rest.trim() !== '' && !PROSE.test(rest.slice(0, 3)) && !REMARK.test(rest)) return undefined;
  return parseGivenNumber(match[1]!);
}
