// Any reasonable network text → a validated spec, or located, typed errors. Never throws at the user.
import { resolveSpec } from '../core/index.js';
import type { ResolvedSpec } from '../core/types.js';
import { fail, ok, type Result, type UserError } from '../errors.js';
import { assemble } from './assemble.js';
import { orderByArrows } from './arrow-order.js';
import { assembleSpec, type Assembled } from './assemble-spec.js';
import { chooseByNumbers, pageNumbers, quoteNumbers, specNumbers } from './choose-reading.js';
import { chooseDefaults } from './choose-defaults.js';
import { chooseLearningRate } from './choose-learning-rate.js';
import { collectStatements } from './collect.js';
import { explainMissing } from './missing.js';
import { looseNetInputs, netInputsNote } from './net-inputs.js';
import type { PageName } from './unit-pairs.js';
import { noteText, type Note } from './defaults.js';
import { definitionError, locate } from './errors.js';
import { assembleJson } from './json-form.js';
import { findStatements } from './find-statements.js';
import { plainMathText } from './math-alphanumerics.js';
import { normaliseInput } from './normalise.js';
import { settleByWorkedNumbers } from './repeat-by-numbers.js';
import { settleRepeatedValues } from './repeated-values.js';
import { outputColumnNotes } from './table-roles.js';
import { lineAndColumn, originOf, trim, type MappedText } from './source.js';
import { tooDeepAt, tooDeepError } from './values.js';
import { workedSumNotes } from './worked-sum-notes.js';
import { outputNamedByLoss } from './loss-output-name.js';
import { numberLinesNote } from './number-lines.js';
import { shownNames } from './shown-names.js';

export const DEFINITION_MAX_LENGTH = 8000;

export type DefinitionForm = 'json' | 'key-value' | 'numbered' | 'one-line' | 'latex' | 'page';

export interface ParsedDefinition {
  spec: ResolvedSpec;
  form: DefinitionForm;
  /** SPEC-FORMAT fields that were not given and took their default (`activations`, `loss`, …). */
  defaultsApplied: string[];
  /** English notes to echo back: inferred layer sizes, shared biases, defaults. */
  notes: string[];
  /** The same notes as catalogue ids and params, for replies in the user's language. */
  noteMessages: Note[];
  /** The page's own names for weights and biases (`w14`, `w_5`, `θ4`) and where each was read into the spec. */
  pageNames: PageName[];
  /** A pasted page only: the line(s) each field's numbers came from (definition.note.number_lines). */
  numberLines?: Note;
  /** The names the reply and its pictures write for the page's weights and biases (shown-names.ts). */
  shownNames?: PageName[];
}

/** How to read what the text leaves open; the default is the common convention, stated in the notes. */
export interface DefinitionOptions {
  /** `destination-first` (ours: w2 = i2→h1, rows = destinations) or `source-first` (w2 = i1→h2, `x @ W`). */
  numbering?: 'destination-first' | 'source-first';
  /**
   * The rest of what was pasted with the setup (a worked solution, /check's answers): its numbers choose
   * between readings the setup leaves open; its statements never set the network.
   */
  worked?: string;
}

/** Errors that may only be the consequence of a key we could not read. */
const CONSEQUENTIAL = new Set([
  'definition.missing_field',
  'definition.missing_units',
  'definition.missing_matrices',
  'definition.missing_weights',
  'definition.missing_biases',
  'definition.extra_weights',
  'definition.ambiguous_layers',
  'definition.no_layers_fit',
  'definition.missing_last_weight',
]);

const byPosition = (a: UserError, b: UserError) =>
  (a.location?.line ?? Infinity) - (b.location?.line ?? Infinity) ||
  (a.location?.column ?? Infinity) - (b.location?.column ?? Infinity);

/** More errors than this are cut: a reply listing hundreds of bad numbers helps nobody. */
export const MAX_ERRORS = 20;

export function parseDefinition(text: string, options: DefinitionOptions = {}): Result<ParsedDefinition> {
  // A bug of ours is thrown on to the dispatcher, which logs it under a reference the user is shown (rule 4).
  const result = parseUnsafe(text, options);
  return result.ok || result.error.length <= MAX_ERRORS ? result : fail(result.error.slice(0, MAX_ERRORS));
}

