// Training runs for the optimisation lessons: a preset's network and data trained by the core (trainOnData),
// with what the core reports after every update kept for the figures.
import type { ResolvedSpec, Sample, TrainingSettings } from '../../core/types.js';
import { packParameters, parameterLayout, type ParameterLayout } from '../../core/training/parameters.js';
import { trainOnData, type DataTrainingResult } from '../../core/training/train-data.js';
import { loadPreset } from '../../definition/index.js';

/** A preset with a data set, as the core resolved it. */
export function presetWithData(name: string): ResolvedSpec {
  const preset = loadPreset(name);
  if (!preset.ok) throw new Error(`the ${name} preset no longer loads: ${preset.error[0]?.message}`);
  if (!preset.value.spec.training?.data) throw new Error(`the ${name} preset has no data set`);
  return preset.value.spec;
}

export interface RunSettings {
  learningRate: number;
  training: Partial<Omit<TrainingSettings, 'hyper'>> & { hyper?: Partial<TrainingSettings['hyper']> };
  data?: Sample[];
}

/** The spec with the lesson's settings in place of the preset's. */
export function withSettings(spec: ResolvedSpec, settings: RunSettings): ResolvedSpec {
  const training = spec.training!;
  return {
    ...spec,
    learningRate: settings.learningRate,
    training: {
      ...training,
      ...settings.training,
      ...(settings.data ? { data: settings.data } : {}),
      hyper: { ...training.hyper, ...settings.training.hyper },
    },
  };
}

export interface ObservedRun {
  result: DataTrainingResult;
  layout: ParameterLayout;
  /** The packed parameters before training (index 0) and after each update t (index t). */
  parameters: Float64Array[];
  /** The optimizer's state after each update t (index t − 1), in its record's order. */
  states: Float64Array[][];
  /** The batch gradient of each update t (index t − 1). */
  gradients: Float64Array[];
  /** The data-set loss before training (index 0) and after each update t, for the first `lossUpdates` updates. */
  lossPerUpdate: number[];
}

/**
 * Trains with the core and keeps, after each update, the parameters and state (when `keepPath`) and the data-set
 * loss for the first `lossUpdates` updates (each costs a pass over the data, so only what a figure shows).
 */
export function observedRun(
  spec: ResolvedSpec,
  options: { lossUpdates: number; keepPath?: boolean },
): ObservedRun {
  const layout = parameterLayout(spec.layers, spec.biases, spec.updateBiases);
  const parameters = [packParameters(layout, spec.weights, spec.biases)];
  const states: Float64Array[][] = [];
  const gradients: Float64Array[] = [];
  const lossPerUpdate: number[] = [];
  const result = trainOnData(spec, (step) => {
    if (step.step <= options.lossUpdates) lossPerUpdate.push(step.dataLoss());
    if (options.keepPath) {
      parameters.push(Float64Array.from(step.parameters));
      states.push(step.state.map((s) => Float64Array.from(s)));
      gradients.push(Float64Array.from(step.gradient));
    }
  });
  return { result, layout, parameters, states, gradients, lossPerUpdate: [result.loss, ...lossPerUpdate] };
}

/** A small cache of runs per setting: a lesson's text and figure read the same run; the oldest entry goes first. */
export function runCache<T>(size = 16): (key: string, compute: () => T) => T {
  const entries = new Map<string, T>();
  return (key, compute) => {
    const known = entries.get(key);
    if (known !== undefined) return known;
    const value = compute();
    entries.set(key, value);
    if (entries.size > size) entries.delete(entries.keys().next().value!);
    return value;
  };
}
