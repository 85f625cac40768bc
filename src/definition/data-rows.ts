// A data set as people write it under `data:`: rows `0 0 -> 0` (also =>, →, |, "gives"), a table
// with a header (`x1 x2 y`), JSON, or prose with the numbers. Rows without an arrow are split
// once the network's input size is known (assembleTraining).
import type { Sample } from '../core/types.js';
import { fail, ok, type Result, type UserError } from '../errors.js';
import { definitionError } from './errors.js';
import { slice, trim, type MappedText } from './source.js';

/** One sample as read: split (input → target) or only its numbers, with where it was written. */
export interface DataRow {
  input?: number[];
  target?: number[];
  numbers?: number[];
  piece: MappedText;
}

export interface RawDataSet {
  rows: DataRow[];
  /** From a header such as `x1 x2 y`: how many columns are inputs. */
  headerInputs?: number;
}

/** What separates a sample's input from its target. */
const ARROW =
  /->|=>|→|⟶|↦|⇒|\||\bgives\b|\bmaps? to\b|\bshould (?:give|output|be)\b|\boutputs?\b|\byields\b|\btarget\b|می‌دهد|میدهد/giu;
const NUMBER = /[-−]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/giu;
const INPUT_COLUMN = /^(?:x|i|in|input|ورودی)[_\s]?\d*$/iu;
const TARGET_COLUMN = /^(?:y|t|d|target|out|output|label|class|هدف|خروجی)[_\s]?\d*$/iu;

function numbersIn(text: string): number[] {
  return [...text.matchAll(NUMBER)].map((m) => Number(m[0].replace('−', '-')));
}

/** Splits text into lines (and `;`-separated parts), keeping each piece's place in the original. */
function segments(value: MappedText): MappedText[] {
  const out: MappedText[] = [];
  let start = 0;
  for (let k = 0; k <= value.text.length; k++) {
    const c = value.text[k];
    if (k === value.text.length || c === '\n' || c === ';') {
      const piece = trim(slice(value, start, k), ',');
      if (piece.text !== '') out.push(piece);
      start = k + 1;
    }
  }
  return out;
}

/** `x1 x2 y`, `input1 input2 | target`: a header names its columns. */
function headerOf(text: string): { inputs: number; targets: number } | undefined {
  if (/\d\s*(?:[,\s]|$)/.test(text.replace(/(?<![a-z\u0600-\u06FF])[a-z\u0600-\u06FF]+[_\s]?\d+/giu, '')))
    return undefined;
  const words = text
    .replace(/[|,→]/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '' && w !== '->' && w !== '=>');
  if (words.length < 2) return undefined;
  let inputs = 0;
  let targets = 0;
  for (const word of words) {
    if (INPUT_COLUMN.test(word) && targets === 0) inputs++;
    else if (TARGET_COLUMN.test(word)) targets++;
    else return undefined;
  }
  return inputs > 0 && targets > 0 ? { inputs, targets } : undefined;
}

/** A segment with k ≥ 1 arrows: the first part is the input, every later part a target (then the next input). */
function rowsWithArrows(segment: MappedText, errors: UserError[], original: string): DataRow[] {
  const arrows = [...segment.text.matchAll(ARROW)];
  const parts: { numbers: number[]; from: number; to: number }[] = [];
  let from = 0;
  for (const arrow of arrows) {
    parts.push({ numbers: numbersIn(segment.text.slice(from, arrow.index)), from, to: arrow.index });
    from = arrow.index + arrow[0].length;
  }
  parts.push({ numbers: numbersIn(segment.text.slice(from)), from, to: segment.text.length });
  const inputSize = parts[0]!.numbers.length;
  const rows: DataRow[] = [];
  let input = parts[0]!.numbers;
  let rowStart = parts[0]!.from;
  for (let k = 1; k < parts.length; k++) {
    const numbers = parts[k]!.numbers;
    const last = k === parts.length - 1;
    // between two arrows: this sample's target, then the next sample's input (as long as the first)
    const targetSize = last ? numbers.length : numbers.length - inputSize;
    if (inputSize === 0 || targetSize < 1) {
      errors.push(
        definitionError(
          'training.bad_data_row',
          { text: segment.text.trim() },
          { original, piece: segment },
          '0 1 -> 1',
        ),
      );
      return rows;
    }
    rows.push({
      input,
      target: numbers.slice(0, targetSize),
      piece: trim(slice(segment, rowStart, parts[k]!.to)),
    });
    input = numbers.slice(targetSize);
    rowStart = parts[k]!.from;
  }
  return rows;
}

