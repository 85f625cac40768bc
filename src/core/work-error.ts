// The user error for training beyond the work cap (one sample: steps; a data set: epochs).
import type { UserError } from '../errors.js';
import { weightCount } from './naming.js';
import type { ResolvedSpec } from './types.js';
import {
  computingUnits,
  MAX_TRAINING_WORK,
  maxEpochsForRuns,
  maxRepetitions,
  runsWork,
  trainingWork,
} from './work.js';

export function trainingWorkError(spec: ResolvedSpec): UserError | undefined {
  const work = trainingWork(spec);
  if (work <= MAX_TRAINING_WORK) return undefined;
  const weights = weightCount(spec.layers);
  const most = maxRepetitions(spec);
  const data = spec.training?.data;
  if (data) {
    const epochs = spec.training!.epochs;
    return {
      id: 'training.too_much_work',
      message: `${data.length} samples × ${epochs} epochs on a ${weights}-weight network is too much for a chat reply; at most ${most} epochs.`,
      params: {
        samples: data.length,
        epochs,
        weights,
        units: computingUnits(spec.layers),
        work,
        limit: MAX_TRAINING_WORK,
        maxEpochs: most,
      },
      location: { field: 'epochs' },
      hint: `epochs:${most}`,
    };
  }
  const steps = spec.training?.epochs ?? spec.steps;
  return {
    id: 'commands.backprop_too_much_work',
    message: `${steps} steps of a ${weights}-weight network is too much for a chat reply; at most ${most} steps.`,
    params: { steps, weights, maxSteps: most },
    location: { field: 'steps' },
    hint: `steps:${most}`,
  };
}

/** Several runs of one data set (one per optimizer compared): their work together against the one cap. */
export function trainingRunsWorkError(specs: readonly ResolvedSpec[]): UserError | undefined {
  if (specs.length === 1) return trainingWorkError(specs[0]!);
  const work = runsWork(specs);
  if (work <= MAX_TRAINING_WORK) return undefined;
  const first = specs[0]!;
  const most = maxEpochsForRuns(specs);
  return {
    id: 'training.too_much_work_runs',
    message: `${specs.length} runs × ${first.training?.data?.length ?? 1} samples × ${first.training!.epochs} epochs is too much for a chat reply; at most ${most} epochs with ${specs.length} optimizers.`,
    params: {
      runs: specs.length,
      samples: first.training?.data?.length ?? 1,
      epochs: first.training!.epochs,
      weights: weightCount(first.layers),
      units: computingUnits(first.layers),
      work,
      limit: MAX_TRAINING_WORK,
      maxEpochs: most,
    },
    location: { field: 'epochs' },
    hint: `epochs:${most}`,
  };
}
