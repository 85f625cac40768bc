// Numbered weights w1..wN: which layer sizes they fit, and their places in the matrices (destination-major).
import { weightCount as countWeights, weightIndex } from '../core/naming.js';
import { LIMITS, type Matrix } from '../core/types.js';
import type { UserError } from '../errors.js';
import type { Found } from './collect.js';
import type { Note } from './defaults.js';
import { definitionError } from './errors.js';
import { candidateShapes } from './infer-layers.js';
import type { Entry } from './scan.js';

export function range(count: number): number[] {
  return Array.from({ length: count }, (_, k) => k + 1);
}

/** The one layer list the counts allow (with a note), or an error listing none or several. */
export function layersFromNumbered(
  clues: {
    numbered: Map<number, Found<number>>;
    inputs: number;
    outputs: number;
    biasDepth: number | undefined;
    knownSizes: Map<number, number>;
  },
  original: string,
): { layers: number[]; note: Note } | { error: UserError } {
  const count = Math.max(...clues.numbered.keys());
  const shapes = candidateShapes({
    weightCount: count,
    inputs: clues.inputs,
    outputs: clues.outputs,
    ...(clues.biasDepth !== undefined ? { depth: clues.biasDepth } : {}),
    knownSizes: clues.knownSizes,
  });
  const facts = { weights: count, inputs: clues.inputs, outputs: clues.outputs };
  const firstWeight = clues.numbered.get(Math.min(...clues.numbered.keys()))!.entry;
  const at = { original, piece: firstWeight.key };
  if (shapes.length === 1) {
    const layers = shapes[0]!;
    return {
      layers,
      note: { id: 'definition.note.layers_from_numbered', params: { layers: layers.join('-'), ...facts } },
    };
  }
  if (shapes.length === 0) {
    const missingLast = oneWeightShort(clues, count);
    if (missingLast)
      return {
        error: definitionError(
          'definition.missing_last_weight',
          { ...facts, layers: missingLast.join('-'), all: count + 1, missing: `w${count + 1}` },
          at,
          `w${count + 1}: 0.5`,
        ),
      };
    return { error: definitionError('definition.no_layers_fit', facts, at, 'layers: 2-2-2') };
  }
  return {
    error: definitionError(
      'definition.ambiguous_layers',
      { ...facts, candidates: shapes.map((s) => s.join('-')).join(', ') },
      at,
      `layers: ${shapes[0]!.join('-')}`,
    ),
  };
}

/** w1…w7 with 2 inputs and 2 targets: the one network that one more weight (w8) would make, if only one. */
function oneWeightShort(
  clues: Parameters<typeof layersFromNumbered>[0],
  count: number,
): number[] | undefined {
  const shapes = candidateShapes({
    weightCount: count + 1,
    inputs: clues.inputs,
    outputs: clues.outputs,
    ...(clues.biasDepth !== undefined ? { depth: clues.biasDepth } : {}),
    knownSizes: clues.knownSizes,
  });
  return shapes.length === 1 ? shapes[0] : undefined;
}

/** Where weight number n goes: destination-first (ours: w1 = i1→h1, w2 = i2→h1) or source-first (w2 = i1→h2). */
export function weightPlace(
  layers: number[],
  n: number,
  sourceFirst: boolean | readonly boolean[],
): { l: number; j: number; i: number } | undefined {
  const index = weightIndex(layers, n);
  const layerSourceFirst =
    typeof sourceFirst === 'boolean' ? sourceFirst : (sourceFirst[index?.l ?? 0] ?? false);
  if (!index || !layerSourceFirst) return index;
  const k = index.j * layers[index.l]! + index.i;
  const destinations = layers[index.l + 1]!;
  return { l: index.l, j: k % destinations, i: Math.floor(k / destinations) };
}

/** w1..wN placed destination-major (SPEC-FORMAT.md) into the matrices of a known shape. */
export function numberedToMatrices(
  layers: number[],
  numbered: Map<number, Found<number>>,
  errors: UserError[],
  original: string,
  sources: Map<string, Entry>,
  sourceFirst: boolean | readonly boolean[] = false,
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
    const index = weightPlace(layers, n, sourceFirst)!;
    weights[index.l]![index.j]![index.i] = found.value;
    if (!sources.has(`weights[${index.l}]`)) sources.set(`weights[${index.l}]`, found.entry);
  }
  return weights;
}
