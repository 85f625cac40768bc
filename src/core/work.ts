// How much computing a spec's training costs, and the cap one chat reply may spend (about a second).
import { weightCount } from './naming.js';
import type { ResolvedSpec } from './types.js';

/** The cap in weight-steps: one student cannot hold a worker thread for long. */
export const MAX_TRAINING_WORK = 10_000_000;
/** Per-step cost of the one-sample loop beyond its weights (its arrays are allocated per step). */
const ONE_SAMPLE_STEP_OVERHEAD = 80;

/**
 * With a data set: samples × epochs × weights (the flat training loop allocates nothing per sample);
 * one sample: steps × (weights + 80), as before.
 */
export function trainingWork(spec: ResolvedSpec): number {
  const weights = weightCount(spec.layers);
  const data = spec.training?.data;
  if (data) return data.length * spec.training!.epochs * weights;
  const steps = spec.training?.epochs ?? spec.steps;
  return steps * (weights + ONE_SAMPLE_STEP_OVERHEAD);
}

/** The most epochs (with a data set) or steps (one sample) this network may train within the cap. */
export function maxRepetitions(spec: ResolvedSpec): number {
  const weights = weightCount(spec.layers);
  const data = spec.training?.data;
  const perRepetition = data ? data.length * weights : weights + ONE_SAMPLE_STEP_OVERHEAD;
  return Math.max(1, Math.floor(MAX_TRAINING_WORK / perRepetition));
}
