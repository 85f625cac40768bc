// The true value of any key quantity, straight from the core's trace (independent of the checker's evaluator).
import {
  computeTrace,
  resolveSpec,
  type LayerBias,
  type ResolvedSpec,
  type Trace,
} from '../../src/core/index.js';
import type { Quantity } from '../../src/check/quantities.js';

export interface Truth {
  trace: Trace;
  /** The trace of the network after the first SGD step (its forward pass is the "second pass"). */
  after: Trace;
  value(q: Quantity): number;
}

function biasValue(biases: LayerBias[], l: number, j: number | undefined): number {
  const b = biases[l]!;
  if (typeof b === 'number') return b;
  return b[j ?? 0]!;
}

export function truthOf(spec: ResolvedSpec): Truth {
  const trace = computeTrace(spec);
  const next = resolveSpec({
    layers: spec.layers,
    activations: spec.activations,
    weights: trace.updatedWeights,
    biases: trace.updatedBiases,
    input: spec.input,
    target: spec.target,
    loss: spec.loss,
    learningRate: spec.learningRate,
    updateBiases: spec.updateBiases,
  });
  if (!next.ok) throw new Error(`updated network does not resolve: ${next.error[0]?.message}`);
  const after = computeTrace(next.value);
  const pass = (p: 0 | 1) => (p === 0 ? trace : after);
  return {
    trace,
    after,
    value(q: Quantity): number {
      switch (q.kind) {
        case 'input':
          return spec.input[q.i]!;
        case 'target':
          return spec.target[q.j]!;
        case 'learningRate':
          return spec.learningRate;
        case 'weight':
          return spec.weights[q.l]![q.j]![q.i]!;
        case 'bias':
          return biasValue(spec.biases, q.l, q.j);
        case 'net':
          return pass(q.pass).net[q.l]![q.j]!;
        case 'out':
          return pass(q.pass).out[q.l]![q.j]!;
        case 'lossTerm':
          return pass(q.pass).lossTerms[q.j]!;
        case 'loss':
          return pass(q.pass).loss;
        case 'dE_dOut':
          return trace.dE_dOut[q.l]![q.j]!;
        case 'dOut_dNet':
          return trace.dOut_dNet[q.l]![q.j]!;
        case 'delta':
          return trace.delta[q.l]![q.j]!;
        case 'contribution':
          return trace.delta[q.l + 1]![q.k]! * spec.weights[q.l + 1]![q.k]![q.j]!;
        case 'gradWeight':
          return trace.gradWeights[q.l]![q.j]![q.i]!;
        case 'gradBias':
          return biasValue(trace.gradBiases, q.l, q.j);
        case 'stepWeight':
          return spec.learningRate * trace.gradWeights[q.l]![q.j]![q.i]!;
        case 'stepBias':
          return spec.learningRate * biasValue(trace.gradBiases, q.l, q.j);
        case 'newWeight':
          return trace.updatedWeights[q.l]![q.j]![q.i]!;
        case 'newBias':
          return biasValue(trace.updatedBiases, q.l, q.j);
      }
    },
  };
}
