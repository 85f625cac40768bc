// Named statements → the slots of a network (fields, matrices, numbered weights, biases, units), with duplicates and conflicts found.
import { LIMITS, type LayerBias, type Matrix } from '../core/types.js';
import type { UserError } from '../errors.js';
import type { Note } from './defaults.js';
import { definitionError } from './errors.js';
import type { ArrowWeight } from './arrow-weights.js';
import type { KeyRef, SimpleField } from './keys.js';
import { readTrainingValue } from './training-assemble.js';
import type { TrainingKey } from './training-keys.js';
import type { Entry } from './scan.js';
import { lineAndColumn, originOf, trim, type MappedText } from './source.js';
import {
  parseActivations,
  parseBoolean,
  parseLayers,
  parseLoss,
  parseText,
  parseTree,
  toBiasList,
  toLayerBias,
  toMatrix,
  toMatrixList,
  toVector,
  type Tree,
  type ValueContext,
} from './values.js';

/** A value and the statement that wrote it (for error locations and "where each number came from"). */
export interface Found<T> {
  value: T;
  entry: Entry;
}

/** Every slot a statement can fill, each at most once. */
export interface Collected {
  fields: Map<SimpleField, Found<unknown>>;
  /** `W1: [[…]]`, by layer (1-based). */
  matrices: Map<number, Found<Matrix>>;
  /** `w3 = 0.25`, by number. */
  numbered: Map<number, Found<number>>;
  /** `w(x1→h1) = 0.2`: weights named by the units they join, in reading order. */
  arrows: ArrowWeight[];
  /** `v1 = 0.5`, `w11` under "Weights W1:": weights named per layer (layer-weights.ts places them). */
  layerWeights: LayerWeight[];
  /** `bias_of_Z_1 = -0.1`: biases of named units, by the unit's name. */
  arrowBiases: Map<string, Found<number>>;
  /** `b1: 0.35` or `b1: [0.35, 0.35]`, by layer (1-based). */
  layerBiases: Map<number, Found<LayerBias>>;
  /** `b1_2 = 0.35`: layer → unit → value. */
  unitBiases: Map<number, Map<number, Found<number>>>;
  inputUnits: Map<number, Found<number>>;
  targetUnits: Map<number, Found<number>>;
  /** `data:`, `epochs`, `optimizer`, … (training-keys.ts). */
  training: Map<TrainingKey, Found<unknown>>;
}

export interface LayerWeight extends Found<number> {
  letter: string;
  indices: number[];
  layer?: number;
}

export const keyName = (entry: Entry) => entry.key.text.trim();

