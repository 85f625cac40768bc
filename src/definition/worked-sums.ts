// A worked sum that pairs names with numbers term by term gives the weights and inputs it multiplies:
//   net_{H11} = (w_{H11.I1} * I_1) + … = (0.5 * 1) + … = 1.4   →   w(I1→H11) = 0.5, I1 = 1.
// Only when each weight's name joins the unit the sum is for and the unit it multiplies (so it can be placed).
import type { UserError } from '../errors.js';
import { walk } from '../work-meter.js';
import { definitionError } from './errors.js';
import type { Entry } from './scan.js';
import { lineAndColumn, originOf, slice, trim, type MappedText } from './source.js';

/** One term of a read sum: the weight, the unit it multiplies and the numbers the page pairs with them. */
export interface WorkedTerm {
  weight: MappedText;
  weightValue: MappedText;
  /** The source unit, lowercase without `_` (`i1`, `h11`), and as written (`I_1`, `H_11`). */
  source: string;
  sourceName: MappedText;
  sourceValue: MappedText;
}

export interface WorkedSum {
  /** The unit whose net input the sum is (`h11`), and its name as written (`net_H11`). */
  unit: string;
  lhs: MappedText;
  terms: WorkedTerm[];
  /** How the weights' names are ordered: `w_{H11.I1}` names the destination first. */
  order: 'destination-first' | 'source-first';
  /** The numeric sum as written, and the total the page states after it (if any). */
  numeric: MappedText;
  stated?: MappedText;
}

const NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const NAME = /^[A-Za-z][\w.,]*$/;
/** `net_H11`, `z_{h1}`, `in_h2`: the net input of a unit (letters then its number). */
const NET_OF = /^(?:net|z|in|u)([a-z]{1,2}\d+)$/;
/** `out_O1`, `a_h1`: a unit's activation, named on the left of a statement. */
const OUT_OF = /^(?:out|a)([a-z]{1,2}\d+)$/;
const UNIT = /^[a-z]{1,2}\d+$/;

/** A name as a key: `H_{11}` → `h11`. */
export const compact = (text: string) => text.replace(/[\s_{}]/g, '').toLowerCase();

/** Splits at `separator` outside brackets; each piece keeps its map. */
function splitTop(m: MappedText, separator: string): MappedText[] {
  const pieces: MappedText[] = [];
  let depth = 0;
  let start = 0;
  for (let k = 0; k < m.text.length; k++) {
    const c = m.text[k]!;
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth = Math.max(0, depth - 1);
    else if (c === separator && depth === 0) {
      pieces.push(slice(m, start, k));
      start = k + 1;
    }
  }
  walk(m.text.length + 1);
  pieces.push(slice(m, start));
  return pieces;
}

/** `(a * b)` → `a * b` when the brackets hold the whole piece. */
function unwrap(m: MappedText): MappedText {
  const t = trim(m);
  if (!t.text.startsWith('(') || !t.text.endsWith(')')) return t;
  let depth = 0;
  for (let k = 0; k < t.text.length - 1; k++) {
    if (t.text[k] === '(') depth++;
    else if (t.text[k] === ')') depth--;
    if (depth === 0) return t;
  }
  walk(t.text.length);
  return trim(slice(t, 1, t.text.length - 1));
}

/** A sum of two-factor products → each product's factors, or undefined when it is anything else. */
function products(expression: MappedText, factor: RegExp): MappedText[][] | undefined {
  const terms = splitTop(expression, '+').map((term) => splitTop(unwrap(term), '*').map((f) => unwrap(f)));
  return terms.every((factors) => factors.length === 2 && factors.every((f) => factor.test(f.text)))
    ? terms
    : undefined;
}

/** The two units a weight's name joins (`w_H11.I1` → h11, i1), or undefined for `w_1`, `x_1`. */
function unitsOfWeight(name: string): [string, string] | undefined {
  const match = /^w_?(.+)$/i.exec(name);
  if (!match) return undefined;
  const rest = compact(match[1]!);
  const parts = rest.split(/[.,]|->|→/);
  if (parts.length === 2 && parts.every((p) => UNIT.test(p))) return [parts[0]!, parts[1]!];
  const joined = /^([a-z]{1,2}\d+?)([a-z]{1,2}\d+)$/.exec(rest);
  return joined && parts.length === 1 ? [joined[1]!, joined[2]!] : undefined;
}

/** `I_1` → i1; `out_H11` → h11 when the other reading is not a unit of the weight's name. */
function unitOf(name: string, candidates: readonly string[]): string {
  const plain = compact(name);
  if (candidates.includes(plain)) return plain;
  const inner = OUT_OF.exec(plain)?.[1];
  return inner && candidates.includes(inner) ? inner : plain;
}

