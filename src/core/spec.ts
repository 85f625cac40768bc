// Reads a network spec (SPEC-FORMAT.md): zod for the structure, then the shapes and limits,
// each violation one UserError naming the field and what was expected.
import { closest } from 'fastest-levenshtein';
import { z } from 'zod';
import { fail, ok, type Result, type UserError } from '../errors.js';
import { findActivation, HIDDEN_ACTIVATION_NAMES } from './records/activation-records.js';
import { findLoss } from './records/loss-records.js';
import { specMessagesEn, type SpecErrorId } from './spec-messages.js';
import { hasTrainingFields, resolveTraining, trainingErrors } from './spec-training.js';
import {
  ACTIVATION_NAMES,
  LIMITS,
  LOSS_NAMES,
  type ActivationName,
  type LayerBias,
  type LossName,
  type ResolvedSpec,
} from './types.js';

const number = z.number(); // zod 4 rejects NaN and ±Infinity
const vector = z.array(number);
const name = z.string();

const specSchema = z.strictObject({
  name: z.string().max(200).optional(),
  description: z.string().max(2000).optional(),
  layers: z.array(number),
  activations: z.union([name, z.array(name)]),
  weights: z.array(z.array(vector)),
  biases: z.array(z.union([number, vector])),
  input: vector.optional(),
  target: vector.optional(),
  loss: name,
  learningRate: number,
  updateBiases: z.boolean().optional(),
  steps: number.optional(),
  data: z.array(z.strictObject({ input: vector, target: vector })).optional(),
  epochs: number.optional(),
  batchSize: number.optional(),
  reduction: name.optional(),
  optimizer: name.optional(),
  momentum: number.optional(),
  beta1: number.optional(),
  beta2: number.optional(),
  epsilon: number.optional(),
  alpha: number.optional(),
  l2: number.optional(),
});

const FIELDS = Object.keys(specSchema.shape);

/** What each field should look like, for messages about its type. */
const EXPECTED: Record<string, string> = {
  name: 'a text',
  description: 'a text',
  layers: 'a list of units per layer, e.g. [2, 2, 2]',
  activations: `an activation name (${ACTIVATION_NAMES.join(', ')}) or a list with one per non-input layer`,
  weights: 'a list of matrices, e.g. [[[0.15, 0.2], [0.25, 0.3]], [[0.4, 0.45], [0.5, 0.55]]]',
  biases: 'a list with, per non-input layer, one number (shared) or a list of numbers (one per unit)',
  input: 'a list of numbers, e.g. [0.05, 0.1]',
  target: 'a list of numbers, e.g. [0.01, 0.99]',
  loss: LOSS_NAMES.join(', '),
  learningRate: 'a number, e.g. 0.5',
  updateBiases: 'true or false',
  steps: 'a whole number of SGD steps, e.g. 1',
  data: 'a list of samples, e.g. [{"input": [0, 1], "target": [1]}]',
  epochs: 'a whole number of passes over the data, e.g. 100',
  batchSize: 'a whole number of samples per step, e.g. 4',
  reduction: 'mean or sum',
  optimizer: 'sgd, momentum, nesterov, adam or rmsprop',
  momentum: 'a number from 0 to below 1, e.g. 0.9',
  beta1: 'a number from 0 to below 1, e.g. 0.9',
  beta2: 'a number from 0 to below 1, e.g. 0.999',
  epsilon: 'a small positive number, e.g. 1e-8',
  alpha: 'a number from 0 to below 1, e.g. 0.99',
  l2: 'a number ≥ 0, e.g. 0.001',
};

function specError(
  id: SpecErrorId,
  params: Record<string, string | number>,
  field?: string,
  hint?: string,
): UserError {
  const message = (specMessagesEn[id] as (p: Record<string, string | number>) => string)(params);
  return { id, message, params, ...(field ? { location: { field } } : {}), ...(hint ? { hint } : {}) };
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, k) => (typeof part === 'number' ? `[${part}]` : k === 0 ? String(part) : `.${String(part)}`))
    .join('');
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return `the text "${value.length > 30 ? value.slice(0, 30) + '…' : value}"`;
  if (Array.isArray(value)) return `a list of ${value.length}`;
  return typeof value === 'object' ? 'an object' : typeof value;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = root;
  for (const part of path) value = (value as Record<PropertyKey, unknown> | undefined)?.[part];
  return value;
}