/** Reads each entry's value into its slot; every problem is collected, none thrown. */
export function collectStatements(
  entries: Entry[],
  original: string,
  mode: 'strict' | 'page' = 'strict',
): { collected: Collected; errors: UserError[]; notes: Note[]; skipped: Entry[] } {
  const errors: UserError[] = [];
  /** In a page, a statement we cannot read (or a repeat) is skipped and named, not an error. */
  const skipped: Entry[] = [];
  const notes: Note[] = [];
  const seen = new Map<string, Entry>();
  const collected: Collected = {
    fields: new Map(),
    matrices: new Map(),
    numbered: new Map(),
    arrows: [],
    layerWeights: [],
    arrowBiases: new Map(),
    layerBiases: new Map(),
    unitBiases: new Map(),
    inputUnits: new Map(),
    targetUnits: new Map(),
    training: new Map(),
  };
  const { fields, matrices, numbered, layerBiases, unitBiases, inputUnits, targetUnits } = collected;

  const at = (entry: Entry, piece: MappedText = entry.key) => ({ original, piece });
  const context = (entry: Entry, field?: string): ValueContext => ({
    original,
    key: keyName(entry),
    ...(field ? { field } : {}),
  });
  const claim = (identity: string, entry: Entry): boolean => {
    const first = seen.get(identity);
    if (first) {
      const { line } = lineAndColumn(original, originOf(first.key));
      errors.push(
        definitionError(
          'definition.duplicate_key',
          { key: keyName(entry), first: keyName(first), firstLine: line },
          at(entry),
        ),
      );
      return false;
    }
    seen.set(identity, entry);
    return true;
  };
  const scalar = (entry: Entry, field?: string): number | undefined => {
    const tree = parseTree(entry.value, context(entry, field));
    if (!tree.ok) return void errors.push(...tree.error);
    const node = tree.value;
    if (
      node.kind === 'list' &&
      !node.bracketed &&
      node.items.length === 1 &&
      node.items[0]!.kind === 'number'
    ) {
      return node.items[0]!.value;
    }
    errors.push(
      definitionError(
        'definition.expected_number',
        { key: keyName(entry), example: '0.5' },
        at(entry, trim(entry.value)),
        '0.5',
      ),
    );
    return undefined;
  };
  // `w99999999` or `i5000` cannot belong to a network within the limits; refuse before allocating anything.
  const indexTooLarge = (ref: KeyRef, entry: Entry): boolean => {
    const checks: [number, number][] =
      ref.kind === 'weight'
        ? [[ref.n, LIMITS.maxWeights]]
        : ref.kind === 'bias'
          ? [[ref.layer, LIMITS.maxLayers - 1]]
          : ref.kind === 'unitBias'
            ? [
                [ref.layer, LIMITS.maxLayers - 1],
                [ref.unit, LIMITS.maxUnitsPerLayer],
              ]
            : ref.kind === 'field' ||
                ref.kind === 'training' ||
                ref.kind === 'layerWeight' ||
                ref.kind === 'arrowWeight' ||
                ref.kind === 'arrowBias'
              ? []
              : [[ref.n, LIMITS.maxUnitsPerLayer]];
    const over = checks.find(([index, max]) => index > max);
    if (!over) return false;
    errors.push(
      definitionError('definition.index_too_large', { key: keyName(entry), max: over[1] }, at(entry)),
    );
    return true;
  };
  const missingValue = (entry: Entry): boolean => {
    if (entry.value.text.trim() !== '') return false;
    errors.push(
      definitionError('definition.missing_value', { key: keyName(entry) }, at(entry), `${keyName(entry)}: …`),
    );
    return true;
  };
  const take = <T>(result: { ok: true; value: T } | { ok: false; error: UserError[] }): T | undefined => {
    if (result.ok) return result.value;
    errors.push(...result.error);
    return undefined;
  };
  const readField = (field: SimpleField, entry: Entry): unknown => {
    const ctx = context(entry, field);
    switch (field) {
      case 'name':
      case 'description':
        return take(parseText(entry.value, entry.quoted, ctx));
      case 'layers':
        return take(parseLayers(entry.value, ctx));
      case 'activations':
        return take(parseActivations(entry.value, ctx));
      case 'loss':
        return take(parseLoss(entry.value, ctx));
      case 'updateBiases':
        return take(parseBoolean(entry.value, ctx));
      case 'learningRate':
      case 'steps':
        return scalar(entry, field);
      case 'input':
      case 'target': {
        const tree = take(parseTree(entry.value, ctx));
        return (
          tree && take(toVector(rowAsVector(tree), ctx, field === 'input' ? '[0.05, 0.1]' : '[0.01, 0.99]'))
        );
      }
      case 'weights': {
        const tree = take(parseTree(entry.value, ctx));
        return tree && take(toMatrixList(tree, ctx));
      }
      case 'biases': {
        const tree = take(parseTree(entry.value, ctx));
        return tree && take(toBiasList(tree, ctx));
      }
    }
  };

  for (const entry of entries) {
    const before = errors.length;
    readEntry(entry);
    if (mode === 'page' && errors.length > before) {
      errors.splice(before);
      skipped.push(entry);
    }
  }
  errors.push(...conflicts(collected, original, mode));
  return { collected, errors, notes, skipped };

  function readEntry(entry: Entry): void {
    const ref = entry.ref!;
    if (missingValue(entry) || indexTooLarge(ref, entry)) return;
    switch (ref.kind) {
      case 'field': {
        if (!claim(ref.field, entry)) break;
        const value = readField(ref.field, entry);
        if (value !== undefined) fields.set(ref.field, { value, entry });
        break;
      }
      case 'training': {
        if (!claim(ref.field, entry)) break;
        const value = readTrainingValue(ref.field, entry, original, () => scalar(entry, ref.field), errors);
        if (value !== undefined) collected.training.set(ref.field, { value, entry });
        break;
      }
      case 'weight': {
        // `W1: [[…]]`, rows, or an uppercase W with several numbers is a matrix; `w1 = 0.15` one weight.
        const text = entry.value.text.trim();
        const isMatrix = /[[\];\n]/.test(text) || (keyName(entry).startsWith('W') && /[\s,]/.test(text));
        if (isMatrix) {
          if (!claim(`W${ref.n}`, entry)) break;
          const tree = take(parseTree(entry.value, context(entry, `weights[${ref.n - 1}]`)));
          if (!tree) break;
          const matrix = take(toMatrix(tree, context(entry, `weights[${ref.n - 1}]`)));
          if (matrix) {
            matrices.set(ref.n, { value: matrix.matrix, entry });
            if (matrix.singleRow)
              notes.push({ id: 'definition.note.single_row', params: { key: keyName(entry) } });
          }
        } else {
          if (!claim(`w${ref.n}`, entry)) break;
          const value = scalar(entry);
          if (value !== undefined) numbered.set(ref.n, { value, entry });
        }
        break;
      }
      case 'arrowWeight': {
        if (!claim(`w(${ref.from}→${ref.to})`, entry)) break;
        const value = scalar(entry);
        if (value !== undefined) collected.arrows.push({ value, entry, from: ref.from, to: ref.to });
        break;
      }
      case 'layerWeight': {
        if (!claim(`${ref.letter}${ref.indices.join(',')} of layer ${ref.layer ?? '?'}`, entry)) break;
        const value = scalar(entry);
        const { letter, indices, layer } = ref;
        if (value !== undefined)
          collected.layerWeights.push({ value, entry, letter, indices, ...(layer ? { layer } : {}) });
        break;
      }
      case 'arrowBias': {
        if (!claim(`b(${ref.unit})`, entry)) break;
        const value = scalar(entry);
        if (value !== undefined) collected.arrowBiases.set(ref.unit, { value, entry });
        break;
      }
      case 'bias': {
        if (!claim(`b${ref.layer}`, entry)) break;
        const tree = take(parseTree(entry.value, context(entry, `biases[${ref.layer - 1}]`)));
        if (!tree) break;
        const bias = take(toLayerBias(tree, context(entry, `biases[${ref.layer - 1}]`)));
        if (bias !== undefined) layerBiases.set(ref.layer, { value: bias, entry });
        break;
      }
      case 'unitBias': {
        if (!claim(`b${ref.layer}_${ref.unit}`, entry)) break;
        const value = scalar(entry);
        if (value === undefined) break;
        if (!unitBiases.has(ref.layer)) unitBiases.set(ref.layer, new Map());
        unitBiases.get(ref.layer)!.set(ref.unit, { value, entry });
        break;
      }
      case 'inputUnit':
      case 'targetUnit': {
        if (!claim(`${ref.kind === 'inputUnit' ? 'i' : 't'}${ref.n}`, entry)) break;
        const value = scalar(entry);
        if (value !== undefined)
          (ref.kind === 'inputUnit' ? inputUnits : targetUnits).set(ref.n, { value, entry });
        break;
      }
    }
  }
}

