// The data-set and optimizer fields of a spec (SPEC-FORMAT.md, "Data sets and optimizers"):
// their checks, each violation one UserError naming the field, and their defaults.
import { closest } from 'fastest-levenshtein';
import type { UserError } from '../errors.js';
import { HYPER_PARAMETERS, OPTIMIZERS, type HyperParameterName } from './records/optimizer-records.js';
import {
  LIMITS,
  OPTIMIZER_NAMES,
  REDUCTIONS,
  type OptimizerName,
  type NetworkSpec,
  type Reduction,
  type ResolvedSpec,
  type Sample,
  type TrainingSettings,
} from './types.js';

/** The training fields as read from JSON (before validation). */
export interface TrainingFields {
  data?: Sample[] | undefined;
  epochs?: number | undefined;
  batchSize?: number | undefined;
  reduction?: string | undefined;
  optimizer?: string | undefined;
  momentum?: number | undefined;
  beta1?: number | undefined;
  beta2?: number | undefined;
  epsilon?: number | undefined;
  alpha?: number | undefined;
  l2?: number | undefined;
  steps?: number | undefined;
  input?: number[] | undefined;
  target?: number[] | undefined;
}

type MakeError = (
  id: string,
  params: Record<string, string | number>,
  field?: string,
  hint?: string,
) => UserError;

const HYPER_NAMES = Object.keys(HYPER_PARAMETERS) as HyperParameterName[];

/** Whether the spec uses any field beyond one sample and plain SGD. */
export function hasTrainingFields(spec: TrainingFields): boolean {
  return (
    spec.data !== undefined ||
    spec.epochs !== undefined ||
    spec.batchSize !== undefined ||
    spec.reduction !== undefined ||
    (spec.optimizer !== undefined && spec.optimizer !== 'sgd') ||
    HYPER_NAMES.some((name) => spec[name] !== undefined) ||
    (spec.l2 !== undefined && spec.l2 !== 0)
  );
}

