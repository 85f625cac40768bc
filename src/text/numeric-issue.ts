// A numerical problem of a trace (∞, NaN, ln 0, saturation, divergence) explained in the user's language.
import type { NumericIssue } from '../core/types.js';
import type { Locale } from '../dispatch/types.js';
import { t } from './i18n.js';

/** Where the problem happened, as the reader says it. */
const WHERE: Record<Locale, Record<string, string>> = {
  en: {
    loss: 'loss',
    lossAfterStep: 'loss after the step',
    forward: 'forward pass',
    'forward after the step': 'forward pass after the step',
    backward: 'backward pass',
  },
  fa: {
    loss: 'خطا',
    lossAfterStep: 'خطا پس از به‌روزرسانی',
    forward: 'گذر رو به جلو',
    'forward after the step': 'گذر رو به جلو پس از به‌روزرسانی',
    backward: 'گذر رو به عقب',
  },
};

export function describeNumericIssue(issue: NumericIssue, locale: Locale): string {
  const where = WHERE[locale][issue.where] ?? issue.where;
  return t(locale, `numeric.${issue.id}`, { where, unit: (issue.unit ?? 0) + 1, step: issue.step ?? 0 });
}
