// Filled slots → a SPEC-FORMAT object: sample vectors, layer sizes, matrices, biases, and the stated defaults.
import type { ActivationName, LayerBias, Matrix, Vector } from '../core/types.js';
import type { UserError } from '../errors.js';
import { readArrowWeights } from './arrow-weights.js';
import { biasReadingNote } from './bias-reading.js';
import type { Collected, Found } from './collect.js';
import { DEFAULT_WORDING, DEFAULTS, type Note } from './defaults.js';
import { definitionError } from './errors.js';
import { layersFromNumbered, numberedToMatrices, range, weightPlace } from './numbered-weights.js';
import { orientMatrices } from './orient-matrices.js';
import { readLayerWeights } from './layer-weights.js';
import { looksLikeUnitPairs, readGlobalPairs, readLayerPairs, type PageName } from './unit-pairs.js';
import type { PageFacts } from './page-facts.js';
import { isPageMseWord } from './page-loss-words.js';
import type { Entry } from './scan.js';
import { applyTraining, dataSamples } from './training-assemble.js';

/** The SPEC-FORMAT object built from the entries, with the entry behind each field for error locations. */
export interface Assembled {
  spec: Record<string, unknown>;
  defaultsApplied: string[];
  notes: Note[];
  /** Field path root (`weights[1]`, `biases[0]`, `input`, …) → the entry that wrote it. */
  sources: Map<string, Entry>;
  usedNumberedWeights: boolean;
  /** The page's own names for weights and biases, with the spec position each was read into. */
  pageNames: PageName[];
  /** The text fits another numbering or matrix orientation too (chosen by `sourceFirst`). */
  ambiguous: boolean;
  /** The order this reading took for what the text left open. */
  sourceFirst: boolean;
  /** What a page left unsaid and this reading took by default (its worked numbers may settle it). */
  open: OpenDefaults;
}

/** Defaults taken where a page says nothing: the layers' activations (0-based) and the loss. */
export interface OpenDefaults {
  activations: number[];
  loss: boolean;
}

/** How to read weights whose order the text does not settle. */
export interface ReadingOptions {
  /** Numbered weights and unit pairs source-first, matrices with rows = inputs (`x @ W`). */
  sourceFirst?: boolean;
  /** Numbered weights only: the order of each layer, when a page numbers its layers differently. */
  layerOrder?: boolean[];
  /** The layer sizes, when the counts fit several and the page's numbers (or the usual shape) chose one. */
  layers?: number[];
}

type Outcome = { ok: true; value: Assembled } | { ok: false; error: UserError[] };

/** A page (not the bot's notation) adds what it says in words, and a page without biases has none. */
export interface PageReading {
  facts: PageFacts;
  /** The network came from the page's worked forward pass (its sums): a page that may state no target. */
  forwardOnly?: boolean;
}

