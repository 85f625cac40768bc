// What a network must have for a catalogued mistake to happen on it: a mistake that cannot occur is never offered.
import type { ResolvedSpec } from '../core/index.js';
import { hasNoBiases } from '../core/no-biases.js';
import type { MistakeForm } from './mistakes.js';

/** Whether some layer in `layers` (non-input, 0-based) has an activation whose out differs from its net. */
function someNonlinear(spec: ResolvedSpec, layers: number[]): boolean {
  return layers.some((l) => spec.activations[l] !== 'linear');
}

/** Whether the mistake `form` can happen on `spec` (its variant could change one of the student's numbers). */
export function canOccur(spec: ResolvedSpec, form: MistakeForm): boolean {
  const last = spec.layers.length - 2;
  const hidden = Array.from({ length: last }, (_l, l) => l);
  const { variant } = form;
  // With η = 0 the update moves nothing: adding the step, or using the updated weights, changes no number.
  const moves = spec.learningRate !== 0;
  if (variant.updateAdds || variant.backwardWithUpdatedWeights) return moves;
  // A network without biases has no bias to update or freeze (schiendorfer-no-bias: "b⁺ = b" would be nonsense).
  if (variant.biasUpdateFlipped) return moves && !hasNoBiases(spec);
  // net for out changes nothing where every unit involved is linear (out = net).
  if (variant.gradientUsesSourceNet) return someNonlinear(spec, hidden);
  if (variant.outputGradientFromNet) return someNonlinear(spec, [last]);
  return true;
}
