// Reads one value as people write it: numbers and expressions, lists, matrices, layer sizes, names.
import type { ActivationName, LayerBias, LossName, Matrix, Vector } from '../core/types.js';
import { ACTIVATIONS } from '../core/records/activation-records.js';
import { LOSSES } from '../core/records/loss-records.js';
import { ACTIVATION_NAMES, LOSS_NAMES } from '../core/types.js';
import { fail, ok, type Result, type UserError } from '../errors.js';
import { definitionError } from './errors.js';
import { evaluateAt } from './expression.js';
import { closestWord, compactKey } from './keys.js';
import { walk } from '../work-meter.js';
import { fromString, slice, trim, type MappedText } from './source.js';

/** A parsed list value: numbers and nested lists, each remembering where it was written. */
export type Tree =
  | { kind: 'number'; value: number; piece: MappedText }
  | { kind: 'list'; items: Tree[]; bracketed: boolean; piece: MappedText };

/** Context for errors: the whole input and the name of the key being read. */
export interface ValueContext {
  original: string;
  key: string;
  field?: string;
}

const OPENERS: Record<string, string> = { '[': ']', '(': ')' };

/** Brackets nested deeper than this are refused: a matrix list needs three, an expression a few more. */
export const MAX_NESTING = 16;

/** Index of the bracket closing the one at `start`, or -1. */
function matching(text: string, start: number): number {
  const stack: string[] = [];
  for (let k = start; k < text.length; k++) {
    const c = text[k]!;
    if (c in OPENERS) stack.push(OPENERS[c]!);
    else if (c === ']' || c === ')') {
      if (stack.pop() !== c) {
        walk(k - start + 1);
        return -1;
      }
      if (stack.length === 0) {
        walk(k - start + 1);
        return k;
      }
    }
  }
  walk(text.length - start + 1);
  return -1;
}

/**
 * Where brackets first nest deeper than MAX_NESTING in `text` (any of `[({`), or -1. Checked before
 * anything else reads the text, so every later pass costs at most MAX_NESTING times its length.
 */
export function tooDeepAt(text: string): number {
  let depth = 0;
  walk(text.length + 1);
  for (let k = 0; k < text.length; k++) {
    const c = text[k];
    if (c === '[' || c === '(' || c === '{') {
      depth++;
      if (depth > MAX_NESTING) return k;
    } else if ((c === ']' || c === ')' || c === '}') && depth > 0) depth--;
  }
  return -1;
}

/** The located error for brackets nested too deep (it points at the first bracket over the limit). */
export function tooDeepError(original: string, at: number): UserError {
  return definitionError(
    'definition.too_deep',
    { max: MAX_NESTING },
    { original, piece: slice(fromString(original), at, at + 1) },
    '[[0.15, 0.2], [0.25, 0.3]]',
  );
}

/** Splits at depth-0 positions where `isSeparator` holds; returns the pieces between them. */
function splitTop(m: MappedText, isSeparator: (text: string, k: number) => boolean): MappedText[] {
  const parts: MappedText[] = [];
  let depth = 0;
  let start = 0;
  walk(m.text.length + 1);
  for (let k = 0; k < m.text.length; k++) {
    const c = m.text[k]!;
    if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') depth--;
    else if (depth === 0 && isSeparator(m.text, k)) {
      parts.push(slice(m, start, k));
      start = k + 1;
    }
  }
  parts.push(slice(m, start));
  return parts;
}

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);

/**
 * A newline separates rows unless the line ends with `,` `;` `[` or the next one starts with `]` `,`.
 * The nearest non-space characters on both sides are found once per text, so each break costs O(1).
 */
function rowBreaks(text: string): (text: string, k: number) => boolean {
  const previousSolid = new Array<number>(text.length);
  const nextSolid = new Array<number>(text.length);
  walk(2 * text.length + 1);
  for (let k = 0, last = -1; k < text.length; k++) {
    previousSolid[k] = last;
    if (!isSpace(text[k])) last = k;
  }
  for (let k = text.length - 1, next = -1; k >= 0; k--) {
    nextSolid[k] = next;
    if (!isSpace(text[k])) next = k;
  }
  return (_text, k) => {
    if (text[k] === ';') return true;
    if (text[k] !== '\n') return false;
    const before = previousSolid[k]!;
    const after = nextSolid[k]!;
    return before >= 0 && after >= 0 && !',;['.includes(text[before]!) && !'],'.includes(text[after]!);
  };
}

