// The JSON spec of SPEC-FORMAT.md, with two kindnesses: numbers may be expression strings, defaults are stated.
import type { UserError } from '../errors.js';
import { DEFAULTS, type Note } from './defaults.js';
import { definitionError } from './errors.js';
import { evaluateAt } from './expression.js';
import { lineAndColumn, slice, type MappedText } from './source.js';

export interface JsonAssembled {
  spec: Record<string, unknown>;
  defaultsApplied: string[];
  notes: Note[];
  /** Field path root → where its key is written. */
  sources: Map<string, MappedText>;
}

const NUMERIC_FIELDS = new Set(['layers', 'weights', 'biases', 'input', 'target', 'learningRate', 'steps']);

const DEFAULT_WORDING: Record<string, string> = {
  activations: 'sigmoid',
  loss: 'half_sse',
  learningRate: '0.5',
  updateBiases: 'true',
  steps: '1',
};

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function assembleJson(
  m: MappedText,
  original: string,
): { ok: true; value: JsonAssembled } | { ok: false; error: UserError[] } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(m.text);
  } catch (error) {
    const detail = (error as Error).message;
    const position = Number(/position (\d+)/.exec(detail)?.[1] ?? NaN);
    const piece = Number.isFinite(position) ? slice(m, position, Math.min(m.text.length, position + 12)) : m;
    return {
      ok: false,
      error: [
        definitionError(
          'definition.bad_json',
          // eslint-disable-next-line regexp/no-super-linear-backtracking -- V8's message quotes at most about ten characters of the input
          { detail: detail.replace(/^.*?JSON[^:]*:\s*/, '').replace(/ in JSON at position \d+.*$/, '') },
          { original, piece },
          '{"layers": [2, 2, 2], …}',
        ),
      ],
    };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return {
      ok: false,
      error: [
        definitionError(
          'definition.bad_json',
          { detail: 'expected an object { … }' },
          { original, piece: m },
          '{"layers": [2, 2, 2], …}',
        ),
      ],
    };
  }
  const errors: UserError[] = [];
  const sources = new Map<string, MappedText>();
  const spec: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(parsed)) {
    const hits = [...m.text.matchAll(new RegExp(`${escapeRegExp(JSON.stringify(key))}\\s*:`, 'g'))];
    const first = hits[0];
    if (first) sources.set(key, slice(m, first.index, first.index + JSON.stringify(key).length));
    const second = hits[1];
    if (first && second) {
      const { line } = lineAndColumn(original, first.index === undefined ? 0 : (m.map[first.index] ?? 0));
      errors.push(
        definitionError(
          'definition.duplicate_key',
          { key, first: key, firstLine: line },
          { original, piece: slice(m, second.index, second.index + JSON.stringify(key).length) },
        ),
      );
    }
    spec[key] = NUMERIC_FIELDS.has(key) ? evaluateStrings(value, m, original, errors, key) : value;
  }
  if (errors.length > 0) return { ok: false, error: errors };
  const defaultsApplied: string[] = [];
  const notes: Note[] = [];
  for (const field of Object.keys(DEFAULTS) as (keyof typeof DEFAULTS)[]) {
    if (field === 'steps' && spec.data !== undefined) continue; // a data set counts epochs instead
    if (spec[field] === undefined) {
      spec[field] = DEFAULTS[field];
      defaultsApplied.push(field);
      notes.push({ id: 'definition.note.default', params: { key: field, value: DEFAULT_WORDING[field]! } });
    }
  }
  return { ok: true, value: { spec, defaultsApplied, notes, sources } };
}

/** Replaces expression strings ("1/sqrt(2)") inside numeric fields by their values. */
function evaluateStrings(
  value: unknown,
  m: MappedText,
  original: string,
  errors: UserError[],
  field: string,
): unknown {
  if (typeof value === 'string') {
    const quoted = JSON.stringify(value);
    const at = m.text.indexOf(quoted);
    const piece = at >= 0 ? slice(m, at + 1, at + quoted.length - 1) : slice(m, 0, 0);
    const result = evaluateAt({ ...piece, text: value }, original, field);
    if (result.ok) return result.value;
    errors.push(...result.error);
    return value;
  }
  if (Array.isArray(value)) return value.map((item) => evaluateStrings(item, m, original, errors, field));
  return value;
}
