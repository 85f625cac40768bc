// Textbooks name unit j's bias θj beside weights numbered across the network (w14 … w56, θ4): θj is written as w0j,
// the name unit pairs already read as unit j's bias. Only where such unit-pair weights are stated.
import { replaceMapped, type MappedText } from './source.js';

/** At least two unit-pair weights stated (`w14 =`, `| w14 |`, `w_{46} =`): the page numbers units across the net. */
const UNIT_PAIR = /(?<![\w\\])w_?\{?[0-9][1-9]\}?(?=[ \t]*[=:|&])/g;
/** `θ4`, `\theta_4`, `\theta_{4}` as a name (then `=`, `:`, a table bar, `&` or the line's end). */
const THETA = /(?<![\w\\])(?:θ|\\theta)_?\{?([1-9])\}?(?=[ \t]*(?:[=:|&]|$))/gm;

export function thetaBiasesAsUnitPairs(m: MappedText): MappedText {
  if ((m.text.match(UNIT_PAIR) ?? []).length < 2) return m;
  return replaceMapped(m, THETA, (match) => `w0${match[1]}`);
}
