// How /check read the setup, said in the lines its reply opens with (the chat command and the command line alike):
// readings the numbers confirmed, those taken by convention, the page's "MSE", a network without biases.
import type { CheckOptions, CheckReport } from '../src/check/check-answers.js';
import {
  assumedReadings,
  confirmedReadings,
  defaultsTaken,
  noBiasesReading,
} from '../src/check/reading-notes.js';
import type { ResolvedSpec } from '../src/core/index.js';
import type { ParsedDefinition } from '../src/definition/index.js';
import type { Locale } from '../src/dispatch/types.js';
import type { Result } from '../src/errors.js';
import {
  lossReading,
  mseOptionUnused,
  pageMse,
  withMseReading,
  type MseReading,
} from './check-loss-reading.js';
import { noBiasRows } from './check-no-bias-rows.js';

/** The network to check against: the page's, with its open "MSE" read as `mse:` asks (refused where none is open). */
export function networkToCheck(network: ParsedDefinition, mse: MseReading | undefined): Result<ResolvedSpec> {
  // On a page with no open "MSE" the option would silently change the loss.
  if (mse !== undefined && !pageMse(network.noteMessages))
    return { ok: false, error: [mseOptionUnused(mse, network.spec.loss)] };
  return { ok: true, value: mse !== undefined ? withMseReading(network.spec, mse) : network.spec };
}

export interface CheckedSheet {
  network: ParsedDefinition;
  spec: ResolvedSpec;
  sheet: string;
  options: CheckOptions;
  report: CheckReport;
  /** `mse:` as typed. */
  mse?: MseReading | undefined;
}

/** The reply's opening lines, and the reading of "MSE" to offer when the answers did not settle it. */
export function checkReadings(
  checked: CheckedSheet,
  locale: Locale,
): { lines: string[]; offerMse?: MseReading } {
  const { network, spec, sheet, options, report } = checked;
  const loss = lossReading(
    pageMse(network.noteMessages),
    checked.mse,
    { spec, sheet, options, report },
    locale,
  );
  // The "MSE" note is said by `loss` instead, with what the answers' numbers made of it.
  const notes = network.noteMessages.filter((note) => note.id !== 'definition.note.mse_reading');
  const lines = [
    ...confirmedReadings(notes, locale),
    ...assumedReadings(notes, locale, report.numbering !== undefined),
    ...defaultsTaken(notes, locale),
    ...loss.lines,
    ...noBiasesReading(notes, locale),
    ...noBiasRows(spec, report, locale),
  ];
  return loss.offer ? { lines, offerMse: loss.offer } : { lines };
}
