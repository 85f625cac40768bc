// Sentences that state a value ("the learning rate is 0.7", "whose class label is 1", "with class 0") → `key = value`.
import { replaceMapped, type MappedText } from './source.js';

const VALUE_START = String.raw`(?=[-+]?(?:\d|\.\d|\[|\())`;

/** The verb between a name and its value becomes `=`; the scanner then keeps it only if the name is a key. */
export function sentencesAsStatements(line: MappedText): MappedText {
  let out = replaceMapped(
    line,
    new RegExp(
      String.raw`(?<=[\p{L}\p{N})])\s+(?:is|are|of|as|equals|was|were|will be|set to|to be|be|becomes|:=)\s+${VALUE_START}`,
      'giu',
    ),
    () => ' = ',
  );
  // "X = (0, 1, 1) with class 0" → the class is the target.
  out = replaceMapped(
    out,
    new RegExp(String.raw`\bwith\s+(?:class|label)\s+${VALUE_START}`, 'gi'),
    () => '; target = ',
  );
  return out;
}

const FUNCTION_WORDS = /^(?:sqrt|exp|ln|log|e|pi|tanh|sin|cos|abs|frac)$/i;

/**
 * In a page a value ends where the prose starts again: `1 (if you don't know …` → `1`. Cut at the first
 * word that is not a function name, then drop what dangles (an open bracket, a comma, a full stop, a question's `?`).
 */
export function valueBeforeProse(value: MappedText): number {
  const words = /[\p{L}_][\p{L}\p{N}_]*/gu;
  let cut = value.text.length;
  for (let match = words.exec(value.text); match; match = words.exec(value.text)) {
    if (!FUNCTION_WORDS.test(match[0])) {
      cut = match.index;
      break;
    }
  }
  let end = cut;
  while (end > 0 && /[\s([{,;:.=?!]/.test(value.text[end - 1]!)) {
    // Keep a decimal point that belongs to a number (`0.` is rare; `1.` before prose is a full stop).
    end--;
  }
  // Brackets left unbalanced by the cut are dropped with what follows them.
  let depth = 0;
  let balanced = 0;
  for (let k = 0; k < end; k++) {
    const c = value.text[k]!;
    if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') depth--;
    if (depth === 0) balanced = k + 1;
  }
  return depth === 0 ? end : balanced;
}
