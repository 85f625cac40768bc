// Scanned entries → a SPEC-FORMAT object: checks duplicates and conflicts, infers layer sizes, states defaults.
import { weightCount as countWeights, weightIndex } from '../core/naming.js';
import {
  LIMITS,
  type ActivationName,
  type LayerBias,
  type LossName,
  type Matrix,
  type Vector,
} from '../core/types.js';
import type { UserError } from '../errors.js';
import { t } from '../text/i18n.js';
import { definitionError, type Params } from './errors.js';
import { candidateShapes } from './infer-layers.js';
import type { KeyRef, SimpleField } from './keys.js';
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
  type ValueContext,
} from './values.js';

export interface Note {
  id: string;
  params: Params;
}

/** The SPEC-FORMAT object built from the entries, with the entry behind each field for error locations. */
export interface Assembled {
  spec: Record<string, unknown>;
  defaultsApplied: string[];
  notes: Note[];
  /** Field path root (`weights[1]`, `biases[0]`, `input`, …) → the entry that wrote it. */
  sources: Map<string, Entry>;
  usedNumberedWeights: boolean;
}

export const DEFAULTS = {
  activations: 'sigmoid' as ActivationName,
  loss: 'half_sse' as LossName,
  learningRate: 0.5,
  updateBiases: true,
  steps: 1,
};

/** How each default is written back to the user (key as they would type it, value). */
const DEFAULT_WORDING: Record<keyof typeof DEFAULTS, { key: string; value: string }> = {
  activations: { key: 'activation', value: 'sigmoid' },
  loss: { key: 'loss', value: 'half_sse' },
  learningRate: { key: 'learning rate', value: '0.5' },
  updateBiases: { key: 'update biases', value: 'yes' },
  steps: { key: 'steps', value: '1' },
};

interface Found<T> {
  value: T;
  entry: Entry;
}

export function noteText(note: Note): string {
  return t('en', note.id, note.params);
}

const keyName = (entry: Entry) => entry.key.text.trim();