/** `drop`: the statements (by their key's offset) set aside to read a page with one of two values it gives. */
function parseUnsafe(text: string, options: DefinitionOptions, drop?: Set<number>): Result<ParsedDefinition> {
  if (typeof text !== 'string')
    return fail([definitionError('definition.empty', {}, undefined, 'layers: 2-2-2')]);
  if (text.length > DEFINITION_MAX_LENGTH) {
    return fail([
      definitionError(
        'definition.too_long',
        { length: text.length, max: DEFINITION_MAX_LENGTH },
        undefined,
        'preset: mazur',
      ),
    ]);
  }
  const deepAt = tooDeepAt(text);
  if (deepAt >= 0) return fail([tooDeepError(text, deepAt)]);
  const { body, pictures } = normaliseInput(text);
  if (body.text === '') return fail([definitionError('definition.empty', {}, undefined, 'layers: 2-2-2')]);

  if (body.text.startsWith('{')) {
    const json = assembleJson(body, text);
    if (!json.ok) return json;
    return validate(
      json.value.spec,
      'json',
      json.value.defaultsApplied,
      json.value.notes,
      json.value.sources,
      text,
    );
  }

  const { entries, errors, ignored, latex, page, facts, worked: sums } = findStatements(body, text);
  if (errors.length > 0) {
    // Still read the values that were found, so one reply lists every problem it can.
    const more = assemble(entries, text);
    const valueErrors = more.ok ? [] : more.error.filter((e) => !CONSEQUENTIAL.has(e.id));
    return fail([...errors, ...valueErrors].sort(byPosition));
  }
  if (entries.length === 0) {
    return fail([
      definitionError('definition.nothing_found', {}, { original: text, piece: body }, 'layers: 2-2-2'),
    ]);
  }
  // A quantity stated twice with different numbers: the worked solution settles it, else a refusal (a page only).
  const kept = drop ? entries.filter((entry) => !drop.has(originOf(entry.key))) : entries;
  const repeats = page ? settleRepeatedValues(kept, text, options.worked) : undefined;
  if (repeats && repeats.errors.length > 0) {
    const read = (keys: Set<number>) => parseUnsafe(text, options, keys);
    const settled =
      options.worked && !drop ? settleByWorkedNumbers(repeats.open, read, options.worked) : undefined;
    return settled ?? fail(repeats.errors);
  }
  const collected = collectStatements(repeats?.entries ?? kept, text, page ? 'page' : 'strict');
  collected.notes.push(...(repeats?.notes ?? []), ...outputColumnNotes(kept, text));
  if (collected.errors.length > 0) return fail(collected.errors);
  const pageReading = page ? { facts, forwardOnly: sums !== undefined } : undefined;
  // The page's worked numbers, from the setup itself and from a solution pasted with it (a page only: our own
  // notation fixes its order, so a student's swapped indices stay a mistake).
  const worked = plainMathText(options.worked && page ? `${text}\n${options.worked}` : text);
  let shape: number[] | undefined;
  const read = (sourceFirst?: boolean | boolean[]) =>
    assembleSpec(collected.collected, [...collected.notes], text, pageReading, {
      ...(typeof sourceFirst === 'boolean' ? { sourceFirst } : {}),
      ...(Array.isArray(sourceFirst) ? { layerOrder: sourceFirst } : {}),
      ...(shape ? { layers: shape } : {}),
    });
  const explicit = options.numbering === undefined ? undefined : options.numbering === 'source-first';
  let assembled = read(explicit);
  if (!assembled.ok && page) {
    // On a page, numbered weights that fit several networks: its numbers choose, else the usual shape (said).
    const chosen = chooseShape(
      assembled.error,
      (layers) => {
        shape = layers;
        return read(explicit);
      },
      worked,
    );
    shape = chosen?.layers;
    if (chosen) {
      assembled = read(explicit);
      if (assembled.ok) assembled.value.notes.push(chosen.note);
    }
  }
  if (!assembled.ok && page && !drop) {
    // `u1 = 0.3775` beside w1…w8: read without it when the page's numbers make it a net input, said (net-inputs.ts).
    const loose = looseNetInputs(assembled.error, kept);
    const again = loose && parseUnsafe(text, options, new Set(loose.map((e) => originOf(e.key))));
    const note = loose && again?.ok ? netInputsNote(loose, again.value, text) : undefined;
    if (again?.ok && note) {
      return ok({
        ...again.value,
        notes: [...again.value.notes, noteText(note)],
        noteMessages: [...again.value.noteMessages, note],
      });
    }
  }
  if (!assembled.ok) return page ? fail(explainMissing(assembled.error, body, text)) : assembled;
  if (assembled.value.ambiguous) {
    // The page's own arrows (`| w₂ | 0.20 | x₂ → h₁ |`) decide first; then its numbers, then the convention.
    const byArrows = page ? orderByArrows(text, read) : undefined;
    assembled = { ok: true, value: byArrows ?? chooseReading(assembled.value, read, worked) };
  }
  if (page) assembled = { ok: true, value: chooseDefaults(assembled.value, worked) };
  if (page) assembled = { ok: true, value: chooseLearningRate(assembled.value, worked) };
  if (sums) {
    const { spec: read, pageNames: named, notes: said } = assembled.value;
    // Right after the note on the units the names join: the reply's story of the weights in one place.
    const after = said.findIndex((n) => n.id === 'definition.note.arrow_weights') + 1;
    said.splice(after, 0, ...workedSumNotes(sums, read, named, text));
  }
  const { spec, defaultsApplied, notes, sources, usedNumberedWeights, pageNames } = assembled.value;
  // The output's own name, from the page's loss formula (/check then reads `f = 5.1` as the output).
  if (page) pageNames.push(...outputNamedByLoss(text, spec));
  for (const picture of pictures) {
    const { line } = lineAndColumn(text, originOf(picture));
    notes.unshift({ id: 'definition.note.picture_skipped', params: { line } });
  }
  const skippedKeys = collected.skipped.map((entry) => {
    const { line } = lineAndColumn(text, originOf(entry.key));
    return `${entry.key.text.trim()} (line ${line})`;
  });
  if (ignored.length > 0 || skippedKeys.length > 0) {
    const unique = [...new Set([...skippedKeys, ...ignored])];
    notes.unshift({
      id: 'definition.note.ignored',
      params: {
        count: unique.length,
        keys: unique.slice(0, 6).join(', ') + (unique.length > 6 ? ', …' : ''),
      },
    });
  }
  const form: DefinitionForm = latex
    ? 'latex'
    : page
      ? 'page'
      : usedNumberedWeights
        ? 'numbered'
        : body.text.includes('\n')
          ? 'key-value'
          : 'one-line';
  const pieces = new Map(
    [...sources].map(([field, entry]) => [field, entry.value.text.trim() ? trim(entry.value) : entry.key]),
  );
  // Weight names placed in an assumed order are not the page's word: /check lets the sheet's numbers place them.
  const assumed = notes.some((n) => /^definition\.note\.(?:reading|pair_order)_assumed$/.test(n.id));
  const names = assumed ? pageNames.filter((n) => n.ref.kind !== 'weight') : pageNames;
  const skipped = new Set(collected.skipped);
  const used = (repeats?.entries ?? kept).filter((entry) => !skipped.has(entry));
  // Our own notation typed by hand needs no map back to its lines; a pasted page does (issue 11).
  const numberLines =
    form === 'page' || form === 'latex' ? numberLinesNote(sources, used, pageNames, text) : undefined;
  const parsed = validate(spec, form, defaultsApplied, notes, pieces, text, names);
  if (!parsed.ok) return parsed;
  const shown = shownNames(collected.collected, pageNames);
  return ok({
    ...parsed.value,
    ...(numberLines ? { numberLines } : {}),
    ...(shown.length > 0 ? { shownNames: shown } : {}),
  });
}

