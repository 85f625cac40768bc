// The data-set and optimizer keys → their SPEC-FORMAT fields: each value read (collect), the samples
// split once the network's input size is known, and the fields set on the spec (assemble).
import type { Matrix, Sample } from '../core/types.js';
import type { UserError } from '../errors.js';
import type { Collected, Found } from './collect.js';
import { parseDataRows, splitDataRows, type RawDataSet } from './data-rows.js';
import type { Entry } from './scan.js';
import { readBatch, readOptimizer, readReduction, type TrainingKey } from './training-keys.js';

/** Reads one data-set or optimizer value; numbers through the caller's scalar reader. */
export function readTrainingValue(
  key: TrainingKey,
  entry: Entry,
  original: string,
  scalar: () => number | undefined,
  errors: UserError[],
): unknown {
  const take = <T>(result: { ok: true; value: T } | { ok: false; error: UserError[] }): T | undefined => {
    if (result.ok) return result.value;
    errors.push(...result.error);
    return undefined;
  };
  switch (key) {
    case 'data':
      return take(parseDataRows(entry.value, original));
    case 'batchSize':
      return take(readBatch(entry.value, original));
    case 'optimizer':
      return take(readOptimizer(entry.value, original));
    case 'reduction':
      return take(readReduction(entry.value, original));
    default:
      return scalar();
  }
}

/** The network's input size as far as the keys say it (layers, W1 or weights), to split rows without arrows. */
function inputSize(collected: Collected): number | undefined {
  const layers = collected.fields.get('layers')?.value as number[] | undefined;
  if (layers) return layers[0];
  const first = collected.matrices.get(1)?.value;
  if (first) return first[0]?.length;
  const weights = collected.fields.get('weights')?.value as Matrix[] | undefined;
  return weights?.[0]?.[0]?.length;
}

/** The samples under `data:`, or undefined when there is no data set (errors are pushed). */
export function dataSamples(
  collected: Collected,
  original: string,
  errors: UserError[],
): Sample[] | undefined {
  const data = collected.training.get('data') as Found<RawDataSet> | undefined;
  if (!data) return undefined;
  const split = splitDataRows(data.value, inputSize(collected), original);
  if (!split.ok) {
    errors.push(...split.error);
    return undefined;
  }
  return split.value;
}

/** Sets the data-set and optimizer fields on the spec (`epochs` without data counts steps, as it always did). */
export function applyTraining(
  collected: Collected,
  samples: Sample[] | undefined,
  spec: Record<string, unknown>,
  sources: Map<string, Entry>,
): void {
  for (const [key, found] of collected.training) {
    sources.set(key, found.entry);
    if (key === 'data') {
      spec.data = samples;
      delete spec.input;
      delete spec.target;
    } else if (key === 'epochs' && !samples && !collected.fields.has('steps')) {
      spec.steps = found.value;
      sources.set('steps', found.entry);
    } else if (key === 'batchSize') {
      spec.batchSize = found.value === 'full' ? (samples?.length ?? 1) : found.value;
    } else {
      spec[key] = found.value;
    }
  }
}