/** `[[3, 1]]` (NumPy's one-row array) as an input or target is the vector `[3, 1]`. */
function rowAsVector(tree: Tree): Tree {
  const only = tree.kind === 'list' && tree.items.length === 1 ? tree.items[0]! : undefined;
  return only?.kind === 'list' && only.items.every((item) => item.kind === 'number') ? only : tree;
}

/** Two ways of writing the same thing are a conflict, not a silent choice. */
function conflicts(collected: Collected, original: string, mode: 'strict' | 'page'): UserError[] {
  const { fields, matrices, numbered, layerBiases, unitBiases, inputUnits, targetUnits } = collected;
  const errors: UserError[] = [];
  const report = (part: Entry, other: Entry) =>
    errors.push(
      definitionError(
        'definition.conflicting_keys',
        { key: keyName(part), other: keyName(other) },
        { original, piece: part.key },
      ),
    );
  const against = (whole: SimpleField, parts: Map<number, Found<unknown>>) => {
    const wholeEntry = fields.get(whole)?.entry;
    const part = [...parts.values()][0]?.entry;
    if (!wholeEntry || !part) return;
    // A page may give the sample twice (`X = (1,0,1)` and a table of x1, x2, x3): the same numbers agree.
    const vector = fields.get(whole)!.value;
    const same =
      mode === 'page' &&
      Array.isArray(vector) &&
      vector.length === parts.size &&
      vector.every((value, k) => parts.get(k + 1)?.value === value);
    if (same) parts.clear();
    else report(part, wholeEntry);
  };
  against('input', inputUnits);
  against('target', targetUnits);
  against('weights', matrices);
  against('weights', numbered);
  against('biases', layerBiases);
  const firstUnitBias = [...unitBiases.values()][0];
  if (firstUnitBias) against('biases', firstUnitBias);
  if (matrices.size > 0 && numbered.size > 0)
    report([...numbered.values()][0]!.entry, [...matrices.values()][0]!.entry);
  for (const [layer, units] of unitBiases) {
    const shared = layerBiases.get(layer);
    if (shared) report([...units.values()][0]!.entry, shared.entry);
  }
  return errors;
}
