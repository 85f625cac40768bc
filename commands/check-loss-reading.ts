// /check and a page's "MSE" (issue #11: never guess silently): ½Σ(t−o)² by convention, said in one line; the
// student's own numbers may confirm it (the line names them) or fit (1/n)Σ instead; `mse:` chooses either way.
import {
  checkAnswers,
  type CheckOptions,
  type CheckReport,
  type CheckRow,
} from '../src/check/check-answers.js';
import type { ResolvedSpec } from '../src/core/index.js';
import type { Note } from '../src/definition/index.js';
import type { Locale } from '../src/dispatch/types.js';
import type { UserError } from '../src/errors.js';
import { t, type MessageParams } from '../src/text/i18n.js';

export const MSE_READINGS = ['half-sum', 'mean'] as const;
export type MseReading = (typeof MSE_READINGS)[number];

/** A page's "MSE" without ½ or 1/n that nothing on the page settled: its line. */
export interface PageMse {
  line?: number;
}

/** Cited at most: the reply is one line. */
const MAX_EVIDENCE = 2;

/**
 * The page's open "MSE", from the reading's notes; undefined when the page says no "MSE", says ½ or 1/n, or its
 * worked numbers already chose the loss (their `defaults_confirmed` note says which, and `loss:` changes it).
 */
export function pageMse(notes: readonly Note[]): PageMse | undefined {
  const assumed = notes.find((note) => note.id === 'definition.note.mse_reading');
  if (!assumed) return undefined;
  const line = Number(assumed.params.line);
  return Number.isInteger(line) && line > 0 ? { line } : {};
}

/** `mse:` given on a page with no open "MSE": what was asked and what the loss is instead. */
export function mseOptionUnused(option: MseReading, loss: string): UserError {
  return {
    id: 'check.mse_option_unused',
    message: t('en', 'check.mse_option_unused', { option, loss }),
    params: { option, loss },
    location: { field: 'mse' },
  };
}

/** The network with its "MSE" read as asked. */
export function withMseReading(spec: ResolvedSpec, reading: MseReading): ResolvedSpec {
  return { ...spec, loss: reading === 'mean' ? 'mse' : 'half_sse' };
}

/** The rows correct in `report` whose statement (same line and name) is not correct in `other`. */
function correctOnlyIn(report: CheckReport, other: CheckReport): CheckRow[] {
  const elsewhere = new Set(
    other.rows.filter((row) => row.verdict === 'correct').map((row) => `${row.line}\u0000${row.name}`),
  );
  return report.rows.filter(
    (row) => row.verdict === 'correct' && !elsewhere.has(`${row.line}\u0000${row.name}`),
  );
}

/** The loss lines first (the student's E is what the reading changes first), then in the sheet's order. */
function evidence(rows: CheckRow[]): { statements: string; lines: string } {
  const isLoss = (row: CheckRow) => /^E_/.test(row.quantity ?? '');
  const cited = [...rows.filter(isLoss), ...rows.filter((row) => !isLoss(row))].slice(0, MAX_EVIDENCE);
  return {
    statements: cited.map((row) => `${row.name || row.quantity} = ${row.givenText}`).join('\n'),
    lines: cited.map((row) => String(row.line)).join(', '),
  };
}

export interface LossReading {
  /** One line for the reply, in its language. */
  lines: string[];
  /** The reading a button (and `mse:`) re-checks with: the student's numbers did not settle it. */
  offer?: MseReading;
}

/**
 * What the reply says about the page's "MSE": as asked (`typed`); the same either way with two outputs; else
 * ½Σ by convention, confirmed by the sheet's numbers that fit only it, or with (1/n)Σ offered.
 */
export function lossReading(
  mse: PageMse | undefined,
  typed: MseReading | undefined,
  check: { spec: ResolvedSpec; sheet: string; options: CheckOptions; report: CheckReport },
  locale: Locale,
): LossReading {
  if (!mse) return { lines: [] };
  const line: MessageParams = mse.line !== undefined ? { line: mse.line } : {};
  if (typed) return { lines: [t(locale, 'check.loss_reading.as_asked', { ...line, option: typed })] };
  const outputs = check.spec.layers[check.spec.layers.length - 1]!;
  // ½ = 1/n: one loss, one network; a button would re-check the very same numbers.
  if (outputs === 2) return { lines: [t(locale, 'check.loss_reading.same', { ...line, outputs })] };
  // A sheet that used up the work budget is not checked a second time (the work stays bounded): said as assumed.
  if (check.report.unchecked > 0)
    return { lines: [t(locale, 'check.loss_reading.assumed', line)], offer: 'mean' };
  const mean = checkAnswers(withMseReading(check.spec, 'mean'), check.sheet, check.options);
  const onlyHalf = correctOnlyIn(check.report, mean);
  const onlyMean = correctOnlyIn(mean, check.report);
  if (onlyHalf.length > 0 && onlyMean.length === 0)
    return { lines: [t(locale, 'check.loss_reading.confirmed', { ...line, ...evidence(onlyHalf) })] };
  const id = onlyMean.length > 0 && onlyHalf.length === 0 ? 'fits_other' : 'assumed';
  const params = id === 'fits_other' ? { ...line, ...evidence(onlyMean) } : line;
  return { lines: [t(locale, `check.loss_reading.${id}`, params)], offer: 'mean' };
}