/**
 * Numbered weights whose count fits several networks (keonhee's six: 2-2-1 or 2-1-2-1): the shape the page's
 * numbers confirm, else the one with a single hidden layer, the usual one; said either way, with the others.
 */
function chooseShape(
  errors: UserError[],
  readAs: (layers: number[]) => ReturnType<typeof assembleSpec>,
  text: string,
): { layers: number[]; note: Note } | undefined {
  // The shape left open, and nothing else wrong but what follows from it (no layers, so no biases).
  const ambiguous = errors.find((e) => e.id === 'definition.ambiguous_layers');
  if (!ambiguous || !errors.every((e) => CONSEQUENTIAL.has(e.id))) return undefined;
  const shapes = String(ambiguous.params?.candidates ?? '')
    .split(', ')
    .map((s) => s.split('-').map(Number));
  const readings = shapes.flatMap((layers) => {
    const result = readAs(layers);
    return result.ok ? [{ ...result.value, layers }] : [];
  });
  if (readings.length < 2) return undefined;
  const others = (layers: number[]) =>
    shapes
      .filter((s) => s.join('-') !== layers.join('-'))
      .map((s) => s.join('-'))
      .join(', ');
  const confirmed = chooseByNumbers(readings, text);
  if (confirmed) {
    const { layers } = confirmed.reading;
    const numbers = quoteNumbers(confirmed.confirmedBy);
    return {
      layers,
      note: {
        id: 'definition.note.shape_confirmed',
        params: { layers: layers.join('-'), numbers, others: others(layers) },
      },
    };
  }
  const usual = readings.filter((r) => r.layers.length === 3);
  if (usual.length !== 1) return undefined;
  const { layers } = usual[0]!;
  return {
    layers,
    note: {
      id: 'definition.note.shape_assumed',
      params: { layers: layers.join('-'), others: others(layers) },
    },
  };
}

