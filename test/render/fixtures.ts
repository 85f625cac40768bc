// Traces the render tests draw: the classic net (golden spec), a deep net, a dense net and a trained net.
import { computeTrace, resolveSpec } from '../../src/core/index.js';
import type { NetworkSpec, Trace } from '../../src/core/types.js';
import { goldenCases } from '../helpers/golden.js';

export function traceOf(spec: NetworkSpec): Trace {
  const resolved = resolveSpec(spec);
  if (!resolved.ok) throw new Error(`bad test spec: ${JSON.stringify(resolved.error)}`);
  return computeTrace(resolved.value);
}

function golden(name: string): NetworkSpec {
  const found = goldenCases().find((c) => c.name === name);
  if (!found) throw new Error(`no golden spec ${name}`);
  return found.spec as unknown as NetworkSpec;
}

/** Deterministic pseudo-random weights in [−1, 1] (no Math.random in tests). */
function weights(layers: number[], seed = 1): number[][][] {
  let state = seed;
  const next = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return (state / 2147483648) * 2 - 1;
  };
  return layers
    .slice(1)
    .map((rows, l) =>
      Array.from({ length: rows }, () => Array.from({ length: layers[l]! }, () => Number(next().toFixed(2)))),
    );
}

export const classicTrace = (): Trace => traceOf(golden('mazur'));
export const seedQ6Trace = (): Trace => traceOf(golden('seed-q6'));
export const trainedTrace = (steps = 200): Trace => traceOf({ ...golden('mazur'), steps });

/** 2-3-3-2 with per-unit biases and mixed activations: four columns, per-unit bias pills. */
export function deepTrace(): Trace {
  const layers = [2, 3, 3, 2];
  return traceOf({
    layers,
    activations: ['tanh', 'relu', 'sigmoid'],
    weights: weights(layers, 7),
    biases: [
      [0.1, -0.2, 0.05],
      [0.3, 0.0, -0.1],
      [0.2, -0.25],
    ],
    input: [0.5, -1],
    target: [1, 0],
    loss: 'mse',
    learningRate: 0.1,
  });
}

/** Too dense for per-edge labels: heatmap fallback. */
export function denseTrace(layers = [8, 16, 12, 4], activation: 'tanh' | 'leaky_relu' = 'tanh'): Trace {
  return traceOf({
    layers,
    activations: activation,
    weights: weights(layers, 3),
    biases: layers
      .slice(1)
      .map((_, l) => (l % 2 === 0 ? 0.1 : layers[l + 1]! > 0 ? Array(layers[l + 1]).fill(0.05) : 0)),
    input: Array.from({ length: layers[0]! }, (_, k) => ((k % 5) - 2) / 2),
    target: Array.from({ length: layers[layers.length - 1]! }, (_, k) => (k % 2 === 0 ? 1 : 0)),
    loss: 'mse',
    learningRate: 0.1,
  });
}

/** The largest net the core allows: 64-64 inputs → outputs, 4096 weights. */
export const largestTrace = (): Trace => denseTrace([64, 64]);
