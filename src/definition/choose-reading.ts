// Step 4 of reading: when the text fits more than one network (destination- or source-first numbering, W or Wᵀ),
// the page's own worked numbers decide: the reading whose forward pass reproduces more of them is taken.
import { computeTrace, resolveSpec } from '../core/index.js';

/** A number written on the page with at least two decimals (`0.5932`, `-0.105`): a candidate worked value. */
export interface PageNumber {
  value: number;
  decimals: number;
  text: string;
}

const LITERAL = /(?<![\w.])-?\d+\.(\d{2,})(?![\d.])/g;

export function pageNumbers(text: string): PageNumber[] {
  const found: PageNumber[] = [];
  LITERAL.lastIndex = 0;
  for (let match = LITERAL.exec(text); match; match = LITERAL.exec(text)) {
    found.push({ value: Number(match[0]), decimals: match[1]!.length, text: match[0] });
  }
  return found;
}

/** Every number a spec holds, integers too (a weight `-1` written `-1.00000` on the page confirms nothing). */
export function specNumbers(spec: Record<string, unknown>): Set<number> {
  return new Set(
    JSON.stringify(spec)
      .match(/-?\d+(?:\.\d+)?(?:e[-+]?\d+)?/g)
      ?.map(Number) ?? [],
  );
}

/** The first `count` different numbers as the page writes them, for a note ("0.552, 0.547", not "0.552, 0.552"). */
export function quoteNumbers(numbers: PageNumber[], count = 3): string {
  return [...new Set(numbers.map((n) => n.text))].slice(0, count).join(', ');
}

/** The forward pass's values (every net input, output and the loss) of a spec, or none if it is not valid. */
function forwardValues(spec: Record<string, unknown>): number[] {
  const resolved = resolveSpec({ ...spec, steps: 1 });
  if (!resolved.ok) return [];
  const trace = computeTrace(resolved.value);
  return [...trace.net.flat(), ...trace.out.flat(), trace.loss];
}

/** The page's numbers that this spec's forward pass reproduces (to the digits the page prints). */
export function confirmedNumbers(spec: Record<string, unknown>, numbers: PageNumber[]): PageNumber[] {
  const values = forwardValues(spec);
  // Only numbers that are not the spec's own inputs (a weight written 0.15 confirms nothing).
  const given = specNumbers(spec);
  return numbers.filter(
    (n) =>
      !given.has(n.value) && values.some((v) => Math.abs(v - n.value) <= 0.51 * 10 ** -n.decimals + 1e-12),
  );
}

/**
 * Chooses between readings by the page's numbers: the one confirmed by strictly more of them, with
 * those numbers; undefined when the numbers do not tell them apart.
 */
export function chooseByNumbers<R extends { spec: Record<string, unknown> }>(
  readings: R[],
  text: string,
  /** On a tie, the one plain reading (the same order everywhere) beats mixed ones. */
  isPlain: (reading: R) => boolean = () => true,
): { reading: R; confirmedBy: PageNumber[] } | undefined {
  // A number the readings themselves contain (a weight, an input) confirms nothing: only the others are tried.
  const given = new Set(readings.flatMap((r) => [...specNumbers(r.spec)]));
  const numbers = pageNumbers(text).filter((n) => !given.has(n.value));
  if (numbers.length === 0) return undefined;
  const scored = readings.map((reading) => ({
    reading,
    confirmedBy: confirmedNumbers(reading.spec, numbers),
  }));
  const best = Math.max(...scored.map((s) => s.confirmedBy.length));
  if (best === 0) return undefined;
  const top = scored.filter((s) => s.confirmedBy.length === best);
  if (top.length === 1) return top[0];
  const plain = top.filter((s) => isPlain(s.reading));
  return plain.length === 1 ? plain[0] : undefined;
}