/** Reads one sum: every term a placeable weight times a unit, paired with two numbers in the same order. */
function readSum(
  lhs: MappedText,
  symbolic: MappedText,
  numeric: MappedText,
  stated?: MappedText,
): WorkedSum | undefined {
  const unit = NET_OF.exec(compact(lhs.text))?.[1];
  if (!unit) return undefined;
  const names = products(symbolic, NAME);
  const numbers = products(numeric, NUMBER);
  if (!names || !numbers || names.length !== numbers.length) return undefined;
  const terms: WorkedTerm[] = [];
  const orders = new Set<WorkedSum['order']>();
  for (const [t, factors] of names.entries()) {
    const at = factors.findIndex((f) => unitsOfWeight(f.text) !== undefined);
    if (at < 0) return undefined;
    const pair = unitsOfWeight(factors[at]!.text)!;
    const sourceName = factors[1 - at]!;
    const source = unitOf(sourceName.text, pair);
    if (source === unit) return undefined;
    if (pair[0] === unit && pair[1] === source) orders.add('destination-first');
    else if (pair[1] === unit && pair[0] === source) orders.add('source-first');
    else return undefined;
    const values = numbers[t]!;
    terms.push({
      weight: factors[at]!,
      weightValue: values[at]!,
      source,
      sourceName,
      sourceValue: values[1 - at]!,
    });
  }
  if (orders.size !== 1) return undefined;
  return {
    unit,
    lhs: trim(lhs),
    terms,
    order: [...orders][0]!,
    numeric: trim(numeric),
    ...(stated ? { stated: trim(stated) } : {}),
  };
}

/** `name = … \n = … \n = …`: a statement and the lines that continue it (each starting with `=`). */
function chainsOf(piece: MappedText): MappedText[][] {
  const chains: MappedText[][] = [];
  let current: MappedText[] | undefined;
  let start = 0;
  for (let k = 0; k <= piece.text.length; k++) {
    if (k < piece.text.length && piece.text[k] !== '\n') continue;
    const line = slice(piece, start, k);
    start = k + 1;
    const parts = splitTop(line, '=');
    if (parts.length < 2) current = undefined;
    else if (parts[0]!.text.trim() === '' && current) current.push(...parts.slice(1));
    else if (parts[0]!.text.trim() !== '') chains.push((current = parts));
  }
  walk(piece.text.length + 1);
  return chains;
}

/** `out_H11 = 1/(1+e^{-net_H11})` (normalised: `((1)/(1+e^(-net_H11)))`): the unit's activation is the sigmoid. */
function logisticOf(lhs: string, formula: MappedText): string | undefined {
  const unit = OUT_OF.exec(lhs)?.[1];
  const argument = /^1\/1\+(?:e\^|exp)-(\w+)$/.exec(formula.text.replace(/[\s()]/g, ''))?.[1];
  return unit && argument && NET_OF.exec(compact(argument))?.[1] === unit ? unit : undefined;
}

/** Every worked sum of the math that can be read, and the units the math names on the left of a statement. */
export function findWorkedSums(math: MappedText[]): {
  sums: WorkedSum[];
  named: Set<string>;
  /** Units whose activation the math writes as the logistic formula, with that statement. */
  logistic: Map<string, MappedText[]>;
} {
  const sums: WorkedSum[] = [];
  const named = new Set<string>();
  const logistic = new Map<string, MappedText[]>();
  for (const piece of math) {
    for (const chain of chainsOf(piece)) {
      const lhs = compact(chain[0]!.text);
      const unit = NET_OF.exec(lhs)?.[1] ?? OUT_OF.exec(lhs)?.[1];
      if (unit) named.add(unit);
      const sigmoidOf = chain[1] && logisticOf(lhs, chain[1]);
      if (sigmoidOf) logistic.set(sigmoidOf, [chain[0]!, chain[1]!]);
      for (let k = 1; k + 1 < chain.length; k++) {
        const stated = chain[k + 2] && NUMBER.test(chain[k + 2]!.text.trim()) ? chain[k + 2] : undefined;
        const sum = readSum(chain[0]!, chain[k]!, chain[k + 1]!, stated);
        if (sum) {
          sums.push(sum);
          break;
        }
      }
    }
  }
  return { sums, named, logistic };
}

/** Units ordered by their letters, then their number (as arrow-weights.ts orders a layer). */
function byName(a: string, b: string): number {
  const [, la = '', na = '0'] = /^(\D*)(\d*)$/.exec(a) ?? [];
  const [, lb = '', nb = '0'] = /^(\D*)(\d*)$/.exec(b) ?? [];
  return la.localeCompare(lb) || Number(na) - Number(nb);
}