function zodIssueToError(issue: z.core.$ZodIssue, input: unknown): UserError[] {
  const field = fieldPath(issue.path);
  const top = String(issue.path[0] ?? '');
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const hint = closest(key, FIELDS);
      return specError(
        'spec.unknown_field',
        { field: fieldPath([...issue.path, key]), hint, known: FIELDS.join(', ') },
        fieldPath([...issue.path, key]),
        hint,
      );
    });
  }
  const got = valueAt(input, issue.path);
  if (got === undefined && issue.path.length === 1) {
    return [specError('spec.missing_field', { field, expected: EXPECTED[top] ?? 'a value' }, field)];
  }
  if (typeof got === 'number' && !Number.isFinite(got)) {
    return [specError('spec.not_finite', { field, got: String(got) }, field)];
  }
  const expected = issue.path.length === 1 ? (EXPECTED[top] ?? 'a value') : expectedInside(top, issue);
  return [specError('spec.wrong_type', { field, expected, got: describeValue(got) }, field)];
}

function expectedInside(top: string, issue: z.core.$ZodIssue): string {
  if (top === 'biases' && issue.path.length === 2)
    return 'a number (shared by the layer) or a list of numbers (one per unit)';
  if (top === 'activations') return `an activation name (${ACTIVATION_NAMES.join(', ')})`;
  if (issue.code === 'invalid_type' && issue.expected === 'array') return 'a list';
  return 'a number';
}

function suggest(word: string, known: readonly string[]): string | undefined {
  const candidate = closest(word.toLowerCase(), [...known]);
  return candidate;
}

type ParsedSpec = z.infer<typeof specSchema>;

/** Shapes, names and limits: everything zod's structure check cannot say well. */
function semanticErrors(spec: ParsedSpec): UserError[] {
  const errors: UserError[] = [];
  const { layers } = spec;
  if (layers.length < 2) return [specError('spec.layers_too_few', { got: JSON.stringify(layers) }, 'layers')];
  if (layers.length > LIMITS.maxLayers) {
    return [specError('spec.limit_layers', { got: layers.length, limit: LIMITS.maxLayers }, 'layers')];
  }
  layers.forEach((units, index) => {
    if (!Number.isInteger(units) || units < 1)
      errors.push(specError('spec.layer_size', { index, got: units }, `layers[${index}]`));
    else if (units > LIMITS.maxUnitsPerLayer) {
      errors.push(
        specError(
          'spec.limit_units',
          { layer: index, got: units, limit: LIMITS.maxUnitsPerLayer },
          `layers[${index}]`,
        ),
      );
    }
  });
  if (errors.length > 0) return errors;
  let weightTotal = 0;
  for (let l = 0; l + 1 < layers.length; l++) weightTotal += layers[l]! * layers[l + 1]!;
  if (weightTotal > LIMITS.maxWeights) {
    return [specError('spec.limit_weights', { got: weightTotal, limit: LIMITS.maxWeights }, 'layers')];
  }
  const transitions = layers.length - 1;

  const activationNames = typeof spec.activations === 'string' ? [spec.activations] : spec.activations;
  if (typeof spec.activations !== 'string' && activationNames.length !== transitions) {
    errors.push(
      specError(
        'spec.activations_count',
        { expected: transitions, got: activationNames.length },
        'activations',
      ),
    );
  }
  activationNames.forEach((activation, k) => {
    const field = typeof spec.activations === 'string' ? 'activations' : `activations[${k}]`;
    if (!(ACTIVATION_NAMES as readonly string[]).includes(activation)) {
      const hint = suggest(activation, ACTIVATION_NAMES);
      errors.push(
        specError(
          'spec.unknown_activation',
          { field, got: activation, hint: hint ?? '', known: ACTIVATION_NAMES.join(', ') },
          field,
          hint,
        ),
      );
    }
  });
  const perLayer =
    typeof spec.activations === 'string'
      ? new Array<string>(transitions).fill(spec.activations)
      : activationNames;
  perLayer.forEach((activation, l) => {
    if (findActivation(activation)?.outputOnly && l < transitions - 1) {
      const field = typeof spec.activations === 'string' ? 'activations' : `activations[${l}]`;
      errors.push(
        specError(
          'spec.softmax_hidden',
          { field, layer: l + 1, outputLayer: transitions, allowed: HIDDEN_ACTIVATION_NAMES.join(', ') },
          field,
        ),
      );
    }
  });

  if (perLayer[transitions - 1] === 'softmax' && layers[transitions] === 1) {
    const field = typeof spec.activations === 'string' ? 'activations' : `activations[${transitions - 1}]`;
    errors.push(specError('spec.softmax_single_unit', { field }, field));
  }

  if (!(LOSS_NAMES as readonly string[]).includes(spec.loss)) {
    const hint = suggest(spec.loss, LOSS_NAMES);
    errors.push(
      specError(
        'spec.unknown_loss',
        { got: spec.loss, hint: hint ?? '', known: LOSS_NAMES.join(', ') },
        'loss',
        hint,
      ),
    );
  }

  if (spec.weights.length !== transitions) {
    errors.push(
      specError('spec.weights_count', { expected: transitions, got: spec.weights.length }, 'weights'),
    );
  } else {
    spec.weights.forEach((matrix, l) => {
      const rows = layers[l + 1]!;
      const cols = layers[l]!;
      const ragged = matrix.some((row) => row.length !== (matrix[0]?.length ?? 0));
      const gotShape = ragged
        ? `rows of lengths ${matrix.map((r) => r.length).join(', ')}`
        : `${matrix.length} × ${matrix[0]?.length ?? 0}`;
      if (ragged || matrix.length !== rows || (matrix[0]?.length ?? 0) !== cols) {
        errors.push(
          specError(
            'spec.weights_shape',
            { index: l, rows, cols, toLayer: l + 1, fromLayer: l, got: gotShape },
            `weights[${l}]`,
          ),
        );
      }
    });
  }

  if (spec.biases.length !== transitions) {
    errors.push(specError('spec.biases_count', { expected: transitions, got: spec.biases.length }, 'biases'));
  } else {
    spec.biases.forEach((bias, l) => {
      if (typeof bias !== 'number' && bias.length !== layers[l + 1]) {
        errors.push(
          specError(
            'spec.bias_shape',
            { index: l, layer: l + 1, expected: layers[l + 1]!, got: `${bias.length} numbers` },
            `biases[${l}]`,
          ),
        );
      }
    });
  }

  if (spec.data === undefined) {
    if (spec.input === undefined) {
      errors.push(specError('spec.missing_field', { field: 'input', expected: EXPECTED.input! }, 'input'));
    } else if (spec.input.length !== layers[0]) {
      errors.push(specError('spec.input_size', { expected: layers[0]!, got: spec.input.length }, 'input'));
    }
    if (spec.target === undefined) {
      errors.push(specError('spec.missing_field', { field: 'target', expected: EXPECTED.target! }, 'target'));
    } else if (spec.target.length !== layers[transitions]) {
      errors.push(
        specError('spec.target_size', { expected: layers[transitions]!, got: spec.target.length }, 'target'),
      );
    }
  }

  const outputActivation = perLayer[transitions - 1]!;
  const probabilities = findLoss(spec.loss)?.needsProbabilities ?? false;
  if (probabilities && !['sigmoid', 'softmax'].includes(outputActivation)) {
    errors.push(
      specError('spec.loss_needs_probabilities', { loss: spec.loss, activation: outputActivation }, 'loss'),
    );
  }
  if (probabilities) {
    spec.target?.forEach((t, index) => {
      if (t < 0 || t > 1)
        errors.push(specError('spec.target_range', { index, got: t, loss: spec.loss }, `target[${index}]`));
    });
  }
  if (spec.learningRate < 0) {
    errors.push(specError('spec.learning_rate', { got: spec.learningRate }, 'learningRate'));
  }
  if (
    spec.steps !== undefined &&
    (!Number.isInteger(spec.steps) || spec.steps < 1 || spec.steps > LIMITS.maxSteps)
  ) {
    errors.push(specError('spec.limit_steps', { got: spec.steps, limit: LIMITS.maxSteps }, 'steps'));
  }
  errors.push(
    ...trainingErrors(spec, layers, probabilities, spec.loss, (id, params, field, hint) =>
      specError(id as SpecErrorId, params, field, hint),
    ),
  );
  return errors;
}

