// "Did you mean …": the closest known word to a typo, or nothing when no word is close.
import { closest, distance } from 'fastest-levenshtein';

/**
 * The closest of `candidates` to `word` (compared in lower case) when it is near enough to be a typo:
 * at most a third of the word's length away, and never less than `minimumAllowed` edits.
 */
export function didYouMean(
  word: string,
  candidates: readonly string[],
  minimumAllowed = 2,
): string | undefined {
  const lower = word.toLowerCase();
  if (candidates.length === 0 || lower.length === 0) return undefined;
  const best = closest(lower, [...candidates]);
  return distance(lower, best) <= Math.max(minimumAllowed, Math.floor(lower.length / 3)) ? best : undefined;
}
