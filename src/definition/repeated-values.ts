// A page that states one quantity twice with different numbers (a table's W2 = 0.5, the diagram's W2 = 0.2):
// the worked solution pasted with it settles which (said in a note), else a refusal names both; never a silent pick.
import type { UserError } from '../errors.js';
import type { Note } from './defaults.js';
import { definitionError } from './errors.js';
import { findStatements } from './find-statements.js';
import { plainMathText } from './math-alphanumerics.js';
import { normaliseInput } from './normalise.js';
import type { Entry } from './scan.js';
import { lineAndColumn, originOf, trim } from './source.js';
import { parseTree, type Tree } from './values.js';

interface Stated {
  entry: Entry;
  /** The numbers as one comparable string (`0.5`, `[0.1,0.3]`). */
  value: string;
  line: number;
}

const numbersOf = (tree: Tree): unknown =>
  tree.kind === 'number'
    ? tree.value
    : tree.items.length === 1 && !tree.bracketed
      ? numbersOf(tree.items[0]!)
      : tree.items.map(numbersOf);

/** The slot a statement fills (a scalar `w1` and a matrix `W1` are different slots) and its numbers, if numeric. */
function statedOf(entry: Entry, original: string): { slot: string; stated: Stated } | undefined {
  if (!entry.ref || (entry.ref.kind === 'field' && /^(?:name|description)$/.test(entry.ref.field)))
    return undefined;
  const tree = parseTree(entry.value, { original, key: entry.key.text.trim() });
  if (!tree.ok) return undefined;
  const numbers = numbersOf(tree.value);
  const value = JSON.stringify(numbers);
  const slot = `${JSON.stringify(entry.ref)}${typeof numbers === 'number' ? '' : '[]'}`;
  const { line } = lineAndColumn(original, originOf(trim(entry.value)));
  return { slot, stated: { entry, value, line } };
}

/** A key inside a derivative (`∂L/∂w_2 = …`, `dL/dw_1 = …`) names the gradient, not the quantity. */
const IN_DERIVATIVE = /(?:\\partial|∂|\bd|\/)\s?[{(]?$/;

/**
 * Numbers the page writes as the result of a computation (`0.069 \cdot 1.0 = 0.069`, `2(ŷ − y) = -0.72`): such a
 * number in a second statement of a weight (`gradient for w1: 0.069`) is a worked value, not the weight again.
 */
function computedResults(original: string): Set<number> {
  const results = new Set<number>();
  for (const line of original.split('\n')) {
    const parts = line.split('=');
    for (let k = 2; k < parts.length; k++) {
      const result = /^\s*(-?\d+(?:\.\d+)?)/.exec(parts[k]!);
      if (result && /[-+*/×·^(]|\\(?:cdot|times|frac)/.test(parts[k - 1]!.trim().slice(1)))
        results.add(Number(result[1]));
    }
  }
  return results;
}

/** A statement the page makes about something else: a gradient's key, or a worked value given again. */
function aboutSomethingElse(
  stated: Stated,
  original: string,
  results: Set<number>,
  repeat: boolean,
): boolean {
  // A few characters before the key, on its line, are enough (`\partial {`): the work stays constant per key.
  const start = originOf(stated.entry.key);
  const before = original
    .slice(Math.max(0, start - 12), start)
    .split('\n')
    .at(-1)!;
  const value: unknown = JSON.parse(stated.value);
  return IN_DERIVATIVE.test(before.trimEnd()) || (repeat && typeof value === 'number' && results.has(value));
}

function bySlot(entries: Entry[], original: string): Map<string, Stated[]> {
  const slots = new Map<string, Stated[]>();
  const results = computedResults(plainMathText(original));
  for (const entry of entries) {
    const found = statedOf(entry, original);
    if (!found || aboutSomethingElse(found.stated, original, results, slots.has(found.slot))) continue;
    const list = slots.get(found.slot) ?? [];
    list.push(found.stated);
    slots.set(found.slot, list);
  }
  return slots;
}

/** The solution's own statements of each slot (it restates `W2 = 0.2` beside its sum). */
function restatedIn(worked: string | undefined): Map<string, Stated[]> {
  if (!worked) return new Map();
  const { body } = normaliseInput(worked);
  return bySlot(findStatements(body, worked).entries, worked);
}

/** A quantity given two values that no restatement settled: each value, where first, and every key that gives it. */
export interface OpenRepeat {
  key: string;
  sides: { shown: string; line: number; keys: number[] }[];
}

const keyOf = (stated: Stated) => stated.entry.key.text.trim();
const shown = (stated: Stated) => trim(stated.entry.value).text;

/**
 * Entries with each contradiction settled by the worked solution (the losing statements dropped, a note
 * each), or the refusals for those it does not settle.
 */
export function settleRepeatedValues(
  entries: Entry[],
  original: string,
  worked?: string,
): { entries: Entry[]; notes: Note[]; errors: UserError[]; open: OpenRepeat[] } {
  const dropped = new Set<Entry>();
  const notes: Note[] = [];
  const errors: UserError[] = [];
  const open: OpenRepeat[] = [];
  let restated: Map<string, Stated[]> | undefined;
  for (const [slot, stated] of bySlot(entries, original)) {
    const first = stated[0]!;
    const other = stated.find((s) => s.value !== first.value);
    if (!other) continue;
    restated ??= restatedIn(worked);
    // The values the solution restates, of the two: exactly one settles it.
    const confirmed = (restated.get(slot) ?? []).filter(
      (s) => s.value === first.value || s.value === other.value,
    );
    const chosen = new Set(confirmed.map((s) => s.value));
    if (chosen.size === 1) {
      const [kept, lost] = confirmed[0]!.value === first.value ? [first, other] : [other, first];
      for (const s of stated) if (s.value !== kept.value) dropped.add(s.entry);
      notes.push({
        id: 'definition.note.repeat_settled',
        params: {
          key: keyOf(first),
          kept: shown(kept),
          keptLine: kept.line,
          other: shown(lost),
          otherLine: lost.line,
          workedLine: confirmed[0]!.line,
        },
      });
      continue;
    }
    const side = (value: string) => {
      const of = stated.filter((s) => s.value === value);
      return { shown: shown(of[0]!), line: of[0]!.line, keys: of.map((s) => originOf(s.entry.key)) };
    };
    if (stated.every((s) => s.value === first.value || s.value === other.value))
      open.push({ key: keyOf(first), sides: [side(first.value), side(other.value)] });
    errors.push(
      definitionError(
        'definition.contradictory_values',
        {
          key: keyOf(first),
          first: shown(first),
          firstLine: first.line,
          second: shown(other),
          secondLine: other.line,
        },
        { original, piece: other.entry.key },
        `${keyOf(first)} = ${shown(first)}`,
      ),
    );
  }
  return { entries: entries.filter((entry) => !dropped.has(entry)), notes, errors, open };
}