/** Two orders fit: the page's worked numbers choose, else the reading each scheme takes by default, said in a note. */
function chooseReading(
  base: Assembled,
  read: (sourceFirst?: boolean | boolean[]) => ReturnType<typeof assembleSpec>,
  text: string,
): Assembled {
  const order = (sourceFirst: boolean | boolean[]): string =>
    Array.isArray(sourceFirst)
      ? sourceFirst.map((first, l) => `${order(first)} in layer ${l + 1}`).join(', ')
      : sourceFirst
        ? 'source-first'
        : 'destination-first';
  // Both readings hold the same numbers; only a number the page adds (a worked value) can tell them apart.
  const given = specNumbers(base.spec);
  const worked = pageNumbers(text).some((n) => !given.has(n.value));
  // Each layer in either order when the weights are numbered w1..wN (a page may number its layers differently).
  const depth = Array.isArray(base.spec.layers) ? base.spec.layers.length - 1 : 1;
  const mixed: boolean[][] =
    base.usedNumberedWeights && depth > 1 && depth <= 3
      ? Array.from({ length: 2 ** depth }, (_, k) =>
          Array.from({ length: depth }, (_, l) => Boolean((k >> l) & 1)),
        ).filter((orders) => orders.some((o) => o) && orders.some((o) => !o))
      : [];
  const candidates = worked
    ? [false, true, ...mixed].flatMap((sourceFirst) => {
        const result = read(sourceFirst);
        return result.ok ? [{ ...result.value, order: sourceFirst }] : [];
      })
    : [];
  const chosen =
    candidates.length > 0 ? chooseByNumbers(candidates, text, (c) => !Array.isArray(c.order)) : undefined;
  if (chosen) {
    chosen.reading.notes.push({
      id: 'definition.note.reading_confirmed',
      params: {
        order: order(chosen.reading.order),
        numbers: quoteNumbers(chosen.confirmedBy),
      },
    });
    return chosen.reading;
  }
  base.notes.push({
    id: 'definition.note.reading_assumed',
    params: { order: order(base.sourceFirst), other: order(!base.sourceFirst) },
  });
  return base;
}

/** The core's validation; its `spec.*` errors get the line and column of the entry that wrote the field. */
function validate(
  spec: Record<string, unknown>,
  form: DefinitionForm,
  defaultsApplied: string[],
  notes: Note[],
  sources: Map<string, MappedText>,
  original: string,
  pageNames: PageName[] = [],
): Result<ParsedDefinition> {
  const resolved = resolveSpec(spec);
  if (!resolved.ok) {
    return fail(
      resolved.error.map((error) => {
        const field = error.location?.field;
        if (!field || error.location?.line !== undefined) return error;
        const piece =
          sources.get(field) ??
          sources.get(/^\w+(?:\[\d+\])?/.exec(field)?.[0] ?? '') ??
          sources.get(/^\w+/.exec(field)?.[0] ?? '');
        if (!piece) return error;
        return { ...error, location: { ...locate({ original, piece }), field } };
      }),
    );
  }
  return ok({
    spec: resolved.value,
    form,
    defaultsApplied,
    notes: notes.map(noteText),
    noteMessages: notes,
    pageNames,
  });
}
