// "actual output", "desired output", "target output", "expected output": the one output's target or its value.
import type { ResolvedSpec } from '../core/index.js';
import type { Meaning } from './names.js';

/** What a sheet's "actual output" is, when its number does not settle it. */
export type ActualOutputReading = 'target' | 'output';

// Beside "prediction" the actual output is the truth (HMKCode, GfG); beside "desired output" the network's (Rumelhart).
const PREDICTION_WORD = /\bpredict(?:ed|ions?)\b/i;
const TARGET_WORDS = /\b(?:desired|target|expected)\s+outputs?\b/i;

/** The sheet's own words decide; with both or neither, the classic reading (the network's output). */
export function actualOutputReading(text: string): ActualOutputReading {
  return PREDICTION_WORD.test(text) && !TARGET_WORDS.test(text) ? 'target' : 'output';
}

/** A compact name (compactName) of the words: `actualoutput`, `desiredoutput2`, `targetoutputo1`. */
const OUTPUT_WORDS = /^(actual|desired|target|expected)outputs?((?:o|y)?\d+)?$/;

/**
 * Meanings of those words, most likely first: the desired, target or expected output is the target; the actual
 * output is both, in the order `reading` gives (its number, when right, picks one and the row says which).
 */
export function outputWordMeanings(
  token: string,
  spec: Pick<ResolvedSpec, 'layers'>,
  reading: ActualOutputReading = 'output',
): Meaning[] {
  const match = OUTPUT_WORDS.exec(token);
  if (!match) return [];
  const outputs = spec.layers[spec.layers.length - 1]!;
  const index = match[2] === undefined ? (outputs === 1 ? 1 : 0) : Number(match[2].replace(/^[oy]/, ''));
  if (index < 1 || index > outputs) return [];
  const j = index - 1;
  const target: Meaning = { quantity: { kind: 'target', j }, scale: 1 };
  if (match[1] !== 'actual') return [target];
  const l = spec.layers.length - 2;
  const output: Meaning = {
    quantity: { kind: 'out', l, j, pass: 0 },
    scale: 1,
    timing: 'forward',
    note: 'actual_output',
  };
  const asTarget: Meaning = { ...target, note: 'actual_target' };
  return reading === 'target' ? [asTarget, output] : [output, asTarget];
}
