// A check report as chat text (built to fit one message), as a full table for an attachment, and as JSON.
import type { Locale } from '../dispatch/types.js';
import { t } from '../text/i18n.js';
import { CHAT_MESSAGE_LIMIT } from '../text/limits.js';
import { formatNumber } from '../text/number-format.js';
import type { CheckReport, CheckRow } from './check-answers.js';
import type { MistakeId } from './mistakes.js';

export interface FormattedReport {
  /** The chat message: the whole table when it fits, else a grouped summary; never longer than the limit. */
  text: string;
  /** Whether `text` holds the whole table (else attach `full`). */
  complete: boolean;
  /** Title, score, the line-by-line table and the explanations: for an attachment or a terminal. */
  full: string;
  /** The rows as JSON (what `check --json` prints). */
  json: string;
}

const NAME_WIDTH = 18;
const NUMBER_WIDTH = 12;
const MAX_LINES_LISTED = 16;

function mark(row: CheckRow): string {
  switch (row.verdict) {
    case 'correct':
      return row.approximate ? '≈' : '✓';
    case 'carried':
      return '→';
    case 'incorrect':
      return '✗';
    case 'unrecognized':
      return '?';
  }
}

function decimalsOf(text: string): number {
  const mantissa = text.split(/[eE×*]/)[0] ?? text;
  const point = mantissa.indexOf('.');
  return point < 0 ? 0 : mantissa.length - point - 1;
}

/** The right value to the student's decimals (at least 4), or 4 significant digits when that shows fewer. */
function expectedText(row: CheckRow): string {
  const x = row.expected;
  if (x === undefined) return '';
  if (!Number.isFinite(x)) return formatNumber(x);
  const decimals = Math.min(Math.max(4, decimalsOf(row.givenText)), 10);
  if (x !== 0 && Math.abs(x) < 10 ** (3 - decimals)) return x.toPrecision(4);
  if (Math.abs(x) >= 1e6) return x.toExponential(4);
  return x.toFixed(decimals);
}

function cell(text: string, width: number): string {
  const clipped = text.length > width ? `${text.slice(0, width - 1)}…` : text;
  return clipped.padEnd(width);
}

/** Readings worth saying out loud: the name meant something other than its most likely meaning. */
const NOTABLE_MEANINGS = new Set(['activation', 'change', 'delta_other_sign', 'by_value', 'initial']);

function note(row: CheckRow, locale: Locale): string {
  if (row.verdict === 'correct' && row.meaning && NOTABLE_MEANINGS.has(row.meaning)) {
    return t(locale, `check.meaning.${row.meaning}`);
  }
  if (row.verdict === 'incorrect') return (row.diagnoses ?? []).join(', ');
  if (row.verdict === 'carried' && row.carriedFrom) return `← ${row.carriedFrom.join(',')}`;
  if (row.verdict === 'unrecognized') return row.name === '' ? t(locale, 'check.no_name') : '';
  return '';
}

function table(report: CheckReport, locale: Locale, rows: CheckRow[] = report.rows): string {
  const showExpected = !report.hideExpected;
  const header = [
    t(locale, 'check.column_line').padStart(4),
    cell(t(locale, 'check.column_quantity'), NAME_WIDTH),
    cell(t(locale, 'check.column_given'), NUMBER_WIDTH),
    ...(showExpected ? [cell(t(locale, 'check.column_expected'), NUMBER_WIDTH)] : []),
  ].join('  ');
  const lines = rows.map((row) =>
    [
      String(row.line).padStart(4),
      cell(row.quantity ?? (row.name || t(locale, 'check.no_name')), NAME_WIDTH),
      cell(row.givenText, NUMBER_WIDTH),
      ...(showExpected ? [cell(expectedText(row), NUMBER_WIDTH)] : []),
      `${mark(row)} ${note(row, locale)}`.trimEnd(),
    ].join('  '),
  );
  return ['```', header, ...lines, '```'].join('\n');
}

function diagnosedIds(report: CheckReport): MistakeId[] {
  return [...new Set(report.rows.flatMap((r) => (r.verdict === 'incorrect' ? (r.diagnoses ?? []) : [])))];
}

