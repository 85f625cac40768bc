// The report's lines on how a sheet's "actual output" was read: settled by its number, or taken and the other named.
import type { Locale } from '../dispatch/types.js';
import { t } from '../text/i18n.js';
import type { CheckRow } from './report.js';

const KINDS = ['confirmed_target', 'confirmed_output', 'open_target', 'open_output'] as const;

/** How one row read the words, or undefined for any other row. */
function kindOf(row: Pick<CheckRow, 'meaning' | 'verdict'>): (typeof KINDS)[number] | undefined {
  if (row.meaning !== 'actual_target' && row.meaning !== 'actual_output') return undefined;
  const how = row.verdict === 'correct' ? 'confirmed' : 'open';
  return `${how}_${row.meaning === 'actual_target' ? 'target' : 'output'}`;
}

/**
 * Never silent, and kept when the table is cut to a summary: a right number confirmed the reading; otherwise the
 * reading taken and how to write the other. One line per kind, naming its lines.
 */
export function actualOutputLines(rows: readonly CheckRow[], locale: Locale): string[] {
  return KINDS.flatMap((kind) => {
    const lines = rows.filter((row) => kindOf(row) === kind).map((row) => row.line);
    return lines.length > 0 ? [t(locale, `check.actual_output.${kind}`, { lines: lines.join(', ') })] : [];
  });
}
