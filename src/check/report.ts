// What a check returns: one row per statement read, a score, and how much was left unchecked.
import type { MistakeId } from './mistakes.js';
import type { MeaningNote } from './names.js';
import type { WeightNumbering } from './sheet-names.js';

export type Verdict = 'correct' | 'carried' | 'incorrect' | 'unrecognized';

export interface CheckRow {
  /** 1-based line of the answers text where the statement starts. */
  line: number;
  /** The name as written ('' when the line states a value without a name). */
  name: string;
  /** The quantity the name was matched to, in canonical notation (net_h1, dE/dw5, w5+, out_h1+ …). */
  quantity?: string;
  /** The student's number, and its digits as written. */
  given: number;
  givenText: string;
  /** The true value of that quantity; absent when hidden or unrecognized. */
  expected?: number;
  verdict: Verdict;
  /** Correct only once the student's own earlier rounding is taken into account (≈). */
  approximate?: boolean;
  /** The first catalogued mistake that reproduces the number (see `diagnoses` for all of them). */
  diagnosis?: MistakeId;
  diagnoses?: MistakeId[];
  /** The forms of those mistakes (which formula was used instead of which). */
  mistakeForms?: {
    id: MistakeId;
    form: string;
    correct: string;
    used: string;
    /** What the mistake's sentence names (the layer a swapped numbering was found in, an example). */
    params?: Record<string, string>;
  }[];
  /** How an ambiguous name was read. */
  meaning?: MeaningNote;
  /** Lines of the student's earlier wrong numbers this one follows from. */
  carriedFrom?: number[];
  /** The mistakes made on those earlier lines (named there; a carried number is not blamed again). */
  upstreamDiagnoses?: MistakeId[];
}

export interface CheckScore {
  correct: number;
  carried: number;
  incorrect: number;
  unrecognized: number;
  /** Rows with a recognised name. */
  total: number;
  /** Correct plus carried: an error carried forward is not penalised twice. */
  points: number;
}

export interface CheckReport {
  rows: CheckRow[];
  score: CheckScore;
  hideExpected: boolean;
  /** Statements left unchecked: past MAX_STATEMENTS, or once the work budget ran out (0 normally). */
  unchecked: number;
  /** Set when the sheet's own numbers chose a numbering of w1, w2, … other than ours (the report says so). */
  numbering?: WeightNumbering;
}

export function scoreOf(rows: CheckRow[]): CheckScore {
  const count = (v: Verdict) => rows.filter((r) => r.verdict === v).length;
  const correct = count('correct');
  const carried = count('carried');
  const incorrect = count('incorrect');
  const unrecognized = count('unrecognized');
  return {
    correct,
    carried,
    incorrect,
    unrecognized,
    total: rows.length - unrecognized,
    points: correct + carried,
  };
}
