// The row note that says how a sheet's "actual output" was read: settled by its number, or taken and the other named.
import type { Locale } from '../dispatch/types.js';
import { t } from '../text/i18n.js';
import type { CheckRow } from './report.js';

/** Never silent: a right number confirmed the reading; otherwise the reading taken, and how to write the other. */
export function actualOutputNote(row: Pick<CheckRow, 'meaning' | 'verdict'>, locale: Locale): string {
  if (row.meaning !== 'actual_target' && row.meaning !== 'actual_output') return '';
  const reading = row.meaning === 'actual_target' ? 'target' : 'output';
  const how = row.verdict === 'correct' ? 'confirmed' : 'open';
  return t(locale, `check.actual_output.${how}_${reading}`);
}
