// Scores one corpus case: the setup read as pasted, and the worked solution marked by /check against the key.
import { checkAnswers, type CheckRow } from '../../src/check/check-answers.js';
import { parseGivenNumber } from '../../src/check/numbers.js';
import { quantityName } from '../../src/check/quantities.js';
import { resolveSpec, type ResolvedSpec } from '../../src/core/index.js';
import type { CorpusCase, KeyEntry } from './cases.js';
import { noteNamesContradiction, refusalNamesContradiction } from './contradiction.js';
import { readSetup, type SetupReading } from './read-setup.js';
import { truthOf } from './truth.js';
import { readKeyQuantity } from './vocabulary.js';

export interface StatementResult {
  entry: KeyEntry;
  /** The checker's canonical name for the key's quantity. */
  expected: string;
  row?: CheckRow;
  outcome: 'recognised' | 'unrecognised' | 'wrong_quantity';
  verdictAgrees: boolean;
}

export interface CaseScore {
  name: string;
  /** Read as pasted: the same network (or, when the page's numbers are only in a figure, a clear refusal). */
  setupUnderstood: boolean;
  /** Read into a different network without refusing (or a network made up where numbers were missing). */
  setupSilentMisreading: boolean;
  setupDetail: string;
  /**
   * The setup pasted alone, without the page's worked solution (whose numbers may settle a reading): the same
   * network. Reported, not a floor: alone, an open reading is taken by convention and offered the other way.
   */
  setupAloneUnderstood: boolean;
  /** Alone, read into another network without a word. */
  setupAloneSilent: boolean;
  statements: number;
  recognised: number;
  verdictsAgreeing: number;
  correctMarkedWrong: number;
  /** Statements recognised as a different quantity than the key's. */
  wrongQuantity: number;
  results: StatementResult[];
}

export function specOf(c: CorpusCase): ResolvedSpec {
  const resolved = resolveSpec(c.network);
  if (!resolved.ok)
    throw new Error(`${c.name}/network.json: ${resolved.error.map((e) => e.message).join('; ')}`);
  return resolved.value;
}

const RELATIVE = 1e-9;
function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= RELATIVE * Math.max(1, Math.abs(a), Math.abs(b));
}
function sameNumbers(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return close(a, b);
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, k) => sameNumbers(x, b[k]));
  return false;
}
/**
 * Biases compared layer by layer; a shared bias (one number) equals a one-element list,
 * since on a one-unit layer they are the same network with the same trace.
 */
function sameBiases(a: readonly unknown[], b: readonly unknown[]): boolean {
  const one = (x: unknown): unknown => (Array.isArray(x) && x.length === 1 ? x[0] : x);
  return a.length === b.length && a.every((x, k) => sameNumbers(one(x), one(b[k])));
}

/** Which part of the two networks' traces differs first (forward, loss, gradients, update), or undefined. */
export function networkDifference(
  read: ResolvedSpec,
  meant: ResolvedSpec,
  upTo: 'all' | 'gradients' | 'forward' = 'all',
): string | undefined {
  if (!sameNumbers(read.layers, meant.layers))
    return `layers ${read.layers.join('-')} ≠ ${meant.layers.join('-')}`;
  const a = truthOf(read).trace;
  const b = truthOf(meant).trace;
  if (!sameNumbers(a.net, b.net) || !sameNumbers(a.out, b.out)) return 'forward pass differs';
  if (upTo === 'forward') return undefined;
  if (!close(a.loss, b.loss)) return `loss differs (${read.loss} vs ${meant.loss})`;
  if (!sameNumbers(a.gradWeights, b.gradWeights) || !sameBiases(a.gradBiases, b.gradBiases))
    return 'gradients differ';
  if (upTo === 'gradients') return undefined;
  if (!sameNumbers(a.updatedWeights, b.updatedWeights) || !sameBiases(a.updatedBiases, b.updatedBiases))
    return `update differs (η ${read.learningRate} vs ${meant.learningRate}, biases updated ${read.updateBiases} vs ${meant.updateBiases})`;
  return undefined;
}

function scoreSetup(c: CorpusCase, meant: ResolvedSpec, reading: SetupReading, worked?: string) {
  const { contradiction } = c.source;
  // A page that contradicts itself: refused naming it, unless the solution pasted with it settles it (and the
  // reply says which value it took); then the network must be network.json's as usual.
  if (contradiction && !(worked !== undefined && contradiction.settled !== undefined)) {
    if (reading.ok)
      return {
        understood: false,
        silent: true,
        detail: `read a network although ${contradiction.quantity} is stated twice differently`,
      };
    const named = refusalNamesContradiction(reading, contradiction);
    return {
      understood: named,
      silent: false,
      detail: `refused${named ? ', naming the contradiction' : ' without naming the contradiction'}: ${reading.errors[0] ?? ''}`,
    };
  }
  if (contradiction && reading.ok && !noteNamesContradiction(reading, contradiction)) {
    return {
      understood: false,
      silent: true,
      detail: `took one value of ${contradiction.quantity} without saying so`,
    };
  }
  if (c.source.setup === 'figure') {
    if (reading.ok) {
      return {
        understood: false,
        silent: true,
        detail: 'read a network although numbers are only in a figure',
      };
    }
    // The right answer names what is missing (the weights), not just any refusal.
    const namesWeights =
      reading.ids.some((id) => /weights|matrices/.test(id)) ||
      reading.errors.some((m) => /\bweights?\b/i.test(m));
    return {
      understood: namesWeights,
      silent: false,
      detail: `refused${namesWeights ? ', naming the weights' : ' without naming the missing weights'}: ${reading.errors[0] ?? ''}`,
    };
  }
  if (!reading.ok) return { understood: false, silent: false, detail: `refused: ${reading.errors[0] ?? ''}` };
  const upTo = c.source.compare ?? 'all';
  const difference = networkDifference(reading.spec, meant, upTo);
  if (!difference) return { understood: true, silent: false, detail: 'same network' };
  const stated = statedAssumption(c.setupText, reading, meant, upTo, worked);
  return stated
    ? { understood: false, silent: false, detail: `${difference}; the reply says so: ${stated}` }
    : { understood: false, silent: true, detail: difference };
}

