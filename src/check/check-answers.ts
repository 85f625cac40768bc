// Answer sheet + network → a verdict per stated number, with the misconception behind each wrong one.
import type { ResolvedSpec } from '../core/index.js';
import { parseAnswerSheet, type Statement } from './answer-sheet.js';
import { createEvaluator, WorkBudgetExceeded, type Evaluator, type WorkBudget } from './evaluator.js';
import { mistakeForms, type MistakeForm, type MistakeId } from './mistakes.js';
import { resolveName, type Meaning, type MeaningNote } from './names.js';
import { agreesToGivenDigits, withinOneUnit, type GivenNumber } from './numbers.js';
import {
  allQuantities,
  phaseOf,
  quantityKey,
  quantityName,
  type Phase,
  type Quantity,
} from './quantities.js';

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
  mistakeForms?: { id: MistakeId; form: string; correct: string; used: string }[];
  /** How an ambiguous name was read. */
  meaning?: MeaningNote;
  /** Lines of the student's earlier wrong numbers this one follows from. */
  carriedFrom?: number[];
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
}

/** A sheet is checked up to this many statements (a long homework has ~100). */
export const MAX_STATEMENTS = 500;
/** Values read across all the recomputations of one sheet (the course Q6 sheet needs ~3000): at most about two seconds. */
export const WORK_BUDGET = 1_500_000;

export interface CheckOptions {
  /** Leave the right values out (a student checking their work before submitting). */
  hideExpected?: boolean;
  /** Values the recomputations may compute in all (default WORK_BUDGET); the rest of the sheet is left unchecked. */
  workBudget?: number;
}

/** What the checker remembers of an earlier statement: the student's number as an override. */
interface Recorded {
  line: number;
  key: string;
  value: number;
  wrong: boolean;
  /** Its own diagnosis, or the ones of the lines it was carried from. */
  diagnoses: MistakeId[];
}

const SAME_VALUE = 1e-9;
/** Below this many significant digits a number is matched only by exact rounding or truncation (0.0005 fits too much). */
const MIN_DIGITS_FOR_LOOSE_MATCH = 3;
/** An unnamed number is matched to a quantity only when it has this many digits (fewer fit too much). */
const MIN_DIGITS_TO_RECOGNISE = 5;

function differs(a: number, b: number): boolean {
  return Math.abs(a - b) > SAME_VALUE * Math.max(1, Math.abs(b));
}

/** Meanings of a statement: every segment that reads as a name, the first segment's first; the pass from context. */
function meaningsOf(
  statement: Statement,
  spec: ResolvedSpec,
  context: { sawUpdate: boolean; sawBackward: boolean },
): Meaning[] {
  const seen = new Set<string>();
  const result: Meaning[] = [];
  const readings = statement.segments.map((segment) => resolveName(segment, spec));
  // `a_o1 = σ(a_o1) = …`: the σ(…) written out says what the name means, so it goes first.
  const explicit = readings.filter((r) => r.some((m) => m.note === 'sigma_of'));
  for (const meanings of [...explicit, ...readings]) {
    for (const meaning of meanings) {
      for (const m of withTiming(meaning, context)) {
        const id = `${quantityKey(m.quantity)}×${m.scale}`;
        if (seen.has(id)) continue;
        seen.add(id);
        result.push(m);
      }
    }
  }
  return result;
}

function withTiming(m: Meaning, context: { sawUpdate: boolean; sawBackward: boolean }): Meaning[] {
  const q = m.quantity;
  if (m.timing === 'forward' && 'pass' in q) {
    if (!context.sawUpdate) return [m];
    return [
      { quantity: { ...q, pass: 1 } as Quantity, scale: m.scale, note: 'after_update' },
      { quantity: q, scale: m.scale, note: m.note ?? 'before_update' },
    ];
  }
  if (m.timing === 'parameter' && (q.kind === 'weight' || q.kind === 'bias')) {
    const updated: Meaning = {
      quantity: { ...q, kind: q.kind === 'weight' ? 'newWeight' : 'newBias' } as Quantity,
      scale: 1,
      note: 'updated',
    };
    const initial: Meaning = { quantity: q, scale: 1, note: 'initial' };
    return context.sawBackward ? [updated, initial] : [initial, updated];
  }
  return [m];
}