/** One paragraph per diagnosed mistake: what it is, and each right formula next to the one used. */
function explanations(report: CheckReport, locale: Locale): string[] {
  return diagnosedIds(report).map((id) => {
    const pairs = new Map<string, string>();
    for (const form of report.rows.flatMap((r) =>
      r.verdict === 'incorrect' ? (r.mistakeForms ?? []) : [],
    )) {
      if (form.id !== id) continue;
      pairs.set(
        `${form.correct}|${form.used}`,
        t(locale, 'check.formula_pair', { correct: form.correct, used: form.used }),
      );
    }
    return [`✗ **${id}** — ${t(locale, `check.mistake.${id}`)}`, ...pairs.values()].join(' ');
  });
}

function listLines(lines: number[]): string {
  const unique = [...new Set(lines)].sort((a, b) => a - b);
  const shown = unique.slice(0, MAX_LINES_LISTED).join(', ');
  return unique.length > MAX_LINES_LISTED ? `${shown}, …` : shown;
}

function linesWhere(report: CheckReport, keep: (row: CheckRow) => boolean): number[] {
  return report.rows.filter(keep).map((r) => r.line);
}

function footnotes(report: CheckReport, locale: Locale): string[] {
  const notes: string[] = [];
  const undiagnosed = linesWhere(report, (r) => r.verdict === 'incorrect' && !r.diagnoses);
  if (undiagnosed.length > 0)
    notes.push(t(locale, 'check.group_undiagnosed', { lines: listLines(undiagnosed) }));
  if (report.rows.some((r) => r.verdict === 'unrecognized')) notes.push(t(locale, 'check.understood_names'));
  if (report.hideExpected) notes.push(t(locale, 'check.hidden_note'));
  if (report.unchecked > 0) notes.push(t(locale, 'check.unchecked', { count: report.unchecked }));
  return notes;
}

function header(report: CheckReport, locale: Locale): string[] {
  return [t(locale, 'check.title'), t(locale, 'check.score', { ...report.score })];
}

/** The grouped summary used when the table does not fit one message. */
function summary(report: CheckReport, locale: Locale): string[] {
  const groups: string[] = [];
  for (const id of diagnosedIds(report)) {
    const lines = linesWhere(report, (r) => r.verdict === 'incorrect' && (r.diagnoses ?? []).includes(id));
    groups.push(t(locale, 'check.group_incorrect', { id, lines: listLines(lines) }));
  }
  const carried = linesWhere(report, (r) => r.verdict === 'carried');
  if (carried.length > 0) groups.push(t(locale, 'check.group_carried', { lines: listLines(carried) }));
  const unrecognized = linesWhere(report, (r) => r.verdict === 'unrecognized');
  if (unrecognized.length > 0)
    groups.push(t(locale, 'check.group_unrecognized', { lines: listLines(unrecognized) }));
  return [...groups, '', ...explanations(report, locale), ...footnotes(report, locale)];
}

/** Cuts at a line boundary so a message never exceeds the platform limit, whatever the content. */
function fit(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit - 2);
  return `${cut.slice(0, Math.max(cut.lastIndexOf('\n'), 0))}\n…`;
}

export function formatCheckReport(
  report: CheckReport,
  options: { locale: Locale; limit?: number; attachmentNames?: string },
): FormattedReport {
  const { locale } = options;
  const limit = options.limit ?? CHAT_MESSAGE_LIMIT;
  const full = [
    ...header(report, locale),
    t(locale, 'check.legend'),
    table(report, locale),
    ...explanations(report, locale),
    ...footnotes(report, locale),
  ].join('\n');
  const json = JSON.stringify(report.rows, null, 2);
  if (full.length <= limit) return { text: full, complete: true, full, json };
  const names = options.attachmentNames ?? 'check-report.md, check-report.json';
  const summaryText = [...header(report, locale), ...summary(report, locale)].join('\n');
  const attached = t(locale, 'check.attached', { files: names });
  // Then as many of the wrong lines, in full, as still fit the message.
  const wrong = report.rows.filter((r) => r.verdict === 'incorrect');
  let text = fit(`${summaryText}\n\n${attached}`, limit);
  for (let count = wrong.length; count > 0; count--) {
    const withRows = `${summaryText}\n${table(report, locale, wrong.slice(0, count))}\n${attached}`;
    if (withRows.length <= limit) {
      text = withRows;
      break;
    }
  }
  return { text, complete: false, full, json };
}