/** Fields the reading may fill with a default and say so ("No `loss` given: using half_sse"). */
const DEFAULTABLE = ['activations', 'loss', 'learningRate', 'updateBiases'] as const;

/**
 * A reading that differs from the page only where its reply says what it assumed is not silent:
 * either a stated default (patched with the page's value, the network must then agree), or the
 * stated weight numbering (read again with the other numbering the note offers, it must agree).
 */
function statedAssumption(
  text: string,
  reading: Extract<SetupReading, { ok: true }>,
  meant: ResolvedSpec,
  upTo: 'all' | 'gradients' | 'forward',
  worked?: string,
): string | undefined {
  const defaulted = DEFAULTABLE.filter(
    (f) =>
      reading.parsed.defaultsApplied.includes(f) &&
      JSON.stringify(reading.spec[f]) !== JSON.stringify(meant[f]),
  );
  const withPageDefaults = (spec: ResolvedSpec): ResolvedSpec =>
    Object.assign({ ...spec }, ...defaulted.map((f) => ({ [f]: meant[f] }))) as ResolvedSpec;
  const defaults = defaulted.length > 0 ? `default ${defaulted.join(', ')}` : undefined;
  if (defaults && !networkDifference(withPageDefaults(reading.spec), meant, upTo)) return defaults;
  const offered = /numbering: ?(source-first|destination-first)/.exec(reading.notes.join(' '));
  if (!offered) return undefined;
  const again = readSetup(text, offered[1] as 'source-first' | 'destination-first', worked);
  if (!again.ok || networkDifference(withPageDefaults(again.spec), meant, upTo)) return undefined;
  return [`numbering (offers numbering: ${offered[1]})`, defaults].filter(Boolean).join(' and ');
}

/** How far above its number's line a statement may start (`Error =` then `$$…= 0.298$$`). */
const STATEMENT_SPAN = 6;

function findRow(
  rows: CheckRow[],
  used: Set<CheckRow>,
  entry: KeyEntry,
  accept: (row: CheckRow) => boolean,
): CheckRow | undefined {
  // The page's own digits (Persian digits, a Unicode minus) read as /check reads them.
  const value = parseGivenNumber(entry.value)?.value ?? Number.NaN;
  const candidates = rows.filter(
    (r) =>
      !used.has(r) &&
      accept(r) &&
      r.line <= entry.line &&
      r.line >= entry.line - STATEMENT_SPAN &&
      Math.abs(r.given - value) <= 1e-12 * Math.max(1, Math.abs(value)),
  );
  candidates.sort((a, b) => b.line - a.line);
  return candidates[0];
}

export function scoreCase(c: CorpusCase): CaseScore {
  const meant = specOf(c);
  // As a TA pastes a page to /check: the setup as the network, its worked solution as the answers (whose
  // numbers may settle what the setup leaves open; its statements never set the network).
  const reading = readSetup(c.setupText, undefined, c.solutionText);
  const setup = scoreSetup(c, meant, reading, c.solutionText);
  const alone = scoreSetup(c, meant, readSetup(c.setupText));
  // As /check reads a sheet pasted under its setup: with the names the setup's page gave its weights;
  // network.json names none, so without them the sheet's own numbers choose how w1, w2, … count.
  const report = checkAnswers(meant, c.solutionText, {
    numbering: 'sheet',
    ...(reading.ok ? { pageNames: reading.parsed.pageNames } : {}),
  });
  const used = new Set<CheckRow>();
  const expectedOf = (entry: KeyEntry) => {
    const q = readKeyQuantity(entry.quantity, meant);
    if (!q) throw new Error(`${c.name}/key.json line ${entry.line}: unknown quantity ${entry.quantity}`);
    return quantityName(q, meant);
  };
  // Rows naming the key's own quantity first, then any row with the number (a ReLU's net and output, both 2.28).
  const named = c.key.map((entry) => {
    const expected = expectedOf(entry);
    const row = findRow(report.rows, used, entry, (r) => r.quantity === expected);
    if (row) used.add(row);
    return row;
  });
  const results: StatementResult[] = c.key.map((entry, k) => {
    const expected = expectedOf(entry);
    const row = named[k] ?? findRow(report.rows, used, entry, () => true);
    if (row) used.add(row);
    const outcome: StatementResult['outcome'] =
      !row || row.verdict === 'unrecognized'
        ? 'unrecognised'
        : row.quantity === expected
          ? 'recognised'
          : 'wrong_quantity';
    const verdictAgrees = outcome === 'recognised' && row!.verdict === entry.verdict;
    return { entry, expected, ...(row ? { row } : {}), outcome, verdictAgrees };
  });
  return {
    name: c.name,
    setupUnderstood: setup.understood,
    setupSilentMisreading: setup.silent,
    setupDetail: setup.detail,
    setupAloneUnderstood: alone.understood,
    setupAloneSilent: alone.silent,
    statements: results.length,
    recognised: results.filter((r) => r.outcome === 'recognised').length,
    verdictsAgreeing: results.filter((r) => r.verdictAgrees).length,
    correctMarkedWrong: results.filter((r) => r.entry.verdict === 'correct' && r.row?.verdict === 'incorrect')
      .length,
    wrongQuantity: results.filter((r) => r.outcome === 'wrong_quantity').length,
    results,
  };
}
