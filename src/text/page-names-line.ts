// The walkthrough's map from a pasted page's names to ours (w11 = w1, i1→h1): the text and pictures write the
// page's names, and this one line keeps our numbering (explain:w1, /check's own names) within reach.
import { connectionName } from '../core/naming.js';
import { hasNoBiases } from '../core/no-biases.js';
import type { ResolvedSpec } from '../core/types.js';
import type { Locale } from '../dispatch/types.js';
import type { Notation } from './notations.js';

const WORDS: Record<Locale, { lead: string; comma: string }> = {
  en: { lead: 'Names as on the page, ours in brackets:', comma: ', ' },
  fa: { lead: 'نام‌ها همان‌اند که صفحه نوشته است، نام‌های ما در پرانتز:', comma: '، ' },
};

/** `w11 (w1, i1→h1), …, b_out (b2)`, or undefined when the page named nothing differently from us. */
export function pageNamesLine(
  spec: ResolvedSpec,
  page: Notation,
  ours: Notation,
  locale: Locale,
  isolate: (formula: string) => string = (formula) => formula,
): string | undefined {
  const pairs: string[] = [];
  spec.weights.forEach((matrix, l) =>
    matrix.forEach((row, j) =>
      row.forEach((_w, i) => {
        const [name, own] = [page.weight(l, j, i), ours.weight(l, j, i)];
        if (name !== own) pairs.push(`${name} (${own}, ${connectionName(spec.layers, l, j, i)})`);
      }),
    ),
  );
  if (!hasNoBiases(spec))
    spec.biases.forEach((bias, l) => {
      const units = typeof bias === 'number' ? [undefined] : bias.map((_b, j) => j);
      for (const j of units) {
        const shared = j === undefined;
        const [name, own] = [page.bias(l, shared, j), ours.bias(l, shared, j)];
        if (name !== own) pairs.push(`${name} (${own})`);
      }
    });
  if (pairs.length === 0) return undefined;
  const { lead, comma } = WORDS[locale];
  return `${lead} ${pairs.map(isolate).join(comma)}.`;
}
