// A network without biases is written as biases all 0 that are not updated (SPEC-FORMAT.md): the reply then says
// "no biases" and leaves bias terms out instead of showing a bias of 0 that never moves.
import type { ResolvedSpec } from './types.js';

/** True when every bias is 0 and the step does not update biases: the network has no biases. */
export function hasNoBiases(spec: Pick<ResolvedSpec, 'biases' | 'updateBiases'>): boolean {
  return (
    !spec.updateBiases &&
    spec.biases.every((bias) => (typeof bias === 'number' ? bias === 0 : bias.every((b) => b === 0)))
  );
}