/** Validates a spec object and fills in its defaults (updateBiases true, steps 1). */
export function resolveSpec(input: unknown): Result<ResolvedSpec> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return fail([specError('spec.not_object', {})]);
  }
  const parsed = specSchema.safeParse(input);
  if (!parsed.success) return fail(parsed.error.issues.flatMap((issue) => zodIssueToError(issue, input)));
  const errors = semanticErrors(parsed.data);
  if (errors.length > 0) return fail(errors);
  const spec = parsed.data;
  const transitions = spec.layers.length - 1;
  const activations =
    typeof spec.activations === 'string'
      ? new Array<ActivationName>(transitions).fill(spec.activations as ActivationName)
      : (spec.activations as ActivationName[]);
  return ok({
    ...(spec.name !== undefined ? { name: spec.name } : {}),
    ...(spec.description !== undefined ? { description: spec.description } : {}),
    layers: [...spec.layers],
    activations: [...activations],
    weights: spec.weights.map((W) => W.map((row) => [...row])),
    biases: spec.biases.map((b): LayerBias => (typeof b === 'number' ? b : [...b])),
    input: [...(spec.data?.[0]?.input ?? spec.input!)],
    target: [...(spec.data?.[0]?.target ?? spec.target!)],
    loss: spec.loss as LossName,
    learningRate: spec.learningRate,
    updateBiases: spec.updateBiases ?? true,
    steps: spec.steps ?? 1,
    ...(hasTrainingFields(spec) ? { training: resolveTraining(spec) } : {}),
  });
}
