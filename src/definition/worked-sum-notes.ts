// What the reply says about a network read from worked sums: how the weights' names were placed, the page's own
// totals that disagree with its sums (slips, never a reason to change a weight), and the values the sums carry
// forward (`H_11 = 0.802184`) against the network as read.
import { agreesToGivenDigits, parseGivenNumber } from '../check/numbers.js';
import { computeTrace, resolveSpec } from '../core/index.js';
import type { Note } from './defaults.js';
import { lineAndColumn, originOf, type MappedText } from './source.js';
import type { PageName } from './unit-pairs.js';
import type { WorkedReading, WorkedSum } from './worked-sums.js';

const lineOf = (original: string, piece: MappedText) => lineAndColumn(original, originOf(piece)).line;

/** A computed value as the reply prints it: six significant digits, no trailing zeros. */
const shown = (value: number) => String(Number(value.toPrecision(6)));

/** The numeric sum's value: each term's two numbers multiplied, then added. */
function sumOf(sum: WorkedSum): number {
  return sum.terms.reduce((total, t) => total + Number(t.weightValue.text) * Number(t.sourceValue.text), 0);
}

/** Where the weights came from and how their names were placed (the sums say it: a weight times its source). */
function placementNote(reading: WorkedReading, original: string): Note {
  const first = reading.sums[0]!;
  const term = first.terms[0]!;
  const inputs = reading.entries.filter((e) => e.ref?.kind === 'inputUnit');
  return {
    id: 'definition.note.worked_sums',
    params: {
      line: lineOf(original, first.numeric),
      example: term.weight.text.trim(),
      source: term.sourceName.text.trim(),
      sum: first.lhs.text.trim(),
      from: term.source,
      to: first.unit,
      order: first.order,
      inputs: inputs.map((e) => `${e.key.text.trim()} = ${e.value.text.trim()}`).join(', '),
    },
  };
}

/** `net_H21 = … = 0.43` where the page's own sum is 0.2422: a slip in the total, said once per sum. */
function slipNotes(reading: WorkedReading, original: string): Note[] {
  return reading.sums.flatMap((sum) => {
    const stated = sum.stated && parseGivenNumber(sum.stated.text);
    const value = sumOf(sum);
    if (!stated || agreesToGivenDigits(value, stated)) return [];
    return [
      {
        id: 'definition.note.worked_sum_slip',
        params: {
          line: lineOf(original, sum.stated!),
          sum: sum.lhs.text.trim(),
          stated: stated.text,
          terms: sum.numeric.text.trim(),
          value: shown(value),
        },
      },
    ];
  });
}

/** The later units' values the sums use, each against the network's own forward pass. */
function carriedNotes(
  reading: WorkedReading,
  spec: Record<string, unknown>,
  pageNames: readonly PageName[],
  original: string,
): Note[] {
  const resolved = resolveSpec({ ...spec, steps: 1 });
  if (!resolved.ok || reading.carried.length === 0) return [];
  const trace = computeTrace(resolved.value);
  const agreeing: string[] = [];
  const notes: Note[] = [];
  const seen = new Set<string>();
  for (const term of reading.carried) {
    const written = `${term.sourceName.text.trim()} = ${term.sourceValue.text.trim()}`;
    if (seen.has(written)) continue;
    seen.add(written);
    const place = pageNames.find((n) => n.name === term.source && n.ref.kind === 'unit')?.ref;
    const given = parseGivenNumber(term.sourceValue.text);
    if (place?.kind !== 'unit' || place.layer < 1 || !given) continue;
    const value = trace.out[place.layer - 1]?.[place.j];
    if (value === undefined) continue;
    if (agreesToGivenDigits(value, given)) agreeing.push(written);
    else
      notes.push({
        id: 'definition.note.worked_value_differs',
        params: {
          line: lineOf(original, term.sourceValue),
          name: term.sourceName.text.trim(),
          stated: given.text,
          unit: term.source,
          value: shown(value),
        },
      });
  }
  if (agreeing.length > 0)
    notes.unshift({ id: 'definition.note.worked_values_agree', params: { values: agreeing.join(', ') } });
  return notes;
}

/** Every note about the sums a network was read from. */
export function workedSumNotes(
  reading: WorkedReading,
  spec: Record<string, unknown>,
  pageNames: readonly PageName[],
  original: string,
): Note[] {
  return [
    placementNote(reading, original),
    ...slipNotes(reading, original),
    ...carriedNotes(reading, spec, pageNames, original),
  ];
}
