// `w_{h1} = 0.6`, `w_{h2} = -0.1` beside `w_{11}…w_{22}`: a weight named by one hidden unit alone is the one
// that leaves it, into the output (each hidden unit has one such weight only when there is one output; every
// hidden unit has several weights coming in, so one name cannot be one of those). layer-weights.ts places them
// as layer 2 and refuses, naming them, when the network's sizes do not fit that reading.
import type { KeyRef } from './keys.js';

/** `w_h1` (normalised from `w_{h1}`, `w_{h_1}`): a single digit, as pages name two or three hidden units. */
export const HIDDEN_UNIT_WEIGHT: [RegExp, (m: RegExpExecArray) => KeyRef] = [
  /^w_?h_?([1-9])$/,
  (m) => ({ kind: 'layerWeight', letter: 'w_h', indices: [Number(m[1])], layer: 2 }),
];
