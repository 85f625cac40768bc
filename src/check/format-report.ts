// A check report as chat text (built to fit one message), as a full table for an attachment, and as JSON.
import type { Locale } from '../dispatch/types.js';
import { LRI, PDI, RLI, hasPersian } from '../text/bidi.js';
import { hasMessage, t } from '../text/i18n.js';
import { CHAT_MESSAGE_LIMIT } from '../text/limits.js';
import { formatNumber } from '../text/number-format.js';
import type { CheckReport, CheckRow } from './check-answers.js';
import type { MistakeId } from './mistakes.js';
import { actualOutputLines } from './output-words-note.js';

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

const NAME_WIDTH = 34;
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

/** A padded column; in Persian each cell is isolated so the columns keep their order in either direction. */
function cell(text: string, width: number, locale: Locale = 'en'): string {
  const clipped = width > 0 && text.length > width ? `${text.slice(0, width - 1)}…` : text;
  const padding = ' '.repeat(Math.max(width - clipped.length, 0));
  if (locale !== 'fa' || clipped === '') return clipped + padding;
  return `${hasPersian(clipped) ? RLI : LRI}${clipped}${PDI}${padding}`;
}

/** A mistake in words (the id stays in --json). */
function mistakeName(id: MistakeId, locale: Locale): string {
  const key = `check.report.mistake.${id}`;
  return hasMessage(key) ? t(locale, key) : id;
}

const compact = (name: string): string => name.replace(/[\s{}_\\$]/g, '').toLowerCase();

/** The student's own name, and what it was understood as when that is written differently. */
function quantityText(row: CheckRow, locale: Locale, names: QuantityNamer): string {
  const quantity = row.quantity === undefined ? undefined : names(row.quantity);
  if (!row.name) return quantity ?? t(locale, 'check.report.no_name');
  if (!quantity || compact(quantity) === compact(row.name)) return row.name;
  return t(locale, 'check.report.read_as', { name: row.name, quantity }).replace(/[\u2066-\u2069]/g, '');
}

/** Readings worth saying out loud: the name meant something other than its most likely meaning. */
const NOTABLE_MEANINGS = new Set(['activation', 'change', 'delta_other_sign', 'by_value', 'initial']);

function note(row: CheckRow, locale: Locale): string {
  if (row.verdict === 'correct' && row.meaning && NOTABLE_MEANINGS.has(row.meaning)) {
    return t(locale, `check.meaning.${row.meaning}`);
  }
  if (row.verdict === 'incorrect')
    return (row.diagnoses ?? []).map((id) => mistakeName(id, locale)).join('; ');
  if (row.verdict === 'carried' && row.carriedFrom)
    return t(locale, 'check.report.carried_from', { lines: row.carriedFrom.join(', ') });
  if (row.verdict === 'unrecognized') return row.name === '' ? t(locale, 'check.report.no_name') : '';
  return '';
}

/** A quantity's canonical name (`net_h1`, as in --json) as the report shows it: in the notation chosen. */
export type QuantityNamer = (canonical: string) => string;
const asIs: QuantityNamer = (canonical) => canonical;