export interface WorkedReading {
  sums: WorkedSum[];
  /** Weights and inputs as statements (`w(i1→h11) = 0.5`, `i1 = 1`), located at the page's own numbers. */
  entries: Entry[];
  /** Later units' values the sums use (`H_11` = 0.802184): checked against the network once it is read. */
  carried: WorkedTerm[];
  /** Every unit's activation written as `1/(1+e^{-net})`: where the first is (the sigmoid, read, not assumed). */
  sigmoid?: { line: number; words: string };
  /** The left-hand sides these statements were read from (`net_H11`, `out_H11`), compacted: not "skipped". */
  sides: Set<string>;
  /** A weight or input the sums give two different numbers, located at the second: the page must say which. */
  conflicts: { input: boolean; error: UserError }[];
}

/**
 * The weights and inputs of a network the page gives only through its worked sums. Nothing when a unit the math
 * names (`out_O1`) has no readable sum, so a network is never cut short; a weight stated twice alike is read once.
 */
export function readWorkedSums(math: MappedText[], original: string): WorkedReading | undefined {
  const { sums, named, logistic } = findWorkedSums(math);
  if (sums.length === 0) return undefined;
  const destinations = new Set(sums.map((s) => s.unit));
  const terms = sums.flatMap((s) => s.terms);
  const inputs = [...new Set(terms.map((t) => t.source).filter((u) => !destinations.has(u)))].sort(byName);
  const inputNumber = new Map(inputs.map((unit, k) => [unit, k + 1]));
  if ([...named].some((unit) => !destinations.has(unit) && !inputNumber.has(unit))) return undefined;
  // The last units the sums compute must be named as outputs (`o1`, `y2`): sums that stop at a hidden layer
  // (the output written some other way) would otherwise make a shorter network.
  const sources = new Set(terms.map((t) => t.source));
  if ([...destinations].some((unit) => !sources.has(unit) && !/^[oy]/.test(unit))) return undefined;
  const entries: Entry[] = [];
  const conflicts: WorkedReading['conflicts'] = [];
  const seen = new Map<string, MappedText>();
  // A repeat with the same number is the same statement; a different number is a question, never a choice.
  const once = (identity: string, name: MappedText, value: MappedText) => {
    const known = seen.get(identity);
    if (known === undefined) seen.set(identity, value);
    else if (known.text.trim() !== value.text.trim())
      conflicts.push({
        input: identity.startsWith('i'),
        error: definitionError(
          'definition.worked_sums_disagree',
          {
            name: name.text.trim(),
            first: known.text.trim(),
            firstLine: lineAndColumn(original, originOf(known)).line,
            second: value.text.trim(),
          },
          { original, piece: value },
          `${name.text.trim()} = ${known.text.trim()}`,
        ),
      });
    return known === undefined;
  };
  for (const sum of sums) {
    for (const term of sum.terms) {
      if (once(`w${term.source}>${sum.unit}`, term.weight, term.weightValue))
        entries.push({
          key: term.weight,
          ref: { kind: 'arrowWeight', from: term.source, to: sum.unit },
          value: term.weightValue,
          quoted: false,
        });
      const n = inputNumber.get(term.source);
      if (n !== undefined && once(`i${n}`, term.sourceName, term.sourceValue))
        entries.push({
          key: term.sourceName,
          ref: { kind: 'inputUnit', n },
          value: term.sourceValue,
          quoted: false,
        });
    }
  }
  const carried = terms.filter((t) => destinations.has(t.source));
  const formula = logistic.get(sums[0]!.unit);
  const everyUnit = [...destinations].every((unit) => logistic.has(unit));
  const sigmoid =
    formula && everyUnit
      ? {
          line: lineAndColumn(original, originOf(formula[0]!)).line,
          words: `${formula[0]!.text.trim()} = 1/(1+e^(-${sums[0]!.lhs.text.trim()}))`.slice(0, 80),
        }
      : undefined;
  const sides = new Set(sums.map((s) => compact(s.lhs.text)));
  if (sigmoid) for (const [lhs] of logistic.values()) sides.add(compact(lhs!.text));
  return { sums, entries, carried, sides, conflicts, ...(sigmoid ? { sigmoid } : {}) };
}

/**
 * The sums' statements to add to the page's own: none when the page states weights itself (its statements are
 * the network, the sums only its arithmetic), and no input the page already states.
 */
export function besidesStated(
  reading: WorkedReading,
  stated: readonly Entry[],
): { entries: Entry[]; errors: UserError[] } {
  const kinds = new Set(stated.map((e) => (e.ref?.kind === 'field' ? e.ref.field : e.ref?.kind)));
  if (kinds.has('weight') || kinds.has('arrowWeight') || kinds.has('weights'))
    return { entries: [], errors: [] };
  const inputsStated = kinds.has('input') || kinds.has('inputUnit');
  const entries = reading.entries.filter((e) => !inputsStated || e.ref?.kind !== 'inputUnit');
  const errors = reading.conflicts.filter((c) => !inputsStated || !c.input).map((c) => c.error);
  return { entries, errors };
}