export function assembleSpec(
  collected: Collected,
  notes: Note[],
  original: string,
  page?: PageReading,
  options: ReadingOptions = {},
): Outcome {
  const errors: UserError[] = [];
  const sources = new Map<string, Entry>();
  const { fields } = collected;
  const samples = dataSamples(collected, original, errors);
  const hasData = collected.training.has('data');
  // with a data set the sample sizes come from its first sample
  const input = hasData ? samples?.[0]?.input : sampleVector(collected, 'input', sources, errors, original);
  const noTarget =
    page?.forwardOnly && !hasData && !collected.fields.get('target') && collected.targetUnits.size === 0;
  const given =
    hasData || noTarget ? samples?.[0]?.target : sampleVector(collected, 'target', sources, errors, original);
  const classIndex = page && !hasData ? classIndexTarget(given, collected, input?.length) : undefined;
  let target = classIndex?.target ?? given;
  if (classIndex) notes.push(classIndex.note);
  const shaped = layersAndWeights(collected, input, target, { sources, errors, notes }, original, {
    ...options,
    page: page !== undefined,
  });
  const { layers } = shaped;
  // A forward pass without a target: 0 for each output, said, so the backward pass is offered, not claimed.
  if (noTarget && layers) {
    target = layers.slice(-1).flatMap((units) => Array.from({ length: units }, () => 0));
    notes.push({ id: 'definition.note.no_target', params: { value: `[${target.join(', ')}]` } });
  }
  const withoutBiases =
    page !== undefined &&
    !fields.get('biases') &&
    collected.layerBiases.size === 0 &&
    collected.unitBiases.size === 0 &&
    layers !== undefined;
  const biases =
    shaped.biases ??
    (withoutBiases && !shaped.biases
      ? layers.slice(1).map(() => 0)
      : layerBiasList(collected, layers, sources, errors));
  if (errors.length > 0) return { ok: false, error: errors };
  const open: OpenDefaults = { activations: [], loss: false };
  // A page's "Loss: MSE" is its word, not our option: the page's facts read it (½ open, said).
  if (page && isPageMseWord(fields.get('loss'))) fields.delete('loss');
  const fromPage = page && layers ? pageFields(page.facts, layers, fields, notes, open) : {};
  const biasNote =
    page && layers && !shaped.biases ? biasReadingNote(collected, layers, original) : undefined;
  if (biasNote) notes.push(biasNote);
  if (withoutBiases && !shaped.biases) {
    const said = page.facts.noBiases;
    notes.push({
      id: 'definition.note.no_biases',
      params: said ? { line: said.line, words: said.words } : {},
    });
    fromPage.updateBiases = false;
  }

  const spec: Record<string, unknown> = {};
  const defaultsApplied: string[] = [];
  for (const field of ['name', 'description'] as const) {
    if (fields.get(field)) spec[field] = fields.get(field)!.value;
  }
  Object.assign(spec, { layers, weights: shaped.weights, biases, input, target });
  for (const field of Object.keys(DEFAULTS) as (keyof typeof DEFAULTS)[]) {
    if (field === 'steps' && hasData) continue; // a data set counts epochs instead
    const given = fields.get(field);
    if (given) {
      spec[field] = given.value;
      sources.set(field, given.entry);
    } else if (fromPage[field] !== undefined) {
      spec[field] = fromPage[field];
    } else {
      spec[field] = DEFAULTS[field];
      defaultsApplied.push(field);
      notes.push({ id: 'definition.note.default', params: DEFAULT_WORDING[field] });
    }
  }
  if (!page) open.activations = [];
  if (open.activations.length > 0 && !defaultsApplied.includes('activations'))
    defaultsApplied.push('activations');
  if (defaultsApplied.includes('loss')) open.loss = page !== undefined;
  applyTraining(collected, samples, spec, sources);
  for (const [l, bias] of (biases ?? []).entries()) {
    if (typeof bias === 'number' && layers && (layers[l + 1] ?? 0) > 1 && !withoutBiases) {
      notes.push({
        id: 'definition.note.shared_bias',
        params: { key: `b${l + 1}`, value: String(bias), units: layers[l + 1]! },
      });
    }
  }
  return {
    ok: true,
    value: {
      spec,
      defaultsApplied,
      notes,
      sources,
      usedNumberedWeights: collected.numbered.size > 0,
      pageNames: shaped.pageNames,
      ambiguous: shaped.ambiguous,
      sourceFirst: shaped.sourceFirst ?? options.sourceFirst ?? false,
      open,
    },
  };
}

