// A sample stated as "inputs=[2, 3] and output=[1]" (HMKCode): the output named beside the inputs is the target
// the sample maps to, not a network output to be computed.
import { replaceMapped, type MappedText } from './source.js';

const OUTPUT_KEY = /\b(?:output|outputs)(?=\s*[=:]\s*[[(\d.+-])/gi;
/** What must come just before it: `inputs=[…]` and a joining word (looked at within a bounded window). */
const INPUTS_BEFORE = /\binputs?\s*[=:]\s*[[(][^\])\n]*[\])](?:[^\S\n]*(?:,|;|\band))?[^\S\n]*$/i;
const WINDOW = 200;

/** `output=[…]` right after `inputs=[…]` on one line becomes `target=[…]` (the same length, so columns hold). */
export function sampleOutputAsTarget(line: MappedText): MappedText {
  return replaceMapped(line, OUTPUT_KEY, (m) => {
    const before = line.text.slice(Math.max(0, m.index - WINDOW), m.index);
    if (!INPUTS_BEFORE.test(before)) return m[0];
    return m[0].length === 6 ? 'target' : 'targets';
  });
}
