// A judged statement → its report row, and what the session remembers of it for the lines that follow.
import type { Statement } from './answer-sheet.js';
import type { CheckSession } from './check-session.js';
import type { Finding } from './finding.js';
import { phaseOf, quantityKey, quantityName } from './quantities.js';
import type { CheckRow } from './report.js';
import { formAt } from './swapped-weights.js';

/** The row of a statement whose name was not understood (or matched no quantity). */
export function unrecognisedRow(statement: Statement): CheckRow {
  return { ...rowBase(statement), verdict: 'unrecognized' };
}

function rowBase(statement: Statement): Pick<CheckRow, 'line' | 'name' | 'given' | 'givenText'> {
  return {
    line: statement.line,
    name: (statement.segments[0] ?? '').trim(),
    given: statement.claim.value,
    givenText: statement.claim.text,
  };
}

export function judgedRow(
  session: CheckSession,
  statement: Statement,
  finding: Finding,
  hideExpected: boolean,
): CheckRow {
  const q = finding.meaning.quantity;
  const row: CheckRow = {
    ...rowBase(statement),
    quantity: quantityName(q, session.spec),
    verdict: finding.verdict,
  };
  if (!hideExpected) row.expected = finding.meaning.scale * session.truth.value(q);
  if (finding.approximate) row.approximate = true;
  if (finding.diagnoses && finding.diagnoses.length > 0) {
    row.diagnosis = finding.diagnoses[0]!;
    row.diagnoses = finding.diagnoses;
    // Each form as this row shows it (a swapped numbering: the row's own layer and unit).
    row.mistakeForms = (finding.forms ?? [])
      .map((f) => formAt(session.spec, f, q))
      .map((f) => ({
        id: f.id,
        form: f.form,
        correct: f.correct,
        used: f.used,
        ...(f.params ? { params: f.params } : {}),
      }));
  }
  if (finding.meaning.note) row.meaning = finding.meaning.note;
  if (finding.carriedFrom)
    row.carriedFrom = [...new Set(finding.carriedFrom.map((r) => r.line))].sort((a, b) => a - b);
  if (finding.upstream) row.upstreamDiagnoses = finding.upstream;
  return row;
}

/** Keeps the student's number (wrong or not) for the lines that follow, and where the sheet now is. */
export function remember(session: CheckSession, statement: Statement, finding: Finding): void {
  const q = finding.meaning.quantity;
  const inherited = finding.diagnoses ?? [
    ...new Set((finding.carriedFrom ?? []).flatMap((r) => r.diagnoses)),
  ];
  session.recorded.push({
    line: statement.line,
    key: quantityKey(q),
    value: statement.claim.value / finding.meaning.scale,
    wrong: finding.verdict !== 'correct',
    diagnoses: inherited,
  });
  const phase = phaseOf(q);
  if (phase === 'forward' || phase === 'loss')
    (session.context.statedForward ??= new Set()).add(quantityKey(q));
  if (q.kind === 'newWeight' || q.kind === 'newBias') session.context.sawUpdate = true;
  if (phase === 'backward' || phase === 'update') session.context.sawBackward = true;
}
