// Grading one solution against a student's own network: the /check engine's work (CPU, no database), run on a
// worker thread when there is a pool (Deps.offload), so a long submission never holds the main thread.
import { checkAnswers } from '../check/check-answers.js';
import { formatCheckReport } from '../check/format-report.js';
import type { Deps, GradeOrder, Graded, Locale, Reply, Request } from '../dispatch/types.js';
import { UserFacingError } from '../errors.js';
import { networkOf } from './attempt.js';
import type { VariablePart } from '../store/types.js';

/** The /check report of `solution` against `userId`'s network, with what is stored of it. */
export function gradeSolution(order: GradeOrder, userId: string, solution: string, locale: Locale): Graded {
  const network = networkOf({ ...order, vary: order.vary as VariablePart[] }, userId);
  const report = checkAnswers(network, solution, { hideExpected: !order.showAnswers });
  if (report.rows.length === 0)
    throw new UserFacingError([
      { id: 'check.no_statements', message: 'I found no lines of the form name = … = number.' },
    ]);
  const score = report.score.total > 0 ? report.score.points / report.score.total : 0;
  const misconceptions = [...new Set(report.rows.flatMap((row) => (row.diagnosis ? [row.diagnosis] : [])))];
  const lines = solution.split(/\r?\n/);
  const verdicts = report.rows.map((row) => ({
    line: row.line,
    text: (lines[row.line - 1] ?? '').slice(0, 200),
    name: row.name,
    ...(row.quantity ? { quantity: row.quantity } : {}),
    given: row.given,
    ...(row.expected !== undefined ? { expected: row.expected } : {}),
    verdict: row.verdict,
    ...(row.diagnosis ? { diagnosis: row.diagnosis } : {}),
  }));
  const formatted = formatCheckReport(report, { locale });
  return {
    score,
    verdicts,
    misconceptions,
    reportText: formatted.text,
    reportFull: formatted.full,
    complete: formatted.complete,
  };
}

/** A worker's answer to a GradeOrder (the text stays empty: /exercise on the main thread writes the reply). */
export function gradeReply(request: Request & { grade: GradeOrder }): Reply {
  return {
    text: '',
    graded: gradeSolution(request.grade, request.user.id, request.text ?? '', request.locale),
    visibility: 'private',
    kind: 'ok',
  };
}

/**
 * Grades on the pool when there is one, else here. A refusal or a timeout from the worker comes back as the
 * reply to send instead (nothing is stored then).
 */
export async function grade(
  deps: Deps,
  who: { user: Request['user']; locale: Locale; requestId?: string },
  order: GradeOrder,
  solution: string,
): Promise<{ graded: Graded } | { instead: Reply }> {
  if (!deps.offload) return { graded: gradeSolution(order, who.user.id, solution, who.locale) };
  const reply = await deps.offload({
    command: 'exercise',
    // The language travels as the option, so the worker answers a refusal in it too.
    options: { action: 'submit', lang: who.locale },
    text: solution,
    user: who.user,
    locale: who.locale,
    ...(who.requestId ? { id: who.requestId } : {}),
    grade: order,
  });
  return reply.graded ? { graded: reply.graded } : { instead: reply };
}