function table(
  report: CheckReport,
  locale: Locale,
  names: QuantityNamer,
  rows: CheckRow[] = report.rows,
): string {
  const showExpected = !report.hideExpected;
  const header = [
    cell(t(locale, 'check.report.column_line'), 4, locale),
    cell(t(locale, 'check.report.column_quantity'), NAME_WIDTH, locale),
    cell(t(locale, 'check.report.column_given'), NUMBER_WIDTH, locale),
    ...(showExpected ? [cell(t(locale, 'check.report.column_expected'), NUMBER_WIDTH, locale)] : []),
  ].join('  ');
  const lines = rows.map((row) =>
    [
      cell(String(row.line).padStart(4), 4, locale),
      cell(quantityText(row, locale, names), NAME_WIDTH, locale),
      cell(row.givenText, NUMBER_WIDTH, locale),
      ...(showExpected ? [cell(expectedText(row), NUMBER_WIDTH, locale)] : []),
      cell(`${mark(row)} ${note(row, locale)}`.trimEnd(), 0, locale),
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
    const forms = report.rows
      .flatMap((r) => (r.verdict === 'incorrect' ? (r.mistakeForms ?? []) : []))
      .filter((form) => form.id === id);
    // The sentence names what the first row's form found (a swapped numbering: which layer).
    const params = forms.find((form) => form.params)?.params ?? {};
    for (const form of forms) {
      pairs.set(
        `${form.correct}|${form.used}`,
        t(locale, 'check.formula_pair', { correct: form.correct, used: form.used }),
      );
    }
    return [
      `✗ **${mistakeName(id, locale)}** — ${t(locale, `check.mistake.${id}`, params)}`,
      ...pairs.values(),
    ].join(' ');
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
  if (report.numbering) notes.push(t(locale, 'check.note.numbering_from_sheet', { ...report.numbering }));
  notes.push(...actualOutputLines(report.rows, locale));
  const undiagnosed = linesWhere(report, (r) => r.verdict === 'incorrect' && !r.diagnoses);
  if (undiagnosed.length > 0)
    notes.push(t(locale, 'check.group_undiagnosed', { lines: listLines(undiagnosed) }));
  if (report.rows.some((r) => r.verdict === 'unrecognized')) notes.push(t(locale, 'check.understood_names'));
  if (report.hideExpected) notes.push(t(locale, 'check.hidden_note'));
  if (report.unchecked > 0) notes.push(t(locale, 'check.unchecked', { count: report.unchecked }));
  return notes;
}

/** Title, score, and the readings the numbers confirmed (first, so a summary cut to fit keeps them). */
function header(report: CheckReport, locale: Locale, readings: readonly string[]): string[] {
  // ≈ (right only after the student's own rounding) is counted apart from ✓.
  const approximate = report.rows.filter((r) => r.verdict === 'correct' && r.approximate).length;
  const exact = report.score.correct - approximate;
  return [
    t(locale, 'check.title'),
    t(locale, 'check.report.score', { ...report.score, exact, approximate }),
    ...readings,
  ];
}

/** The grouped summary used when the table does not fit one message. */
function summary(report: CheckReport, locale: Locale): string[] {
  const groups: string[] = [];
  for (const id of diagnosedIds(report)) {
    const lines = linesWhere(report, (r) => r.verdict === 'incorrect' && (r.diagnoses ?? []).includes(id));
    groups.push(
      t(locale, 'check.report.group_incorrect', {
        mistake: mistakeName(id, locale),
        lines: listLines(lines),
      }),
    );
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
  options: {
    locale: Locale;
    limit?: number;
    attachmentNames?: string;
    names?: QuantityNamer;
    /** Lines saying which open reading of the setup the numbers confirmed (confirmedReadings). */
    readings?: readonly string[];
  },
): FormattedReport {
  const { locale } = options;
  const readings = options.readings ?? [];
  const names = options.names ?? asIs;
  const limit = options.limit ?? CHAT_MESSAGE_LIMIT;
  const full = [
    ...header(report, locale, readings),
    t(locale, 'check.legend'),
    table(report, locale, names),
    ...explanations(report, locale),
    ...footnotes(report, locale),
  ].join('\n');
  const json = JSON.stringify(report.rows, null, 2);
  if (full.length <= limit) return { text: full, complete: true, full, json };
  const files = options.attachmentNames ?? 'check-report.md, check-report.json';
  const summaryText = [...header(report, locale, readings), ...summary(report, locale)].join('\n');
  const attached = t(locale, 'check.attached', { files });
  // Then as many of the wrong lines, in full, as still fit the message.
  const wrong = report.rows.filter((r) => r.verdict === 'incorrect');
  let text = fit(`${summaryText}\n\n${attached}`, limit);
  for (let count = wrong.length; count > 0; count--) {
    const withRows = `${summaryText}\n${table(report, locale, names, wrong.slice(0, count))}\n${attached}`;
    if (withRows.length <= limit) {
      text = withRows;
      break;
    }
  }
  return { text, complete: false, full, json };
}
