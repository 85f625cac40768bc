// "Did you mean …": the closest known word to a typo, or nothing when no word is close.
import { closest, distance } from 'fastest-levenshtein';

/** The closest of `candidates` to `word` when it is near enough to be a typo. */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0 || word.length === 0) return undefined;
  const best = closest(word.toLowerCase(), [...candidates]);
  return distance(word.toLowerCase(), best) <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}
