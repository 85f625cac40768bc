// A vector or matrix claimed at once (`z_1 = [4.3, 5.3]`, `dL/dW2 = [[5.25 0.]]`): one row per element, all
// elements read the same way (the reading under which most of them are right).
import { vectorClaimOf, type Statement } from './answer-sheet.js';
import { judgedRow, remember, unrecognisedRow } from './check-row.js';
import type { CheckSession } from './check-session.js';
import { judge } from './judge.js';
import { matchOwnRounding, matchTrueValue } from './judge-correct.js';
import { valueOf } from './finding.js';
import type { Meaning } from './names.js';
import type { GivenNumber } from './numbers.js';
import type { Quantity } from './quantities.js';
import type { CheckRow } from './report.js';
import { vectorReadings } from './vector-names.js';

/** The statement's names that may name the vector: its left-hand side, then names it is equated to (`δ_h1 = dL/dh1 = […]`). */
function namesOf(statement: Statement): string[] {
  const [first = '', ...rest] = statement.segments;
  return [first, ...rest.filter((s) => /^\s*\(?[∂d]\S{0,12}\/\(?[∂d]\S{1,20}\s*$/.test(s))];
}

function readingsOf(session: CheckSession, statement: Statement, rows: number, columns: number): Meaning[][] {
  for (const name of namesOf(statement)) {
    const readings = vectorReadings(name, session.spec, rows, columns, session.context);
    if (readings.length > 0) return readings;
  }
  return [];
}

/** How far a wrong element is from a true value, in units of that value (or of the claim's last digit near 0). */
function relativeMiss(value: number, claim: GivenNumber): number {
  return Math.abs(value - claim.value) / Math.max(Math.abs(value), claim.quantum);
}

export function checkVector(session: CheckSession, statement: Statement, hideExpected: boolean): CheckRow[] {
  const matrix = statement.vector!;
  const rows = matrix.length;
  const columns = matrix[0]!.length;
  const claims = matrix.flat();
  const name = (statement.segments[0] ?? '').trim();
  const elementName = (k: number) =>
    rows > 1 && columns > 1
      ? `${name}[${Math.floor(k / columns) + 1},${(k % columns) + 1}]`
      : `${name}[${k + 1}]`;
  const readings = readingsOf(session, statement, rows, columns);
  if (readings.length === 0) {
    return claims.map((claim, k) => ({ ...unrecognisedRow({ ...statement, claim }), name: elementName(k) }));
  }
  // The reading under which most elements are right; of equally right ones, the one whose wrong elements are
  // nearest their true values (a matrix read the wrong way round puts each wrong number far from its own).
  let best = readings[0]!;
  let bestRight = -1;
  let bestMiss = Infinity;
  for (const reading of readings) {
    let right = 0;
    let miss = 0;
    reading.forEach((m, k) => {
      const claim = claims[k]!;
      if (matchTrueValue(session, claim, [m]) ?? matchOwnRounding(session, claim, [m])) right++;
      else miss += relativeMiss(valueOf(session.truth, m), claim);
    });
    if (right > bestRight || (right === bestRight && miss < bestMiss))
      [best, bestRight, bestMiss] = [reading, right, miss];
  }
  const judgeElement = (claim: GivenNumber, meaning: Meaning, elementName: string): CheckRow => {
    const element: Statement = { line: statement.line, segments: statement.segments, claim };
    const finding = judge(session, claim, [meaning]);
    const row = { ...judgedRow(session, element, finding, hideExpected), name: elementName };
    remember(session, element, finding);
    return row;
  };
  return [
    ...activationArgument(statement, best).map(({ segment, claims: inside, meanings }) =>
      inside.map((claim, k) => judgeElement(claim, meanings[k]!, `${segment}[${k + 1}]`)),
    ),
    claims.map((claim, k) => judgeElement(claim, best[k]!, elementName(k))),
  ].flat();
}

/** `max(0, [2.28, -0.68])`, `σ([0.3775, 0.3925])`: the activation of numbers written out. */
const ACTIVATION_OF_NUMBERS =
  /^\\?(?:max|relu|σ|sigmoid|tanh|f|g)\s?\(\s?(?:0\s?,\s?)?(\[[^[\]]{1,400}\])\s?\)$/;

/**
 * In `h1 = max(0, X W1 + b1) = max(0, [2.28, -0.68]) = [2.28, 0]`, the numbers inside the activation are the
 * layer's net input: read as its own statement, element by element (the net inputs of the vector's units).
 */
function activationArgument(
  statement: Statement,
  reading: Meaning[],
): { segment: string; claims: GivenNumber[]; meanings: Meaning[] }[] {
  if (!reading.every((m) => m.quantity.kind === 'out')) return [];
  for (const segment of statement.segments.slice(1)) {
    const inside = ACTIVATION_OF_NUMBERS.exec(segment.trim());
    const numbers = inside ? vectorClaimOf(inside[1]!)?.flat() : undefined;
    if (!numbers || numbers.length !== reading.length) continue;
    const meanings = reading.map((m): Meaning => ({
      ...m,
      quantity: { ...m.quantity, kind: 'net' } as Quantity,
    }));
    return [{ segment: segment.trim(), claims: numbers, meanings }];
  }
  return [];
}
