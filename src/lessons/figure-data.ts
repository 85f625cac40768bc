// The core computations behind the figures and the numbers in the lessons, computed once per setting (deterministic).
import {
  deepNetStatistics,
  type DeepNetActivation,
  type DeepNetStatistics,
} from '../core/activation-statistics.js';
import { DEAD_RELU_DEFAULTS, deadReluAfterOneStep, freshReluNet } from '../core/dead-relu.js';
import { computeTrace } from '../core/index.js';
import type { InitScheme } from '../core/init-schemes.js';
import { pruningCurve, trainedPruningNet, type PruningCurve } from '../core/pruning.js';
import { symmetryRun, type SymmetryRun } from '../core/symmetry.js';
import type { Trace } from '../core/types.js';
import { loadPreset } from '../definition/index.js';

/** Entries keyed by a value the user chose (a learning rate, a depth): kept for the most recent this many. */
export const USER_VALUE_CACHE_SIZE = 64;

/** Keyed by names from a fixed list (activations, schemes): a bounded set, computed once each. */
const fixed = new Map<string, unknown>();
/** Keyed by user values: least recently used first, so a stream of new values cannot grow it without bound. */
const byUserValue = new Map<string, unknown>();

function remember<T>(key: string, compute: () => T): T {
  if (!fixed.has(key)) fixed.set(key, compute());
  return fixed.get(key) as T;
}

function rememberRecent<T>(key: string, compute: () => T): T {
  const value = byUserValue.has(key) ? byUserValue.get(key) : compute();
  byUserValue.delete(key);
  byUserValue.set(key, value);
  if (byUserValue.size > USER_VALUE_CACHE_SIZE) byUserValue.delete(byUserValue.keys().next().value!);
  return value as T;
}

/** How many computed results are held (tests: the user-keyed ones stay bounded). */
export function cachedFigureData(): { fixed: number; byUserValue: number } {
  return { fixed: fixed.size, byUserValue: byUserValue.size };
}

/** The initialisation lessons' nets: 10 square layers of 128 units, a batch of 32, seed 1. */
export const DEEP_NET = { depth: 10, width: 128, batch: 32, seed: 1 } as const;

/** Activations only (the initialisation lessons): the backward pass would triple the cost. */
export function deepNet(activation: DeepNetActivation, scheme: InitScheme): DeepNetStatistics {
  return remember(`deep:${activation}:${scheme}`, () =>
    deepNetStatistics({ ...DEEP_NET, activation, scheme, gradients: false }),
  );
}

/** Activations and gradients (the vanishing-gradient lesson), for a depth the user chose. */
export function deepNetWithGradients(
  activation: DeepNetActivation,
  scheme: InitScheme,
  depth: number,
): DeepNetStatistics {
  return rememberRecent(`deep-gradients:${activation}:${scheme}:${depth}`, () =>
    deepNetStatistics({ ...DEEP_NET, depth, activation, scheme }),
  );
}

export function pruning(): PruningCurve {
  return remember('pruning', () => {
    const { net, data } = trainedPruningNet();
    return pruningCurve(net, data);
  });
}

export function symmetry(init: 'zeros' | 'xavier_normal'): SymmetryRun {
  return remember(`symmetry:${init}`, () => symmetryRun(init));
}

/** Learning rates of the dying-ReLU figure: 0.01 … 10, evenly spaced on a log axis. */
export const DEAD_RELU_RATES = Array.from({ length: 25 }, (_, k) => 10 ** (-2 + (3 * k) / 24));

export function deadReluFraction(learningRate: number): number {
  return rememberRecent(`dead:${learningRate}`, () => deadReluAfterOneStep(learningRate).deadAfter);
}

/** Hidden units of the dying-ReLU net (core default). */
export const DEAD_RELU_UNITS = 64;

/** Hidden units of that net whose outgoing weight is negative: the only ones a large step can kill here. */
export function negativeOutgoingWeights(): number {
  const net = freshReluNet(DEAD_RELU_DEFAULTS.hiddenUnits, DEAD_RELU_DEFAULTS.seed + 1);
  return net.outputWeights.filter((v) => v < 0).length;
}

export function notesNetTrace(learningRate: number): Trace {
  return rememberRecent(`notes:${learningRate}`, () => {
    // The course notes' question 6 (the classic 2-2-2 net, both shared biases updated), at the lesson's η.
    const preset = loadPreset('course-q6');
    if (!preset.ok) throw new Error(`the course-q6 preset no longer loads: ${preset.error[0]?.message}`);
    return computeTrace({ ...preset.value.spec, learningRate });
  });
}

/** The expensive figure data, one cacheable piece per task, so start-up can interleave them with requests. */
export function lessonDataTasks(): (() => void)[] {
  const tasks: (() => void)[] = [];
  for (const activation of ['tanh', 'relu'] as const) {
    for (const scheme of ['standard_normal', 'xavier_normal', 'he_normal', 'lecun_normal'] as const)
      tasks.push(() => deepNet(activation, scheme));
  }
  tasks.push(() => deepNetWithGradients('sigmoid', 'xavier_normal', DEEP_NET.depth));
  tasks.push(() => deepNetWithGradients('tanh', 'xavier_normal', DEEP_NET.depth));
  tasks.push(() => deepNetWithGradients('relu', 'he_normal', DEEP_NET.depth));
  tasks.push(() => pruning());
  tasks.push(() => symmetry('zeros'));
  tasks.push(() => symmetry('xavier_normal'));
  return tasks;
}

export function precomputeLessonData(): void {
  for (const task of lessonDataTasks()) task();
}