/** MATLAB-style: `1 -0.5` is two numbers, `1 - 0.5` and `2 ^ -2` are one. */
function splitOnSpaces(m: MappedText): MappedText[] {
  const tokens: [number, number][] = [];
  let depth = 0;
  let start = -1;
  walk(m.text.length + 1);
  for (let k = 0; k <= m.text.length; k++) {
    const c = m.text[k];
    const space = c === undefined || (depth === 0 && isSpace(c));
    if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') depth--;
    if (space && start >= 0) {
      tokens.push([start, k]);
      start = -1;
    } else if (!space && start < 0) start = k;
  }
  const text = m.text;
  const elements: [number, number][] = [];
  for (const [from, to] of tokens) {
    const last = elements.at(-1);
    // Only the last character before and the first of this token decide: nothing is copied.
    const previousEnd = last ? text[last[1] - 1]! : undefined;
    const first = text[from]!;
    const joins =
      previousEnd !== undefined &&
      ('-+*/^('.includes(previousEnd) ||
        '*/^)'.includes(first) ||
        (to - from === 1 && (first === '-' || first === '+')) ||
        (/\p{L}/u.test(previousEnd) && first === '('));
    if (joins) last![1] = to;
    else elements.push([from, to]);
  }
  return elements.map(([from, to]) => slice(m, from, to));
}

/** Parses the inside of a list (without its brackets). */
function parseItems(m: MappedText, bracketed: boolean, context: ValueContext, errors: UserError[]): Tree {
  const rows = splitTop(m, rowBreaks(m.text));
  const parseRow = (row: MappedText): Tree[] => {
    const hasComma = splitTop(row, (text, k) => text[k] === ',').length > 1;
    const cells = hasComma ? splitTop(row, (text, k) => text[k] === ',') : splitOnSpaces(row);
    const items: Tree[] = [];
    cells.forEach((cell, index) => {
      const trimmed = trim(cell);
      if (trimmed.text === '') {
        if (hasComma && !(index === cells.length - 1 && cells.length > 1)) {
          errors.push(
            definitionError(
              'definition.empty_element',
              { key: context.key },
              { original: context.original, piece: cell },
              '[0.15, 0.2]',
            ),
          );
        }
        return;
      }
      items.push(parseElement(trimmed, context, errors));
    });
    return items;
  };
  const nonEmptyRows = rows.filter((row) => row.text.trim() !== '');
  if (nonEmptyRows.length > 1) {
    return {
      kind: 'list',
      bracketed,
      piece: m,
      items: nonEmptyRows.map((row) => ({ kind: 'list', bracketed: true, piece: row, items: parseRow(row) })),
    };
  }
  return { kind: 'list', bracketed, piece: m, items: nonEmptyRows[0] ? parseRow(nonEmptyRows[0]) : [] };
}

function parseElement(m: MappedText, context: ValueContext, errors: UserError[]): Tree {
  if (m.text.startsWith('[')) {
    const close = matching(m.text, 0);
    if (close === m.text.length - 1) return parseItems(slice(m, 1, close), true, context, errors);
    if (close < 0) {
      errors.push(unbalanced(m, context));
      return { kind: 'list', items: [], bracketed: true, piece: m };
    }
  }
  if (/[[\]]/.test(m.text)) {
    errors.push(unbalanced(m, context));
    return { kind: 'number', value: 0, piece: m };
  }
  const result = evaluateAt(m, context.original, context.field);
  if (!result.ok) {
    errors.push(...result.error);
    return { kind: 'number', value: 0, piece: m };
  }
  return { kind: 'number', value: result.value, piece: m };
}

function unbalanced(m: MappedText, context: ValueContext): UserError {
  return definitionError(
    'definition.unbalanced_brackets',
    { key: context.key },
    { original: context.original, piece: m },
    '[[0.15, 0.2], [0.25, 0.3]]',
  );
}

/** Any list value: `[a, b]`, `a b`, `a, b`, `[[a, b], [c, d]]`, `[a b; c d]`, rows on separate lines. */
export function parseTree(value: MappedText, context: ValueContext): Result<Tree> {
  const errors: UserError[] = [];
  const m = trim(value);
  let tree: Tree;
  if (m.text.startsWith('[') && matching(m.text, 0) === m.text.length - 1) {
    tree = parseItems(slice(m, 1, m.text.length - 1), true, context, errors);
  } else {
    tree = parseItems(m, false, context, errors);
  }
  return errors.length > 0 ? fail(errors) : ok(tree);
}

function expected(
  id: string,
  piece: MappedText,
  context: ValueContext,
  example: string,
  params = {},
): UserError {
  return definitionError(
    id,
    { key: context.key, example, ...params },
    { original: context.original, piece, ...(context.field ? { field: context.field } : {}) },
    example,
  );
}