interface Finding {
  meaning: Meaning;
  verdict: Verdict;
  approximate?: boolean;
  diagnoses?: MistakeId[];
  forms?: MistakeForm[];
  carriedFrom?: Recorded[];
}

export function checkAnswers(
  spec: ResolvedSpec,
  answersText: string,
  options: CheckOptions = {},
): CheckReport {
  const budget: WorkBudget = { remaining: options.workBudget ?? WORK_BUDGET };
  const truth = createEvaluator(spec, {}, undefined, budget);
  const forms = mistakeForms(spec);
  const formEvaluators = forms.map((form) => createEvaluator(spec, form.variant, undefined, budget));
  const recorded: Recorded[] = [];
  const rows: CheckRow[] = [];
  const context = { sawUpdate: false, sawBackward: false };

  const statements = parseAnswerSheet(answersText);
  let checked = 0;
  for (const statement of statements.slice(0, MAX_STATEMENTS)) {
    try {
      checkStatement(statement);
    } catch (error) {
      if (error instanceof WorkBudgetExceeded) break;
      throw error;
    }
    checked++;
  }
  return {
    rows,
    score: scoreOf(rows),
    hideExpected: Boolean(options.hideExpected),
    unchecked: statements.length - checked,
  };

  function checkStatement(statement: Statement): void {
    const name = statement.segments[0] ?? '';
    const base = {
      line: statement.line,
      name: name.trim(),
      given: statement.claim.value,
      givenText: statement.claim.text,
    };
    const named = meaningsOf(statement, spec, context);
    // No name, or only arithmetic before the value ("0.3 * 0.0822 = 0.0247"): recognise it by its value.
    const nameless = !/[\p{L}∂Δδσ]/u.test(base.name);
    const meanings = named.length > 0 || !nameless ? named : recogniseByValue(statement.claim);
    if (meanings.length === 0) {
      rows.push({ ...base, verdict: 'unrecognized' });
      return;
    }
    const finding = judge(statement.claim, meanings);
    const q = finding.meaning.quantity;
    const expected = finding.meaning.scale * truth.value(q);
    const row: CheckRow = { ...base, quantity: quantityName(q, spec), verdict: finding.verdict };
    if (!options.hideExpected) row.expected = expected;
    if (finding.approximate) row.approximate = true;
    if (finding.diagnoses && finding.diagnoses.length > 0) {
      row.diagnosis = finding.diagnoses[0]!;
      row.diagnoses = finding.diagnoses;
      row.mistakeForms = (finding.forms ?? []).map((f) => ({
        id: f.id,
        form: f.form,
        correct: f.correct,
        used: f.used,
      }));
    }
    if (finding.meaning.note) row.meaning = finding.meaning.note;
    if (finding.carriedFrom)
      row.carriedFrom = [...new Set(finding.carriedFrom.map((r) => r.line))].sort((a, b) => a - b);
    rows.push(row);

    const wrong = finding.verdict !== 'correct';
    const inherited = finding.diagnoses ?? [
      ...new Set((finding.carriedFrom ?? []).flatMap((r) => r.diagnoses)),
    ];
    recorded.push({
      line: statement.line,
      key: quantityKey(q),
      value: statement.claim.value / finding.meaning.scale,
      wrong,
      diagnoses: inherited,
    });
    const phase = phaseOf(q);
    if (q.kind === 'newWeight' || q.kind === 'newBias') context.sawUpdate = true;
    if (phase === 'backward' || phase === 'update') context.sawBackward = true;
  }

  /** An unnamed `= 0.95281224`: the one quantity whose value (true, or from the student's numbers) it states. */
  function recogniseByValue(claim: GivenNumber): Meaning[] {
    if (claim.significantDigits < MIN_DIGITS_TO_RECOGNISE) return [];
    const fromAll = createEvaluator(
      spec,
      {},
      overrides(() => true),
      budget,
    );
    const candidates = allQuantities(spec, context.sawUpdate ? 1 : 0).filter(
      (q) => agreesToGivenDigits(fromAll.value(q), claim) || agreesToGivenDigits(truth.value(q), claim),
    );
    return candidates.length === 1 ? [{ quantity: candidates[0]!, scale: 1, note: 'by_value' }] : [];
  }

  function overrides(filter: (r: Recorded) => boolean): Map<string, number> {
    const map = new Map<string, number>();
    for (const r of recorded) if (filter(r)) map.set(r.key, r.value);
    return map;
  }

  function judge(claim: GivenNumber, meanings: Meaning[]): Finding {
    const value = (evaluator: Evaluator, m: Meaning) => m.scale * evaluator.value(m.quantity);
    // 1. The true value, rounded or truncated to the digits given.
    for (const m of meanings)
      if (agreesToGivenDigits(value(truth, m), claim)) return { meaning: m, verdict: 'correct' };
    // 2. Follows from the student's own earlier (correct, rounded) numbers.
    const fromCorrect = createEvaluator(
      spec,
      {},
      overrides((r) => !r.wrong),
      budget,
    );
    for (const m of meanings) {
      if (fromCorrect.sources(m.quantity).size > 0 && withinOneUnit(value(fromCorrect, m), claim)) {
        return { meaning: m, verdict: 'correct', approximate: true };
      }
    }
    // 3. Follows from the student's earlier wrong numbers: carried, or the same mistake still at work.
    const byKey = new Map(recorded.map((r) => [r.key, r]));
    const fromAll = createEvaluator(
      spec,
      {},
      overrides(() => true),
      budget,
    );
    for (const m of meanings) {
      if (!withinOneUnit(value(fromAll, m), claim)) continue;
      const sources = [...fromAll.sources(m.quantity)]
        .map((key) => byKey.get(key)!)
        .filter((r) => r && r.wrong);
      if (sources.length === 0) continue;
      const inherited = [...new Set(sources.flatMap((r) => r.diagnoses))];
      const phase = phaseOf(m.quantity);
      const stillAtWork =
        inherited.length > 0 &&
        inherited.every((id) => forms.some((f) => f.id === id && f.scope.includes(phase)));
      if (stillAtWork) {
        const matching = forms.filter((f) => inherited.includes(f.id) && f.scope.includes(phase));
        return {
          meaning: m,
          verdict: 'incorrect',
          diagnoses: inherited,
          forms: firstFormPerId(matching),
          carriedFrom: sources,
        };
      }
      return { meaning: m, verdict: 'carried', carriedFrom: sources };
    }
    // 4. Reproduced by a catalogued mistake, applied to the true values or to the student's own numbers
    //    (which may carry an earlier slip: a new mistake on top of a carried error is still named).
    const loose = claim.significantDigits >= MIN_DIGITS_FOR_LOOSE_MATCH;
    const own = overrides(() => true);
    const ownRight = createEvaluator(spec, {}, own, budget);
    for (const m of meanings) {
      const phase: Phase = phaseOf(m.quantity);
      const right = value(truth, m);
      const ownValue = value(ownRight, m);
      // When the student's inputs are far from the true ones, the true variant says nothing about their number.
      const inputsDrifted = !near(ownValue, { ...claim, value: right });
      const matching = forms.filter((form, k) => {
        if (!form.scope.includes(phase)) return false;
        const v = value(formEvaluators[k]!, m);
        // Rounding drift is a few units of the last digit: a variant far off cannot be rescued by it.
        if (!(near(v, claim) || inputsDrifted)) return false;
        // The mistake must also fit what the student wrote on the way (with η = ½, doubling the
        // gradient and leaving out η give the same weights, but a correct ∂E/∂w rules out the first).
        const w = value(createEvaluator(spec, form.variant, own, budget), m);
        if (!differs(w, ownValue)) return false;
        return agreesToGivenDigits(w, claim) || (loose && withinOneUnit(w, claim));
      });
      if (matching.length > 0) {
        const ids = [...new Set(matching.map((f) => f.id))];
        return { meaning: m, verdict: 'incorrect', diagnoses: ids, forms: firstFormPerId(matching) };
      }
    }
    return { meaning: meanings[0]!, verdict: 'incorrect' };
  }
}

/** Within the drift the student's own rounding can cause: 1% or a hundred units of the last digit. */
function near(value: number, claim: GivenNumber): boolean {
  return Math.abs(value - claim.value) <= Math.max(100 * claim.quantum, 0.01 * Math.abs(claim.value));
}

function firstFormPerId(forms: MistakeForm[]): MistakeForm[] {
  const seen = new Set<MistakeId>();
  return forms.filter((f) => (seen.has(f.id) ? false : (seen.add(f.id), true)));
}

function scoreOf(rows: CheckRow[]): CheckScore {
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