function fromJson(value: MappedText, original: string): Result<RawDataSet> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value.text);
  } catch {
    return fail([
      definitionError(
        'training.bad_data_json',
        {},
        { original, piece: value },
        '[{"input": [0, 1], "target": [1]}]',
      ),
    ]);
  }
  const isNumbers = (v: unknown): v is number[] =>
    Array.isArray(v) && v.every((x) => typeof x === 'number' && Number.isFinite(x));
  if (!Array.isArray(parsed)) parsed = [parsed];
  const rows: DataRow[] = [];
  for (const item of parsed as unknown[]) {
    if (isNumbers(item)) rows.push({ numbers: item, piece: value });
    else if (Array.isArray(item) && item.length === 2 && isNumbers(item[0]) && isNumbers(item[1]))
      rows.push({ input: item[0], target: item[1], piece: value });
    else if (typeof item === 'object' && item !== null) {
      const record = item as Record<string, unknown>;
      const input = record.input ?? record.x ?? record.inputs;
      const target = record.target ?? record.y ?? record.targets ?? record.output;
      const asList = (v: unknown) => (typeof v === 'number' ? [v] : v);
      if (isNumbers(asList(input)) && isNumbers(asList(target)))
        rows.push({ input: asList(input) as number[], target: asList(target) as number[], piece: value });
      else
        return fail([
          definitionError(
            'training.bad_data_json',
            {},
            { original, piece: value },
            '[{"input": [0, 1], "target": [1]}]',
          ),
        ]);
    } else
      return fail([
        definitionError(
          'training.bad_data_json',
          {},
          { original, piece: value },
          '[{"input": [0, 1], "target": [1]}]',
        ),
      ]);
  }
  return ok({ rows });
}

/** Reads the value of `data:` (everything written under it). */
export function parseDataRows(value: MappedText, original: string): Result<RawDataSet> {
  const whole = trim(value);
  if (whole.text === '')
    return fail([definitionError('training.empty_data', {}, { original, piece: value }, 'data:\n0 0 -> 0')]);
  if (/^[[{]/.test(whole.text) && /[\]}]$/.test(whole.text) && /[{"]|\[\s*\[/.test(whole.text))
    return fromJson(whole, original);
  const errors: UserError[] = [];
  const rows: DataRow[] = [];
  let headerInputs: number | undefined;
  for (const segment of segments(whole)) {
    const header = headerOf(segment.text);
    if (header && rows.length === 0 && headerInputs === undefined) {
      headerInputs = header.inputs;
      continue;
    }
    ARROW.lastIndex = 0;
    if (ARROW.test(segment.text)) {
      ARROW.lastIndex = 0;
      rows.push(...rowsWithArrows(segment, errors, original));
      continue;
    }
    const numbers = numbersIn(segment.text);
    if (numbers.length === 0) {
      // prose between the rows ("the four XOR patterns:") carries no numbers and is skipped
      if (/\d/.test(segment.text))
        errors.push(
          definitionError(
            'training.bad_data_row',
            { text: segment.text.trim() },
            { original, piece: segment },
            '0 1 -> 1',
          ),
        );
      continue;
    }
    rows.push({ numbers, piece: segment });
  }
  if (errors.length > 0) return fail(errors);
  if (rows.length === 0)
    return fail([definitionError('training.empty_data', {}, { original, piece: whole }, 'data:\n0 0 -> 0')]);
  return ok({ rows, ...(headerInputs !== undefined ? { headerInputs } : {}) });
}

/**
 * The samples, splitting rows without an arrow by the header or by the network's input size;
 * every sample must have the same sizes as the first.
 */
export function splitDataRows(
  raw: RawDataSet,
  inputs: number | undefined,
  original: string,
): Result<Sample[]> {
  const errors: UserError[] = [];
  const samples: Sample[] = [];
  const split = raw.headerInputs ?? inputs;
  for (const row of raw.rows) {
    if (row.input && row.target) {
      samples.push({ input: row.input, target: row.target });
      continue;
    }
    const numbers = row.numbers!;
    if (split === undefined || numbers.length <= split) {
      errors.push(
        definitionError(
          'training.unsplit_data_row',
          { text: row.piece.text.trim(), inputs: split ?? '?' },
          { original, piece: row.piece },
          '0 1 -> 1',
        ),
      );
      continue;
    }
    samples.push({ input: numbers.slice(0, split), target: numbers.slice(split) });
  }
  if (errors.length > 0) return fail(errors);
  const first = samples[0]!;
  raw.rows.forEach((row, k) => {
    const sample = samples[k];
    if (
      sample &&
      (sample.input.length !== first.input.length || sample.target.length !== first.target.length)
    ) {
      errors.push(
        definitionError(
          'training.ragged_data',
          {
            row: k + 1,
            inputs: sample.input.length,
            targets: sample.target.length,
            firstInputs: first.input.length,
            firstTargets: first.target.length,
          },
          { original, piece: row.piece },
        ),
      );
    }
  });
  return errors.length > 0 ? fail(errors) : ok(samples);
}
