// Answer sheet + network → a verdict per stated number: read the statements, name them, judge them, score the sheet.
import type { ResolvedSpec } from '../core/index.js';
import type { PageName } from '../definition/index.js';
import { parseAnswerSheet, type Statement } from './answer-sheet.js';
import { judgedRow, remember, unrecognisedRow } from './check-row.js';
import { startSession, type CheckSession } from './check-session.js';
import { checkVector } from './check-vector.js';
import { WorkBudgetExceeded, type WorkBudget } from './evaluator.js';
import type { Finding } from './finding.js';
import { judge } from './judge.js';
import { matchTrueValue } from './judge-correct.js';
import { compactName, type Meaning } from './names.js';
import { actualOutputReading } from './output-words.js';
import { recogniseByValue } from './recognise-by-value.js';
import { hasStarLegend } from './star-marks.js';
import { scoreOf, type CheckReport, type CheckRow } from './report.js';
import {
  commaPairs,
  isUsualNumbering,
  NUMBERINGS,
  pageNameTable,
  USUAL_NUMBERING,
  type SheetNames,
  type WeightNumbering,
} from './sheet-names.js';
import { namesInsideActivation } from './sigma-arguments.js';
import { unnumberedNewWeight } from './unnumbered-weight.js';
import { pairSchemeOf } from './textbook-names.js';
import { meaningsOfStatement } from './statement-meanings.js';

export type { CheckReport, CheckRow, CheckScore, Verdict } from './report.js';
export type { WeightNumbering } from './sheet-names.js';

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
  /** The names the setup's page gave its weights and biases (ParsedDefinition.pageNames): read before ours. */
  pageNames?: readonly PageName[];
  /**
   * How w1, w2, … count: the `numbering:` option, or `sheet` when nothing fixed it (a JSON network names no
   * weights): then the sheet's own numbers choose and the report says so. Default destination-first.
   */
  numbering?: 'destination-first' | 'source-first' | 'sheet';
}

/** A weight numbered by the sheet (w1, w_5, ∂E/∂w5, w5_new), whose meaning depends on the numbering. */
const NUMBERED_WEIGHT = /(?:^|[^a-z])w\d/;

export function checkAnswers(
  spec: ResolvedSpec,
  answersText: string,
  options: CheckOptions = {},
): CheckReport {
  const statements = parseAnswerSheet(answersText);
  const page = pageNameTable(options.pageNames ?? [], spec, compactName);
  const budget: WorkBudget = { remaining: options.workBudget ?? WORK_BUDGET };
  const numbering: WeightNumbering =
    options.numbering && options.numbering !== 'sheet'
      ? { order: options.numbering, from: 'input' }
      : USUAL_NUMBERING;
  const pairs = pairSchemeOf(commaPairs(statements.map((s) => compactName(s.segments[0] ?? ''))), spec);
  const words = { actualOutput: actualOutputReading(answersText), starMeansNew: hasStarLegend(answersText) };
  const usual = checkSheet(spec, statements, { page, numbering, pairs, ...words }, budget, options);
  // The page's own names fix the numbering; else, when asked, the sheet's numbers may choose another one.
  const pageNumbers = [...page.keys()].some((name) => /^w\d+$/.test(name));
  if (options.numbering !== 'sheet' || pageNumbers || !numberingMatters(usual, statements)) return usual;
  let best = usual;
  for (const other of NUMBERINGS.filter((n) => !isUsualNumbering(n))) {
    const report = checkSheet(spec, statements, { page, numbering: other, pairs, ...words }, budget, options);
    if (report.score.points > best.score.points) best = { ...report, numbering: other };
  }
  return best;
}

/** Some numbered weight was read and was not right: another numbering may be the sheet's. */
function numberingMatters(report: CheckReport, statements: Statement[]): boolean {
  return report.rows.some(
    (row, k) =>
      row.verdict !== 'correct' &&
      row.verdict !== 'carried' &&
      NUMBERED_WEIGHT.test(compactName(statements[k]?.segments[0] ?? '')),
  );
}

function checkSheet(
  spec: ResolvedSpec,
  statements: Statement[],
  names: SheetNames,
  budget: WorkBudget,
  options: CheckOptions,
): CheckReport {
  const session = startSession(spec, budget, names);
  session.context.insideActivation = namesInsideActivation(statements);
  const hideExpected = Boolean(options.hideExpected);
  const rows: CheckRow[] = [];
  let checked = 0;
  for (const statement of statements.slice(0, MAX_STATEMENTS)) {
    try {
      if (statement.vector) rows.push(...checkVector(session, statement, hideExpected));
      else rows.push(checkStatement(session, statement, hideExpected));
    } catch (error) {
      if (error instanceof WorkBudgetExceeded) break;
      throw error;
    }
    checked++;
  }
  return { rows, score: scoreOf(rows), hideExpected, unchecked: statements.length - checked };
}

/** Once the sheet's `a` (or its Δw) proved to be read one way, its other reading is not tried again. */
function keepSheetReading(meanings: Meaning[], session: CheckSession): Meaning[] {
  const { aReading, stepReading } = session.context;
  const others = [
    aReading === 'activation' ? 'pre_activation' : aReading === 'pre_activation' ? 'activation' : undefined,
    stepReading === 'step' ? 'change' : stepReading === 'change' ? 'step' : undefined,
  ];
  const kept = meanings.filter((m) => m.note === undefined || !others.includes(m.note));
  return kept.length > 0 ? kept : meanings;
}

/**
 * A right `a_2 = … = 0.562` whose other reading (net input or activation) would be wrong tells how this
 * sheet writes a; its derivatives (∂L/∂a_2) are then read the same way.
 */
function noteSheetReading(session: CheckSession, statement: Statement, finding: Finding): void {
  const q = finding.meaning.quantity;
  const note = finding.meaning.note;
  if (finding.verdict === 'correct' && (note === 'step' || note === 'change') && !finding.approximate)
    session.context.stepReading ??= note;
  if (finding.verdict === 'correct' && q.kind === 'delta' && note === 'delta_other_sign')
    session.context.stepReading ??= 'change';
  if (finding.verdict !== 'correct' || (q.kind !== 'net' && q.kind !== 'out')) return;
  if (!/^a/.test(compactName(statement.segments[0] ?? ''))) return;
  const other: Meaning = { quantity: { ...q, kind: q.kind === 'net' ? 'out' : 'net' }, scale: 1 };
  if (!matchTrueValue(session, statement.claim, [other]))
    session.context.aReading ??= q.kind === 'out' ? 'activation' : 'pre_activation';
}

function checkStatement(session: CheckSession, statement: Statement, hideExpected: boolean): CheckRow {
  const name = (statement.segments[0] ?? '').trim();
  const named = keepSheetReading(
    meaningsOfStatement(statement, session.spec, session.context, session.names),
    session,
  );
  // No name, or only arithmetic before the value ("0.3 * 0.0822 = 0.0247"): recognise it by its value.
  const nameless = !/[\p{L}∂Δδσ]/u.test(name.replace(/\be\s*\^|\bexp\s*\(/g, ''));
  const meanings =
    named.length > 0
      ? named
      : nameless
        ? recogniseByValue(session, statement.claim, statement.segments.join(' '))
        : unnumberedNewWeight(session, statement);
  if (meanings.length === 0) return unrecognisedRow(statement);
  const finding = judge(session, statement.claim, meanings);
  noteSheetReading(session, statement, finding);
  const row = judgedRow(session, statement, finding, hideExpected);
  remember(session, statement, finding);
  return row;
}