/** The activations and loss a page states in words, for fields no statement gave. */
function pageFields(
  facts: PageFacts,
  layers: number[],
  fields: Collected['fields'],
  notes: Note[],
  open: OpenDefaults,
): Partial<Record<keyof typeof DEFAULTS, unknown>> {
  const out: Partial<Record<keyof typeof DEFAULTS, unknown>> = {};
  const depth = layers.length - 1;
  if (!fields.get('activations')) {
    // Each layer's activation as the page states it: words first ("ReLU hidden"), then formulas (`ReLU(z_1)`).
    const stated: (ActivationName | undefined)[] = Array.from({ length: depth }, () => undefined);
    const words = facts.activation?.value;
    if (words) {
      for (let l = 0; l < depth; l++)
        stated[l] = words.all ?? (l === depth - 1 ? words.output : words.hidden);
    }
    const byLayer = facts.byLayer;
    const formulas =
      byLayer && [...byLayer.value.keys()].every((l) => l <= depth) ? byLayer.value : undefined;
    for (const [l, name] of formulas ?? []) stated[l - 1] = name;
    const said = formulas ? byLayer : facts.activation;
    if (said && stated.some((name) => name !== undefined)) {
      const value = stated.map((name) => name ?? DEFAULTS.activations);
      out.activations = value.every((name) => name === value[0]) ? value[0] : value;
      const known = stated.flatMap((name, l) => (name ? [`${name} (layer ${l + 1})`] : []));
      notes.push({
        id: 'definition.note.read_activation',
        params: {
          value: stated.every(Boolean) ? value.join(', ') : known.join(', '),
          line: said.line,
          words: said.words,
        },
      });
      // A layer the page names no activation for keeps the default, said, and its worked numbers may settle it.
      open.activations = stated.flatMap((name, l) => (name ? [] : [l]));
      if (open.activations.length > 0) {
        notes.push({
          id: 'definition.note.default_layer_activation',
          params: {
            layers: open.activations.map((l) => l + 1).join(', '),
            value: DEFAULTS.activations,
          },
        });
      }
    } else open.activations = range(depth).map((n) => n - 1);
  }
  const loss = facts.loss;
  if (loss && !fields.get('loss')) {
    if (loss.value === 'mse-unclear') {
      out.loss = 'half_sse';
      open.loss = true;
      notes.push({ id: 'definition.note.mse_reading', params: { line: loss.line } });
    } else {
      out.loss = loss.value;
      notes.push({
        id: 'definition.note.read_loss',
        params: { value: loss.value, line: loss.line, words: loss.words },
      });
    }
  }
  return out;
}

/** `input: [..]` as given, or `i1, i2, …` put together (every unit from 1 up present). */
function sampleVector(
  collected: Collected,
  whole: 'input' | 'target',
  sources: Map<string, Entry>,
  errors: UserError[],
  original: string,
): Vector | undefined {
  const parts = whole === 'input' ? collected.inputUnits : collected.targetUnits;
  const prefix = whole === 'input' ? 'i' : 't';
  const example = whole === 'input' ? 'input: [0.05, 0.1]' : 'target: [0.01, 0.99]';
  const given = collected.fields.get(whole);
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
        { original, piece: entry.key },
      ),
    );
    return undefined;
  }
  sources.set(whole, parts.get(1)!.entry);
  return range(count).map((n) => parts.get(n)!.value);
}