const isNumber = (t: Tree): t is Extract<Tree, { kind: 'number' }> => t.kind === 'number';

/** A list of numbers; a single row `[[a, b]]` or a column `[a; b]` is accepted too. */
export function toVector(tree: Tree, context: ValueContext, example: string): Result<Vector> {
  if (tree.kind === 'number') return ok([tree.value]);
  if (tree.items.every(isNumber)) return ok(tree.items.map((t) => t.value));
  const only = tree.items[0];
  if (tree.items.length === 1 && only?.kind === 'list' && only.items.every(isNumber)) {
    return ok(only.items.map((t) => t.value));
  }
  if (tree.items.every((t) => t.kind === 'list' && t.items.length === 1 && t.items.every(isNumber))) {
    return ok(tree.items.map((t) => (t as { items: { value: number }[] }).items[0]!.value));
  }
  return fail([expected('definition.expected_vector', tree.piece, context, example)]);
}

/** A matrix (rows of equal length); a flat list is one row. */
export function toMatrix(tree: Tree, context: ValueContext): Result<{ matrix: Matrix; singleRow: boolean }> {
  const example = '[[0.15, 0.2], [0.25, 0.3]]';
  if (tree.kind === 'number')
    return fail([expected('definition.expected_matrix', tree.piece, context, example)]);
  if (tree.items.length > 0 && tree.items.every(isNumber)) {
    return ok({ matrix: [tree.items.map((t) => t.value)], singleRow: true });
  }
  const rows: Matrix = [];
  for (const [index, row] of tree.items.entries()) {
    if (row.kind !== 'list' || !row.items.every(isNumber)) {
      return fail([expected('definition.expected_matrix', row.piece, context, example)]);
    }
    if (rows.length > 0 && row.items.length !== rows[0]!.length) {
      return fail([
        expected('definition.ragged_matrix', row.piece, context, example, {
          row: index + 1,
          got: row.items.length,
          expected: rows[0]!.length,
        }),
      ]);
    }
    rows.push(row.items.map((t) => t.value));
  }
  if (rows.length === 0) return fail([expected('definition.expected_matrix', tree.piece, context, example)]);
  return ok({ matrix: rows, singleRow: false });
}

/** `weights: [W1, W2, …]`: a list of matrices. */
export function toMatrixList(tree: Tree, context: ValueContext): Result<Matrix[]> {
  if (tree.kind === 'number' || tree.items.length === 0) {
    return fail([
      expected(
        'definition.expected_matrix_list',
        tree.piece,
        context,
        '[[[0.15, 0.2], [0.25, 0.3]], [[0.4, 0.45], [0.5, 0.55]]]',
      ),
    ]);
  }
  const matrices: Matrix[] = [];
  for (const item of tree.items) {
    const result = toMatrix(item, context);
    if (!result.ok) return result;
    matrices.push(result.value.matrix);
  }
  return ok(matrices);
}

/** `biases: [0.35, 0.6]` or `[[0.1, 0.2], 0.6]`: per layer a shared number or one per unit. */
export function toBiasList(tree: Tree, context: ValueContext): Result<LayerBias[]> {
  if (tree.kind === 'number') return ok([tree.value]);
  const biases: LayerBias[] = [];
  for (const item of tree.items) {
    if (item.kind === 'number') biases.push(item.value);
    else if (item.items.every(isNumber)) biases.push(item.items.map((t) => t.value));
    else return fail([expected('definition.expected_vector', item.piece, context, '[0.35, 0.6]')]);
  }
  return ok(biases);
}

/** `b1: 0.35` (one bias shared by the layer) or `b1: [0.35, 0.4]` / `b1: 0.35, 0.4` (one per unit). */
export function toLayerBias(tree: Tree, context: ValueContext): Result<LayerBias> {
  if (
    tree.kind === 'list' &&
    !tree.bracketed &&
    tree.items.length === 1 &&
    tree.items[0]!.kind === 'number'
  ) {
    return ok(tree.items[0]!.value);
  }
  return toVector(tree, context, '0.35');
}

/** Layer sizes: `2-2-2`, `[2, 2, 2]`, `2 x 2 x 2`, `2→2→2`. */
export function parseLayers(value: MappedText, context: ValueContext): Result<number[]> {
  const text = value.text.trim().replace(/^[[(]|[\])]$/g, '');
  const parts = text.split(/(?:->|→|[-x*,;\s])+/i).filter((p) => p !== '');
  if (parts.length === 0 || !parts.every((p) => /^\d+$/.test(p))) {
    return fail([
      expected('definition.bad_layers', trim(value), context, '2-2-2', { text: value.text.trim() }),
    ]);
  }
  return ok(parts.map(Number));
}

