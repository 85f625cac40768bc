// How much computing a spec's training costs, and the cap one chat reply may spend (about a second).
import { weightCount } from './naming.js';
import type { ResolvedSpec } from './types.js';

/** The cap in weight-steps: one student cannot hold a worker thread for long. */
export const MAX_TRAINING_WORK = 10_000_000;
/** Per-step cost of the one-sample loop beyond its weights (its arrays are allocated per step). */
const ONE_SAMPLE_STEP_OVERHEAD = 80;

/** Units that compute (every layer but the inputs): each costs an activation and its derivative. */
export function computingUnits(layers: readonly number[]): number {
  return layers.slice(1).reduce((sum, n) => sum + n, 0);
}

/**
 * One sample's forward and backward pass on a data set, in weight-steps: each weight once, each unit's
 * activation and derivative as 2 (measured: on a 1-wide 10-layer net the units cost more than the weights).
 */
export function sampleWork(layers: readonly number[]): number {
  return weightCount([...layers]) + 2 * computingUnits(layers);
}

/**
 * With a data set: samples × epochs × (weights + 2·units) (the flat training loop allocates nothing per
 * sample); one sample: steps × (weights + 80), as before.
 */
export function trainingWork(spec: ResolvedSpec): number {
  const weights = weightCount(spec.layers);
  const data = spec.training?.data;
  if (data) return data.length * spec.training!.epochs * sampleWork(spec.layers);
  const steps = spec.training?.epochs ?? spec.steps;
  return steps * (weights + ONE_SAMPLE_STEP_OVERHEAD);
}

/** The most epochs (with a data set) or steps (one sample) this network may train within the cap. */
export function maxRepetitions(spec: ResolvedSpec): number {
  const weights = weightCount(spec.layers);
  const data = spec.training?.data;
  const perRepetition = data ? data.length * sampleWork(spec.layers) : weights + ONE_SAMPLE_STEP_OVERHEAD;
  return Math.max(1, Math.floor(MAX_TRAINING_WORK / perRepetition));
}

/** Several runs in one reply (the optimizers /train compares) share the one cap. */
export function runsWork(specs: readonly ResolvedSpec[]): number {
  return specs.reduce((total, spec) => total + trainingWork(spec), 0);
}

/** The most epochs every run may train so that all of them together stay within the cap. */
export function maxEpochsForRuns(specs: readonly ResolvedSpec[]): number {
  const perEpoch = specs.reduce(
    (total, spec) => total + (spec.training?.data?.length ?? 1) * sampleWork(spec.layers),
    0,
  );
  return Math.max(1, Math.floor(MAX_TRAINING_WORK / Math.max(1, perEpoch)));
}

/** The decision-boundary pictures' own budget in weight-evaluations (both panels together). */
export const BOUNDARY_GRID_WORK = 1_000_000;
export const BOUNDARY_GRID_SIDE = 60;

/** Cells per side of each boundary panel: 60, fewer for a large net so the grids stay within their budget. */
export function boundaryGridSide(layers: readonly number[], panels: number): number {
  const cells = BOUNDARY_GRID_WORK / (panels * weightCount([...layers]));
  return Math.max(2, Math.min(BOUNDARY_GRID_SIDE, Math.floor(Math.sqrt(cells))));
}
