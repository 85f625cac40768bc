// Answer sheet + network → a verdict per stated number: read the statements, name them, judge them, score the sheet.
import type { ResolvedSpec } from '../core/index.js';
import { parseAnswerSheet, type Statement } from './answer-sheet.js';
import { judgedRow, remember, unrecognisedRow } from './check-row.js';
import { startSession, type CheckSession } from './check-session.js';
import { WorkBudgetExceeded } from './evaluator.js';
import { judge } from './judge.js';
import { recogniseByValue } from './recognise-by-value.js';
import { scoreOf, type CheckReport, type CheckRow } from './report.js';
import { meaningsOfStatement } from './statement-meanings.js';

export type { CheckReport, CheckRow, CheckScore, Verdict } from './report.js';

/** The longest answers text read (a whole worked solution with its prose is 2–12 thousand characters). */
export const MAX_ANSWERS_LENGTH = 20_000;
/** A sheet is checked up to this many statements (a long homework has ~100). */
export const MAX_STATEMENTS = 500;
/** Values read across all the recomputations of one sheet (the course Q6 sheet needs ~3000): at most about two seconds. */
export const WORK_BUDGET = 1_500_000;

export interface CheckOptions {
  /** Leave the right values out (a student checking their work before submitting). */
  hideExpected?: boolean;
  /** Values the recomputations may compute in all (default WORK_BUDGET); the rest of the sheet is left unchecked. */
  workBudget?: number;
}

export function checkAnswers(
  spec: ResolvedSpec,
  answersText: string,
  options: CheckOptions = {},
): CheckReport {
  const session = startSession(spec, options.workBudget ?? WORK_BUDGET);
  const hideExpected = Boolean(options.hideExpected);
  const statements = parseAnswerSheet(answersText);
  const rows: CheckRow[] = [];
  let checked = 0;
  for (const statement of statements.slice(0, MAX_STATEMENTS)) {
    try {
      rows.push(checkStatement(session, statement, hideExpected));
    } catch (error) {
      if (error instanceof WorkBudgetExceeded) break;
      throw error;
    }
    checked++;
  }
  return { rows, score: scoreOf(rows), hideExpected, unchecked: statements.length - checked };
}

function checkStatement(session: CheckSession, statement: Statement, hideExpected: boolean): CheckRow {
  const name = (statement.segments[0] ?? '').trim();
  const named = meaningsOfStatement(statement, session.spec, session.context);
  // No name, or only arithmetic before the value ("0.3 * 0.0822 = 0.0247"): recognise it by its value.
  const nameless = !/[\p{L}∂Δδσ]/u.test(name);
  const meanings = named.length > 0 || !nameless ? named : recogniseByValue(session, statement.claim);
  if (meanings.length === 0) return unrecognisedRow(statement);
  const finding = judge(session, statement.claim, meanings);
  const row = judgedRow(session, statement, finding, hideExpected);
  remember(session, statement, finding);
  return row;
}
