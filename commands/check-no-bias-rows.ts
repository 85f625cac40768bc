// /check on a network without biases: a wrong number given for a bias or its step is no catalogued mistake (there
// is no bias to update or freeze), so the reply says in one line, naming those lines, that every bias stays 0.
import type { CheckReport } from '../src/check/check-answers.js';
import type { ResolvedSpec } from '../src/core/index.js';
import { hasNoBiases } from '../src/core/no-biases.js';
import type { Locale } from '../src/dispatch/types.js';
import { t } from '../src/text/i18n.js';

/** A bias, its step η·∂E/∂b or its new value, as /check names them (b2, b2_1+, eta*dE/db2); anchored, no nesting. */
const BIAS_VALUE = /^(?:eta\*dE\/d)?b\d+(?:_\d+)?\+?$/;

/** Lines named at most (the reply's header is short). */
const MAX_LINES = 5;

export function noBiasRows(spec: ResolvedSpec, report: CheckReport, locale: Locale): string[] {
  if (!hasNoBiases(spec)) return [];
  const rows = report.rows
    .filter((row) => row.verdict === 'incorrect' && BIAS_VALUE.test(row.quantity ?? ''))
    .slice(0, MAX_LINES);
  if (rows.length === 0) return [];
  const lines = rows.map((row) => String(row.line)).join(', ');
  const names = [...new Set(rows.map((row) => row.name || row.quantity!))].join(', ');
  return [t(locale, 'check.no_biases_row', { lines, names })];
}
