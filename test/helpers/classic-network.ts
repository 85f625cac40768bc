// The classic 2-2-2 worked example as a raw spec object, for tests that vary one field of it.
import type { NetworkSpec } from '../../src/core/types.js';

export function classicNetwork(overrides: Partial<NetworkSpec> = {}): NetworkSpec {
  return {
    layers: [2, 2, 2],
    activations: 'sigmoid',
    weights: [
      [
        [0.15, 0.2],
        [0.25, 0.3],
      ],
      [
        [0.4, 0.45],
        [0.5, 0.55],
      ],
    ],
    biases: [0.35, 0.6],
    input: [0.05, 0.1],
    target: [0.01, 0.99],
    loss: 'half_sse',
    learningRate: 0.5,
    updateBiases: false,
    ...overrides,
  };
}

/** The classic example as homework writes it: numbered weights, one line. */
export const CLASSIC_NUMBERED =
  'w1=0.15 w2=0.20 w3=0.25 w4=0.30 w5=0.40 w6=0.45 w7=0.50 w8=0.55 b1=0.35 b2=0.60 i1=0.05 i2=0.10 t1=0.01 t2=0.99';