/** Data shape, epochs, batch size, optimizer and its hyper-parameters, l2. */
export function trainingErrors(
  spec: TrainingFields,
  layers: readonly number[],
  needsProbabilities: boolean,
  loss: string,
  error: MakeError,
): UserError[] {
  const errors: UserError[] = [];
  const inputs = layers[0]!;
  const outputs = layers[layers.length - 1]!;
  if (spec.data !== undefined) {
    if (spec.input !== undefined || spec.target !== undefined)
      errors.push(error('spec.data_and_sample', {}, 'data'));
    if (spec.steps !== undefined) errors.push(error('spec.steps_with_data', {}, 'steps'));
    if (spec.data.length < 1 || spec.data.length > LIMITS.maxSamples) {
      errors.push(error('spec.limit_samples', { got: spec.data.length, limit: LIMITS.maxSamples }, 'data'));
    } else {
      spec.data.forEach((sample, index) => {
        if (sample.input.length !== inputs)
          errors.push(
            error(
              'spec.sample_input_size',
              { index, expected: inputs, got: sample.input.length },
              `data[${index}].input`,
            ),
          );
        if (sample.target.length !== outputs)
          errors.push(
            error(
              'spec.sample_target_size',
              { index, expected: outputs, got: sample.target.length },
              `data[${index}].target`,
            ),
          );
        if (needsProbabilities)
          sample.target.forEach((t, unit) => {
            if (t < 0 || t > 1)
              errors.push(
                error(
                  'spec.sample_target_range',
                  { index, unit, got: t, loss },
                  `data[${index}].target[${unit}]`,
                ),
              );
          });
      });
    }
    if (
      spec.epochs !== undefined &&
      (!Number.isInteger(spec.epochs) || spec.epochs < 1 || spec.epochs > LIMITS.maxEpochs)
    ) {
      errors.push(error('spec.limit_epochs', { got: spec.epochs, limit: LIMITS.maxEpochs }, 'epochs'));
    }
    if (
      spec.batchSize !== undefined &&
      (!Number.isInteger(spec.batchSize) || spec.batchSize < 1 || spec.batchSize > spec.data.length)
    ) {
      errors.push(error('spec.batch_size', { got: spec.batchSize, samples: spec.data.length }, 'batchSize'));
    }
  } else if (spec.epochs !== undefined || spec.batchSize !== undefined) {
    errors.push(error('spec.epochs_without_data', {}, spec.epochs !== undefined ? 'epochs' : 'batchSize'));
  }

  if (spec.reduction !== undefined && !(REDUCTIONS as readonly string[]).includes(spec.reduction)) {
    errors.push(error('spec.unknown_reduction', { got: spec.reduction }, 'reduction'));
  }
  let optimizer: OptimizerName = 'sgd';
  if (spec.optimizer !== undefined) {
    if ((OPTIMIZER_NAMES as readonly string[]).includes(spec.optimizer)) {
      optimizer = spec.optimizer as OptimizerName;
    } else {
      const hint = closest(spec.optimizer.toLowerCase(), [...OPTIMIZER_NAMES]);
      errors.push(
        error(
          'spec.unknown_optimizer',
          { got: spec.optimizer, hint, known: OPTIMIZER_NAMES.join(', ') },
          'optimizer',
          hint,
        ),
      );
      return errors;
    }
  }
  for (const name of HYPER_NAMES) {
    const value = spec[name];
    if (value === undefined) continue;
    if (!OPTIMIZERS[optimizer].hyperParameters.includes(name)) {
      const users = OPTIMIZER_NAMES.filter((o) => OPTIMIZERS[o].hyperParameters.includes(name));
      errors.push(error('spec.hyper_unused', { field: name, users: users.join(', '), optimizer }, name));
      continue;
    }
    const record = HYPER_PARAMETERS[name];
    const bad = record.range === 'unit' ? !(value >= 0 && value < 1) : !(value > 0);
    if (bad) {
      const range = record.range === 'unit' ? '≥ 0 and < 1' : '> 0';
      errors.push(error('spec.hyper_range', { field: name, range, got: value }, name));
    }
  }
  if (spec.l2 !== undefined && spec.l2 < 0) errors.push(error('spec.l2_range', { got: spec.l2 }, 'l2'));
  return errors;
}

/** The settings with every default filled in (call only on a spec without errors). */
export function resolveTraining(spec: TrainingFields): TrainingSettings {
  const data = spec.data?.map((s) => ({ input: [...s.input], target: [...s.target] }));
  const optimizer = (spec.optimizer ?? 'sgd') as OptimizerName;
  const hyper = Object.fromEntries(
    HYPER_NAMES.map((name) => [name, spec[name] ?? HYPER_PARAMETERS[name].defaultValue]),
  ) as unknown as TrainingSettings['hyper'];
  return {
    ...(data ? { data } : {}),
    epochs: data ? (spec.epochs ?? 1) : (spec.steps ?? 1),
    batchSize: data ? (spec.batchSize ?? data.length) : 1,
    reduction: (spec.reduction ?? 'mean') as Reduction,
    optimizer,
    hyper,
    l2: spec.l2 ?? 0,
  };
}

/** A resolved spec written back as SPEC-FORMAT.md's JSON fields (what resolveSpec reads again). */
export function toNetworkSpec(spec: ResolvedSpec): NetworkSpec {
  const { training, ...rest } = spec;
  if (!training) return { ...rest };
  const { input, target, steps: _steps, ...network } = rest;
  const optimizer = OPTIMIZERS[training.optimizer];
  const hyper = Object.fromEntries(
    optimizer.hyperParameters.map((name) => [name, training.hyper[name]]),
  ) as Partial<Record<HyperParameterName, number>>;
  return {
    ...network,
    ...(training.data
      ? { data: training.data, epochs: training.epochs, batchSize: training.batchSize }
      : { input, target, steps: training.epochs }),
    ...(training.reduction !== 'mean' ? { reduction: training.reduction } : {}),
    optimizer: training.optimizer,
    ...hyper,
    ...(training.l2 !== 0 ? { l2: training.l2 } : {}),
  };
}