/** Builds the spec object; every problem is collected, none thrown. */
export function assemble(
  entries: Entry[],
  original: string,
): { ok: true; value: Assembled } | { ok: false; error: UserError[] } {
  const errors: UserError[] = [];
  const notes: Note[] = [];
  const seen = new Map<string, Entry>();
  const fields = new Map<SimpleField, Found<unknown>>();
  const matrices = new Map<number, Found<Matrix>>();
  const numbered = new Map<number, Found<number>>();
  const layerBiases = new Map<number, Found<LayerBias>>();
  const unitBiases = new Map<number, Map<number, Found<number>>>();
  const inputUnits = new Map<number, Found<number>>();
  const targetUnits = new Map<number, Found<number>>();

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
            : ref.kind === 'field'
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

  for (const entry of entries) {
    const ref = entry.ref!;
    if (missingValue(entry) || indexTooLarge(ref, entry)) continue;
    switch (ref.kind) {
      case 'field': {
        if (!claim(ref.field, entry)) break;
        const value = readField(ref.field, entry);
        if (value !== undefined) fields.set(ref.field, { value, entry });
        break;
      }
      case 'weight': {
        // `W1: [[…]]`, rows, or an uppercase W with several numbers is a matrix; `w1 = 0.15` one weight.
        const text = entry.value.text.trim();
        const isMatrix = /[[\];\n]/.test(text) || (keyName(entry).startsWith('W') && /[\s,]/.test(text));
        if (isMatrix) {
          if (!claim(`W${ref.n}`, entry)) break;
          const tree = parseTree(entry.value, context(entry, `weights[${ref.n - 1}]`));
          if (!tree.ok) {
            errors.push(...tree.error);
            break;
          }
          const matrix = toMatrix(tree.value, context(entry, `weights[${ref.n - 1}]`));
          if (!matrix.ok) errors.push(...matrix.error);
          else {
            matrices.set(ref.n, { value: matrix.value.matrix, entry });
            if (matrix.value.singleRow)
              notes.push({ id: 'definition.note.single_row', params: { key: keyName(entry) } });
          }
        } else {
          if (!claim(`w${ref.n}`, entry)) break;
          const value = scalar(entry);
          if (value !== undefined) numbered.set(ref.n, { value, entry });
        }
        break;
      }
      case 'bias': {
        if (!claim(`b${ref.layer}`, entry)) break;
        const tree = parseTree(entry.value, context(entry, `biases[${ref.layer - 1}]`));
        if (!tree.ok) {
          errors.push(...tree.error);
          break;
        }
        const bias = toLayerBias(tree.value, context(entry, `biases[${ref.layer - 1}]`));
        if (!bias.ok) errors.push(...bias.error);
        else layerBiases.set(ref.layer, { value: bias.value, entry });
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

  function readField(field: SimpleField, entry: Entry): unknown {
    const ctx = context(entry, field);
    const take = <T>(result: { ok: true; value: T } | { ok: false; error: UserError[] }): T | undefined => {
      if (result.ok) return result.value;
      errors.push(...result.error);
      return undefined;
    };
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
        return tree && take(toVector(tree, ctx, field === 'input' ? '[0.05, 0.1]' : '[0.01, 0.99]'));
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
  }

  // Two ways of writing the same thing are a conflict, not a silent choice.
  const conflict = (whole: SimpleField, parts: Map<number, Found<unknown>>) => {
    const wholeEntry = fields.get(whole)?.entry;
    const part = [...parts.values()][0]?.entry;
    if (wholeEntry && part) {
      errors.push(
        definitionError(
          'definition.conflicting_keys',
          { key: keyName(part), other: keyName(wholeEntry) },
          at(part),
        ),
      );
    }
  };
  conflict('input', inputUnits);
  conflict('target', targetUnits);
  conflict('weights', matrices);
  conflict('weights', numbered);
  conflict('biases', layerBiases);
  const firstUnitBias = [...unitBiases.values()][0];
  if (firstUnitBias) conflict('biases', firstUnitBias);
  if (matrices.size > 0 && numbered.size > 0) {
    const part = [...numbered.values()][0]!.entry;
    const whole = [...matrices.values()][0]!.entry;
    errors.push(
      definitionError('definition.conflicting_keys', { key: keyName(part), other: keyName(whole) }, at(part)),
    );
  }
  for (const [layer, units] of unitBiases) {
    const shared = layerBiases.get(layer);
    if (shared) {
      const part = [...units.values()][0]!.entry;
      errors.push(
        definitionError(
          'definition.conflicting_keys',
          { key: keyName(part), other: keyName(shared.entry) },
          at(part),
        ),
      );
    }
  }
  if (errors.length > 0) return { ok: false, error: errors };

  // input / target
  const sources = new Map<string, Entry>();
  const unitVector = (
    whole: SimpleField,
    parts: Map<number, Found<number>>,
    prefix: string,
    example: string,
  ): Vector | undefined => {
    const given = fields.get(whole);
    if (given) {
      sources.set(whole, given.entry);
      return given.value as Vector;
    }
    if (parts.size === 0) {
      errors.push(definitionError('definition.missing_field', { field: whole, example }, undefined, example));
      return undefined;
    }
    const count = Math.max(...parts.keys());
    const missing = range(count).filter((n) => !parts.has(n));
    if (missing.length > 0) {
      const entry = parts.get(Math.min(...parts.keys()))!.entry;
      errors.push(
        definitionError(
          'definition.missing_units',
          { missing: missing.map((n) => `${prefix}${n}`).join(', '), count },
          at(entry),
        ),
      );
      return undefined;
    }
    sources.set(whole, parts.get(1)!.entry);
    return range(count).map((n) => parts.get(n)!.value);
  };
  const input = unitVector('input', inputUnits, 'i', 'input: [0.05, 0.1]');
  const target = unitVector('target', targetUnits, 't', 'target: [0.01, 0.99]');

  // layer sizes and weights
  let layers = fields.get('layers')?.value as number[] | undefined;
  if (fields.get('layers')) sources.set('layers', fields.get('layers')!.entry);
  let weights: Matrix[] | undefined;
  const biasDepth = fields.get('biases')
    ? (fields.get('biases')!.value as LayerBias[]).length
    : Math.max(0, ...layerBiases.keys(), ...unitBiases.keys()) || undefined;

  if (fields.get('weights')) {
    weights = fields.get('weights')!.value as Matrix[];
    weights.forEach((_, l) => sources.set(`weights[${l}]`, fields.get('weights')!.entry));
  } else if (matrices.size > 0) {
    const count = Math.max(...matrices.keys());
    const missing = range(count).filter((n) => !matrices.has(n));
    if (missing.length > 0) {
      errors.push(
        definitionError(
          'definition.missing_matrices',
          { missing: missing.map((n) => `W${n}`).join(', ') },
          at(matrices.get(Math.max(...matrices.keys()))!.entry),
          `W${missing[0]}: [[…]]`,
        ),
      );
    } else {
      weights = range(count).map((n) => matrices.get(n)!.value);
      range(count).forEach((n) => sources.set(`weights[${n - 1}]`, matrices.get(n)!.entry));
    }
  } else if (numbered.size > 0) {
    const count = Math.max(...numbered.keys());
    if (!layers) {
      if (input && target) {
        const knownSizes = new Map(
          [...unitBiases].map(([layer, units]) => [layer, Math.max(...units.keys())]),
        );
        const shapes = candidateShapes({
          weightCount: count,
          inputs: input.length,
          outputs: target.length,
          ...(biasDepth !== undefined ? { depth: biasDepth } : {}),
          knownSizes,
        });
        const clues = { weights: count, inputs: input.length, outputs: target.length };
        const firstWeight = numbered.get(Math.min(...numbered.keys()))!.entry;
        if (shapes.length === 1) {
          layers = shapes[0]!;
          notes.push({
            id: 'definition.note.layers_from_numbered',
            params: { layers: layers.join('-'), ...clues },
          });
        } else if (shapes.length === 0) {
          errors.push(definitionError('definition.no_layers_fit', clues, at(firstWeight), 'layers: 2-2-2'));
        } else {
          errors.push(
            definitionError(
              'definition.ambiguous_layers',
              { ...clues, candidates: shapes.map((s) => s.join('-')).join(', ') },
              at(firstWeight),
              `layers: ${shapes[0]!.join('-')}`,
            ),
          );
        }
      }
    }
    if (layers) weights = numberedToMatrices(layers, numbered, errors, original, sources);
  } else {
    errors.push(
      definitionError(
        'definition.missing_field',
        { field: 'weights', example: 'W1: [[0.15, 0.2], [0.25, 0.3]]' },
        undefined,
        'w1 = 0.15',
      ),
    );
  }
  if (!layers && weights && weights.length > 0 && weights[0]!.length > 0) {
    layers = [weights[0]![0]!.length, ...weights.map((matrix) => matrix.length)];
    notes.push({ id: 'definition.note.layers_from_matrices', params: { layers: layers.join('-') } });
  }

  // biases
  let biases: LayerBias[] | undefined;
  if (fields.get('biases')) {
    biases = fields.get('biases')!.value as LayerBias[];
    biases.forEach((_, l) => sources.set(`biases[${l}]`, fields.get('biases')!.entry));
  } else if (layerBiases.size > 0 || unitBiases.size > 0) {
    const depth = layers ? layers.length - 1 : Math.max(...layerBiases.keys(), ...unitBiases.keys());
    const missing: string[] = [];
    biases = range(depth).map((layer): LayerBias => {
      const shared = layerBiases.get(layer);
      if (shared) {
        sources.set(`biases[${layer - 1}]`, shared.entry);
        return shared.value;
      }
      const units = unitBiases.get(layer);
      if (!units) {
        missing.push(`b${layer}`);
        return 0;
      }
      const count = layers?.[layer] ?? Math.max(...units.keys());
      const absent = range(count).filter((u) => !units.has(u));
      missing.push(...absent.map((u) => `b${layer}_${u}`));
      sources.set(`biases[${layer - 1}]`, [...units.values()][0]!.entry);
      return range(count).map((u) => units.get(u)?.value ?? 0);
    });
    if (missing.length > 0) {
      errors.push(
        definitionError(
          'definition.missing_biases',
          { missing: missing.join(', ') },
          undefined,
          `${missing[0]}: 0.35`,
        ),
      );
    }
  } else {
    errors.push(
      definitionError(
        'definition.missing_field',
        { field: 'biases', example: 'b1: 0.35' },
        undefined,
        'b1: 0.35',
      ),
    );
  }
  if (errors.length > 0) return { ok: false, error: errors };

  // stated defaults
  const spec: Record<string, unknown> = {};
  const defaultsApplied: string[] = [];
  for (const field of ['name', 'description'] as const) {
    if (fields.get(field)) spec[field] = fields.get(field)!.value;
  }
  Object.assign(spec, { layers, weights, biases, input, target });
  for (const field of Object.keys(DEFAULTS) as (keyof typeof DEFAULTS)[]) {
    const given = fields.get(field);
    if (given) {
      spec[field] = given.value;
      sources.set(field, given.entry);
    } else {
      spec[field] = DEFAULTS[field];
      defaultsApplied.push(field);
      notes.push({ id: 'definition.note.default', params: DEFAULT_WORDING[field] });
    }
  }
  for (const [l, bias] of (biases ?? []).entries()) {
    if (typeof bias === 'number' && layers && (layers[l + 1] ?? 0) > 1) {
      notes.push({
        id: 'definition.note.shared_bias',
        params: { key: `b${l + 1}`, value: String(bias), units: layers[l + 1]! },
      });
    }
  }
  return {
    ok: true,
    value: { spec, defaultsApplied, notes, sources, usedNumberedWeights: numbered.size > 0 },
  };
}

function range(count: number): number[] {
  return Array.from({ length: count }, (_, k) => k + 1);
}

/** w1..wN placed destination-major (SPEC-FORMAT.md) into the matrices of a known shape. */
function numberedToMatrices(
  layers: number[],
  numbered: Map<number, Found<number>>,
  errors: UserError[],
  original: string,
  sources: Map<string, Entry>,
): Matrix[] | undefined {
  const withinLimits =
    layers.length >= 2 &&
    layers.length <= LIMITS.maxLayers &&
    layers.every((units) => Number.isInteger(units) && units >= 1 && units <= LIMITS.maxUnitsPerLayer) &&
    countWeights(layers) <= LIMITS.maxWeights;
  // Beyond the limits the core names the problem; an empty list keeps the spec well-formed until then.
  if (!withinLimits) return [];
  const total = countWeights(layers);
  const missing = range(Math.min(total, 4096)).filter((n) => !numbered.has(n));
  const extra = [...numbered.keys()].filter((n) => n > total).sort((a, b) => a - b);
  const shape = layers.join('-');
  if (extra.length > 0) {
    errors.push(
      definitionError(
        'definition.extra_weights',
        { extra: extra.map((n) => `w${n}`).join(', '), layers: shape, count: total },
        { original, piece: numbered.get(extra[0]!)!.entry.key },
      ),
    );
  }
  if (missing.length > 0) {
    const listed = missing.slice(0, 12).map((n) => `w${n}`);
    errors.push(
      definitionError('definition.missing_weights', {
        missing: listed.join(', ') + (missing.length > 12 ? ', …' : ''),
        layers: shape,
        count: total,
      }),
    );
  }
  if (extra.length > 0 || missing.length > 0) return undefined;
  const weights: Matrix[] = layers
    .slice(1)
    .map((rows, l) => Array.from({ length: rows }, () => new Array<number>(layers[l]!).fill(0)));
  for (const [n, found] of numbered) {
    const index = weightIndex(layers, n)!;
    weights[index.l]![index.j]![index.i] = found.value;
    if (!sources.has(`weights[${index.l}]`)) sources.set(`weights[${index.l}]`, found.entry);
  }
  return weights;
}
