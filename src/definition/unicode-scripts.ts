// Unicode sub- and superscripts as pasted from slides and PDFs (`x₁`, `w₁,₂`, `W⁽¹⁾`, `Wᵀ`) → `x_1`, `w_1,2`, `W^(1)`, `W^T`.
import { replaceMapped, type MappedText } from './source.js';

/** Each script character and, at the same index, its plain character. */
const SUBSCRIPT = { from: '₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₒₓₕₖₗₘₙₚₛₜᵢⱼᵣᵤᵥ', to: '0123456789+-=()aeoxhklmnpstijruv' };
const SUPERSCRIPT = { from: '⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱᵀᵗ', to: '0123456789+-=()niTt' };

const plain = (table: { from: string; to: string }, text: string) =>
  [...text].map((c) => table.to[[...table.from].indexOf(c)] ?? c).join('');
const runOf = (table: { from: string }) => new RegExp(`[${table.from}]+`, 'gu');

/** A run of subscripts becomes `_` and its plain characters; a run of superscripts `^` and them (bracketed if long). */
export function plainScripts(m: MappedText): MappedText {
  const sub = replaceMapped(m, runOf(SUBSCRIPT), (match) => `_${plain(SUBSCRIPT, match[0])}`);
  return replaceMapped(sub, runOf(SUPERSCRIPT), (match) => {
    const text = plain(SUPERSCRIPT, match[0]);
    return text.length === 1 || text.startsWith('(') ? `^${text}` : `^(${text})`;
  });
}