/** Every word for every activation, from its record. */
const ACTIVATION_SYNONYMS: Record<string, ActivationName> = Object.fromEntries(
  Object.values(ACTIVATIONS).flatMap((record) =>
    [record.name, ...record.aliases].map((alias) => [compactKey(alias), record.name]),
  ),
);

/** One name (for every non-input layer) or one per layer: `tanh, sigmoid`, `[relu, softmax]`. */
export function parseActivations(
  value: MappedText,
  context: ValueContext,
): Result<ActivationName | ActivationName[]> {
  const names: ActivationName[] = [];
  const errors: UserError[] = [];
  const inner = trim(value, '[]()');
  // eslint-disable-next-line regexp/no-super-linear-backtracking, regexp/no-super-linear-move -- every attempt succeeds once its first character matched: nothing is backtracked into
  const words = /[^\s,;/]+(?:[\s_-]+relu)?/gi;
  const text = inner.text.replace(/leaky[\s_-]+relu/gi, (s) => s.replace(/[\s-]/g, '_'));
  for (let match = words.exec(text); match; match = words.exec(text)) {
    const name = ACTIVATION_SYNONYMS[compactKey(match[0])];
    if (name) names.push(name);
    else {
      const hint = closestWord(compactKey(match[0]), [...ACTIVATION_NAMES]);
      errors.push(
        definitionError(
          'definition.unknown_activation',
          { name: match[0], known: ACTIVATION_NAMES.join(', ') },
          {
            original: context.original,
            piece: slice(inner, match.index, match.index + match[0].length),
            field: 'activations',
          },
          hint,
        ),
      );
    }
  }
  if (errors.length > 0) return fail(errors);
  if (names.length === 0)
    return fail([expected('definition.missing_value', value, context, 'activation: sigmoid')]);
  return ok(names.length === 1 && !/^\s*\[/.test(value.text) ? names[0]! : names);
}

/** Every word for every loss, from its record. */
const LOSS_SYNONYMS: Record<string, LossName> = Object.fromEntries(
  Object.values(LOSSES).flatMap((record) =>
    [record.name, ...record.aliases].map((alias) => [compactKey(alias), record.name]),
  ),
);

export function parseLoss(value: MappedText, context: ValueContext): Result<LossName> {
  const compact = compactKey(value.text);
  const loss = LOSS_SYNONYMS[compact];
  if (loss) return ok(loss);
  const hint = closestWord(compact, [
    ...LOSS_NAMES.map((n) => n.replace('_', '')),
    ...Object.keys(LOSS_SYNONYMS),
  ]);
  const suggestion = hint ? (LOSS_SYNONYMS[hint] ?? hint) : undefined;
  return fail([
    definitionError(
      'definition.unknown_loss',
      { name: value.text.trim(), known: LOSS_NAMES.join(', ') },
      { original: context.original, piece: trim(value), field: 'loss' },
      suggestion,
    ),
  ]);
}

const TRUE_WORDS = new Set(['yes', 'true', 'on', '1', 'y', 'بله', 'آری', 'بلی']);
const FALSE_WORDS = new Set(['no', 'false', 'off', '0', 'n', 'خیر', 'نه']);

export function parseBoolean(value: MappedText, context: ValueContext): Result<boolean> {
  const word = value.text.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return ok(true);
  if (FALSE_WORDS.has(word)) return ok(false);
  return fail([
    expected('definition.bad_boolean', trim(value), context, 'update biases: no', {
      text: value.text.trim(),
    }),
  ]);
}

/** The user's own characters for a text value (digits and punctuation untouched), unquoting "…". */
export function parseText(value: MappedText, quoted: boolean, context: ValueContext): Result<string> {
  const first = value.map[0];
  const last = value.map.at(-1);
  // The last character may be a glyph of two UTF-16 units read as one plain letter (`𝐀` → `A`): take it whole.
  const stop = last === undefined ? 0 : last + ((context.original.codePointAt(last) ?? 0) > 0xffff ? 2 : 1);
  const raw = first === undefined || last === undefined ? '' : context.original.slice(first, stop);
  if (!quoted) return ok(raw.trim());
  try {
    const text: unknown = JSON.parse(raw);
    if (typeof text === 'string') return ok(text);
  } catch {
    // fall through to the error below
  }
  return fail([expected('definition.bad_text', value, context, 'name: "my network"')]);
}