/** The weight matrices from `weights:`, `W1, W2, …` or `w1..wN`, and the layer sizes given or implied. */
function layersAndWeights(
  collected: Collected,
  input: Vector | undefined,
  target: Vector | undefined,
  out: { sources: Map<string, Entry>; errors: UserError[]; notes: Note[] },
  original: string,
  options: ReadingOptions & { page: boolean },
): {
  layers: number[] | undefined;
  weights: Matrix[] | undefined;
  biases?: LayerBias[];
  pageNames: PageName[];
  ambiguous: boolean;
  sourceFirst?: boolean;
} {
  const { fields, matrices, numbered, layerBiases, unitBiases } = collected;
  const { sources, errors, notes } = out;
  const pageNames: PageName[] = [];
  let ambiguous = false;
  const givenLayers = fields.get('layers');
  let layers = (givenLayers?.value as number[] | undefined) ?? options.layers;
  if (givenLayers) sources.set('layers', givenLayers.entry);
  let weights: Matrix[] | undefined;
  const givenWeights = fields.get('weights') as Found<Matrix[]> | undefined;
  if (givenWeights) {
    weights = givenWeights.value;
    weights.forEach((_, l) => sources.set(`weights[${l}]`, givenWeights.entry));
  } else if (matrices.size > 0) {
    const count = Math.max(...matrices.keys());
    const missing = range(count).filter((n) => !matrices.has(n));
    if (missing.length > 0) {
      errors.push(
        definitionError(
          'definition.missing_matrices',
          { missing: missing.map((n) => `W${n}`).join(', ') },
          { original, piece: matrices.get(count)!.entry.key },
          `W${missing[0]}: [[…]]`,
        ),
      );
    } else {
      weights = range(count).map((n) => matrices.get(n)!.value);
      range(count).forEach((n) => sources.set(`weights[${n - 1}]`, matrices.get(n)!.entry));
      if (options.page && input) {
        const oriented = orientMatrices(weights, input.length, target?.length, options.sourceFirst, original);
        weights = oriented.weights;
        ambiguous = oriented.ambiguous;
        notes.push(...oriented.notes);
      }
    }
  } else if (collected.layerWeights.length > 0 && !(input && target)) {
    // Names by layer (`v11`, `w01`) take their sizes from the sample, whose missing field is already named.
  } else if (collected.layerWeights.length > 0 && input && target) {
    // `v1, v2` or names under a layer's label: per-layer names (with any `w11`, `w1` of the same page).
    const read = readLayerWeights(
      collected,
      { inputs: input.length, outputs: target.length },
      options,
      original,
    );
    if (!read.ok) errors.push(read.error);
    else {
      weights = read.reading.weights;
      layers ??= read.reading.layers;
      notes.push(...read.reading.notes);
      pageNames.push(...read.reading.pageNames);
      weights.forEach((_, l) => sources.set(`weights[${l}]`, collected.layerWeights[0]!.entry));
      const { biases } = read.reading;
      return {
        layers,
        weights,
        ...(biases ? { biases } : {}),
        pageNames,
        ambiguous: read.ambiguous,
        sourceFirst: read.sourceFirst,
      };
    }
  } else if (collected.arrows.length > 0 && numbered.size === 0) {
    const reading = readArrowWeights(collected.arrows, collected.arrowBiases);
    const first = collected.arrows[0]!.entry;
    if (reading) {
      layers ??= reading.layers;
      weights = reading.weights;
      notes.push(...reading.notes);
      pageNames.push(...reading.pageNames);
      weights.forEach((_, l) => sources.set(`weights[${l}]`, first));
      return { layers, weights, ...(reading.biases ? { biases: reading.biases } : {}), pageNames, ambiguous };
    }
    errors.push(
      definitionError(
        'definition.unreadable_pairs',
        { names: collected.arrows.map((a) => a.entry.key.text.trim()).join(', ') },
        { original, piece: first.key },
        'layers: 2-2-1',
      ),
    );
  } else if (numbered.size > 0 && looksLikeUnitPairs(numbered)) {
    const pairs =
      readGlobalPairs(numbered, new Map()) ??
      (input && target
        ? readLayerPairs(numbered, input.length, target.length, options.sourceFirst)
        : undefined);
    const reading = pairs && 'reading' in pairs ? pairs.reading : pairs;
    if (pairs && 'ambiguous' in pairs) ambiguous = pairs.ambiguous && options.sourceFirst === undefined;
    const sourceFirst = pairs && 'ambiguous' in pairs ? pairs.sourceFirst : undefined;
    if (reading) {
      layers ??= reading.layers;
      weights = reading.weights;
      notes.push(...reading.notes);
      pageNames.push(...reading.pageNames);
      const first = [...numbered.values()][0]!.entry;
      weights.forEach((_, l) => sources.set(`weights[${l}]`, first));
      return {
        layers,
        weights,
        ...(reading.biases ? { biases: reading.biases } : {}),
        pageNames,
        ambiguous,
        ...(sourceFirst !== undefined ? { sourceFirst } : {}),
      };
    }
    const first = [...numbered.values()][0]!.entry;
    errors.push(
      definitionError(
        'definition.unreadable_pairs',
        { names: [...numbered.values()].map((f) => f.entry.key.text.trim()).join(', ') },
        { original, piece: first.key },
        'layers: 3-2-1',
      ),
    );
  } else if (numbered.size > 0) {
    if (!layers && input && target) {
      const biases = fields.get('biases') as Found<LayerBias[]> | undefined;
      const inferred = layersFromNumbered(
        {
          numbered,
          inputs: input.length,
          outputs: target.length,
          biasDepth: biases
            ? biases.value.length
            : Math.max(0, ...layerBiases.keys(), ...unitBiases.keys()) || undefined,
          knownSizes: new Map([...unitBiases].map(([layer, units]) => [layer, Math.max(...units.keys())])),
        },
        original,
      );
      if ('error' in inferred) errors.push(inferred.error);
      else {
        layers = inferred.layers;
        notes.push(inferred.note);
      }
    }
    if (layers) {
      const order = options.layerOrder ?? options.sourceFirst ?? false;
      weights = numberedToMatrices(layers, numbered, errors, original, sources, order);
      // Destination- and source-first numbering differ once a layer has two sources and two destinations.
      ambiguous =
        options.sourceFirst === undefined && layers.slice(1).some((units, l) => units > 1 && layers![l]! > 1);
      if (weights) {
        for (const [n, found] of numbered) {
          const at = weightPlace(layers, n, order);
          if (at) pageNames.push({ name: found.entry.key.text.trim(), ref: { kind: 'weight', ...at } });
        }
      }
    }
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
  return { layers, weights, pageNames, ambiguous };
}

/** `biases: [..]` as given, or one entry per layer from `b1` (shared or a list) or `b1_1, b1_2, …`. */
function layerBiasList(
  collected: Collected,
  layers: number[] | undefined,
  sources: Map<string, Entry>,
  errors: UserError[],
): LayerBias[] | undefined {
  const { fields, layerBiases, unitBiases } = collected;
  const given = fields.get('biases') as Found<LayerBias[]> | undefined;
  if (given) {
    given.value.forEach((_, l) => sources.set(`biases[${l}]`, given.entry));
    return given.value;
  }
  if (layerBiases.size === 0 && unitBiases.size === 0) {
    errors.push(
      definitionError(
        'definition.missing_field',
        { field: 'biases', example: 'b1: 0.35' },
        undefined,
        'b1: 0.35',
      ),
    );
    return undefined;
  }
  const depth = layers ? layers.length - 1 : Math.max(...layerBiases.keys(), ...unitBiases.keys());
  const missing: string[] = [];
  const biases = range(depth).map((layer): LayerBias => {
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
  return biases;
}

/**
 * `y = 2` beside a last weight matrix of three output units is a class label, not a target value: one-hot,
 * counting from 0 as code does (from 1 only when the label equals the number of classes), and said.
 */
function classIndexTarget(
  target: Vector | undefined,
  collected: Collected,
  inputs: number | undefined,
): { target: Vector; note: Note } | undefined {
  const { matrices } = collected;
  if (!target || target.length !== 1 || matrices.size === 0 || inputs === undefined) return undefined;
  const label = target[0]!;
  if (!Number.isInteger(label) || label < 0) return undefined;
  const count = Math.max(...matrices.keys());
  const last = matrices.get(count)?.value;
  const before = count === 1 ? inputs : matrices.get(count - 1)?.value;
  if (!last || before === undefined) return undefined;
  // The size of the layer feeding the last matrix: its rows or columns (both, when it is square).
  const feeding = typeof before === 'number' ? [before] : [before.length, before[0]?.length ?? 0];
  const rows = last.length;
  const columns = last[0]?.length ?? 0;
  const classes =
    feeding.includes(columns) && !feeding.includes(rows)
      ? rows
      : feeding.includes(rows) && !feeding.includes(columns)
        ? columns
        : undefined;
  if (classes === undefined || classes < 2 || label > classes) return undefined;
  const fromZero = label < classes;
  const hot = fromZero ? label : label - 1;
  const vector = Array.from({ length: classes }, (_, k) => (k === hot ? 1 : 0));
  return {
    target: vector,
    note: {
      id: 'definition.note.class_label',
      params: {
        label,
        classes,
        base: fromZero ? 0 : 1,
        vector: `[${vector.join(', ')}]`,
        other: fromZero && label > 0 ? `[${vector.map((_, k) => (k === label - 1 ? 1 : 0)).join(', ')}]` : '',
      },
    },
  };
}
