// `w_{nuevo} = 0.3 + 0.000793 ≈ 0.300793`: a new weight named without its number is the one the arithmetic updates.
import type { Statement } from './answer-sheet.js';
import type { CheckSession } from './check-session.js';
import type { Meaning } from './names.js';
import { recogniseByValue } from './recognise-by-value.js';

/** `w_new`, `w_{nuevo}`, `W_baru`: the weight letter and a "new" word (English, Spanish, Indonesian, German), no number. */
const UNNUMBERED_NEW_WEIGHT = /^\s*[wW]_?\{?(?:new|updated|nuevo|nueva|baru|neu)\}?\s*$/;

/** The new weight whose value and arithmetic (old weight, step) the statement writes; none when several fit. */
export function unnumberedNewWeight(session: CheckSession, statement: Statement): Meaning[] {
  const name = statement.segments[0] ?? '';
  // Most names are far from one (a lone `w`): the length alone rules them out, at no cost per statement.
  if (name.length < 4 || name.length > 24 || !UNNUMBERED_NEW_WEIGHT.test(name)) return [];
  const expression = statement.segments.slice(1).join(' ');
  return recogniseByValue(session, statement.claim, expression).filter(
    (m) => m.quantity.kind === 'newWeight',
  );
}
