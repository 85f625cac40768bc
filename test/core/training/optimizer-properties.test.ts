// Properties of training on random nets and random small data sets, with every optimizer: at every step
// the batch gradient equals central finite differences of the batch loss (built here from the one-sample
// loss), and every update equals its torch.optim formula written out again here, state and all.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeTrace, forwardPass, lossAt, OPTIMIZER_NAMES } from '../../../src/core/index.js';
import type {
  LayerBias,
  Matrix,
  OptimizerName,
  ResolvedSpec,
  Sample,
  TrainingSettings,
} from '../../../src/core/types.js';
import { networkSpec } from '../arbitraries/network-spec.js';

const value = (max: number) => fc.double({ min: -max, max, noNaN: true, noDefaultInfinity: true });
const probability = fc.double({ min: 0, max: 1, noNaN: true });
const between = (min: number, max: number) => fc.double({ min, max, noNaN: true });

/** A random net with a random small data set and settings; the optimizer is set by each check. */
const trainingCase = networkSpec({ maxLayers: 2, maxUnits: 3 }).chain((spec) => {
  const inputs = spec.layers[0]!;
  const outputs = spec.layers.at(-1)!;
  return fc
    .record({
      data: fc.array(
        fc.record({
          input: fc.array(value(2), { minLength: inputs, maxLength: inputs }),
          target: fc.array(probability, { minLength: outputs, maxLength: outputs }),
        }),
        { minLength: 1, maxLength: 5 },
      ),
      batch: fc.constantFrom('full', 'online', 'mini'),
      reduction: fc.constantFrom('mean' as const, 'sum' as const),
      l2: fc.oneof(fc.constant(0), between(0, 0.5)),
      epochs: fc.integer({ min: 1, max: 2 }),
      learningRate: between(0.001, 0.3),
      hyper: fc.record({
        momentum: between(0, 0.99),
        beta1: between(0, 0.99),
        beta2: between(0.5, 0.9999),
        epsilon: between(1e-8, 1e-3),
        alpha: between(0.5, 0.999),
      }),
    })
    .map(({ data, batch, reduction, l2, epochs, learningRate, hyper }): ResolvedSpec => {
      // mini-batch: 2 of 3 or more samples, so batches of different sizes occur too
      const batchSize = batch === 'full' ? data.length : batch === 'online' ? 1 : Math.min(2, data.length);
      const training: TrainingSettings = {
        data,
        epochs,
        batchSize,
        reduction,
        optimizer: 'sgd',
        hyper,
        l2,
      };
      return { ...spec, learningRate, input: data[0]!.input, target: data[0]!.target, training };
    });
});

/** Every parameter as a slot to read and write, weights first; `weight` says whether L2 applies. */
interface Slot {
  get(): number;
  set(v: number): void;
  weight: boolean;
}

function slotsOf(weights: Matrix[], biases: LayerBias[]): Slot[] {
  const slots: Slot[] = [];
  weights.forEach((W, l) => {
    for (const row of W)
      row.forEach((_w, i) => slots.push({ get: () => row[i]!, set: (v) => (row[i] = v), weight: true }));
    const bias = biases[l]!;
    if (typeof bias === 'number')
      slots.push({ get: () => biases[l] as number, set: (v) => (biases[l] = v), weight: false });
    else
      bias.forEach((_b, j) => slots.push({ get: () => bias[j]!, set: (v) => (bias[j] = v), weight: false }));
  });
  return slots;
}

const copyWeights = (weights: Matrix[]) => weights.map((W) => W.map((row) => [...row]));
const copyBiases = (biases: LayerBias[]) => biases.map((b) => (typeof b === 'number' ? b : [...b]));
const flat = (weights: Matrix[], biases: LayerBias[]) => slotsOf(weights, biases).map((s) => s.get());

/** The batch loss from the one-sample loss: mean or sum over the batch, plus (λ/2)·Σw² (AdamW: no penalty term). */
function batchLoss(spec: ResolvedSpec, batch: readonly Sample[], weights: Matrix[], biases: LayerBias[]) {
  let total = 0;
  for (const sample of batch)
    total += lossAt(
      { ...spec, input: sample.input, target: sample.target, training: undefined },
      weights,
      biases,
    );
  const settings = spec.training!;
  let squares = 0;
  for (const W of weights) for (const row of W) for (const w of row) squares += w * w;
  const l2 = settings.optimizer === 'adamw' ? 0 : settings.l2;
  return (settings.reduction === 'mean' ? total / batch.length : total) + 0.5 * l2 * squares;
}

function finiteDifferences(
  spec: ResolvedSpec,
  batch: readonly Sample[],
  weights: Matrix[],
  biases: LayerBias[],
) {
  const W = copyWeights(weights);
  const b = copyBiases(biases);
  return slotsOf(W, b).map((slot) => {
    const original = slot.get();
    const h = 1e-6 * Math.max(1, Math.abs(original));
    slot.set(original + h);
    const plus = batchLoss(spec, batch, W, b);
    slot.set(original - h);
    const minus = batchLoss(spec, batch, W, b);
    slot.set(original);
    return (plus - minus) / (2 * h);
  });
}

/** ReLU and leaky ReLU have no derivative at 0: finite differences straddling the kink are meaningless. */
function nearKink(spec: ResolvedSpec, batch: readonly Sample[], weights: Matrix[], biases: LayerBias[]) {
  return batch.some((sample) =>
    forwardPass({ ...spec, input: sample.input }, weights, biases).net.some(
      (layer, l) =>
        (spec.activations[l] === 'relu' || spec.activations[l] === 'leaky_relu') &&
        layer.some((z) => Math.abs(z) < 1e-4),
    ),
  );
}

const close = (a: number, b: number, relative: number, absolute: number) =>
  Math.abs(a - b) <= relative * Math.max(Math.abs(a), Math.abs(b)) + absolute;

/** The state torch.optim keeps for each optimizer, and its update, written from its documentation. */
interface Reference {
  state: Record<string, number[]>;
  step(p: number[], g: number[], t: number): void;
}

function reference(
  name: OptimizerName,
  size: number,
  lr: number,
  h: TrainingSettings['hyper'],
  decay: { l2: number; weight: boolean[] },
): Reference {
  const zeros = () => new Array<number>(size).fill(0);
  const state: Record<string, number[]> = {};
  const update = {
    sgd(p: number[], g: number[]) {
      for (let k = 0; k < size; k++) p[k] = p[k]! - lr * g[k]!;
    },
    momentum(p: number[], g: number[], t: number) {
      const v = (state.v ??= zeros());
      for (let k = 0; k < size; k++) {
        v[k] = t === 1 ? g[k]! : h.momentum * v[k]! + g[k]!;
        p[k] = p[k]! - lr * v[k]!;
      }
    },
    nesterov(p: number[], g: number[], t: number) {
      const v = (state.v ??= zeros());
      for (let k = 0; k < size; k++) {
        v[k] = t === 1 ? g[k]! : h.momentum * v[k]! + g[k]!;
        p[k] = p[k]! - lr * (g[k]! + h.momentum * v[k]!);
      }
    },
    adam(p: number[], g: number[], t: number) {
      const m = (state.m ??= zeros());
      const v = (state.v ??= zeros());
      const mHat = (state['m̂'] = zeros());
      const vHat = (state['v̂'] = zeros());
      for (let k = 0; k < size; k++) {
        m[k] = h.beta1 * m[k]! + (1 - h.beta1) * g[k]!;
        v[k] = h.beta2 * v[k]! + (1 - h.beta2) * g[k]! ** 2;
        mHat[k] = m[k]! / (1 - h.beta1 ** t);
        vHat[k] = v[k]! / (1 - h.beta2 ** t);
        p[k] = p[k]! - (lr * mHat[k]!) / (Math.sqrt(vHat[k]!) + h.epsilon);
      }
    },
    // torch.optim.AdamW: p ← p·(1 − η·λ) (the weights; g holds no λw), then Adam's step
    adamw(p: number[], g: number[], t: number) {
      for (let k = 0; k < size; k++) if (decay.weight[k]) p[k] = p[k]! * (1 - lr * decay.l2);
      update.adam(p, g, t);
    },
    rmsprop(p: number[], g: number[]) {
      const s = (state.s ??= zeros());
      for (let k = 0; k < size; k++) {
        s[k] = h.alpha * s[k]! + (1 - h.alpha) * g[k]! ** 2;
        p[k] = p[k]! - (lr * g[k]!) / (Math.sqrt(s[k]!) + h.epsilon);
      }
    },
  };
  return { state, step: update[name] };
}

/**
 * Trains `spec` with `optimizer` step by step outside the core's loop: each batch's gradient from a
 * one-batch trace at the current parameters, checked against finite differences, then the reference
 * update. Returns the parameters after the first step, the state then, and the final parameters.
 */
function replay(spec: ResolvedSpec) {
  const settings = spec.training!;
  const data = settings.data!;
  const weights = copyWeights(spec.weights);
  const biases = copyBiases(spec.biases);
  const slots = slotsOf(weights, biases);
  const trainable = slots.map((slot) => slot.weight || spec.updateBiases);
  // AdamW's λ decays the weights in its step: the gradient it uses has no λw
  const decoupled = settings.optimizer === 'adamw';
  const optimizer = reference(settings.optimizer, slots.length, spec.learningRate, settings.hyper, {
    l2: settings.l2,
    weight: slots.map((slot, k) => slot.weight && trainable[k]!),
  });
  let t = 0;
  let afterFirst: { parameters: number[]; state: Record<string, number[]> } | undefined;
  for (let epoch = 0; epoch < settings.epochs; epoch++)
    for (let start = 0; start < data.length; start += settings.batchSize) {
      const batch = data.slice(start, start + settings.batchSize);
      const batchSpec: ResolvedSpec = {
        ...spec,
        weights: copyWeights(weights),
        biases: copyBiases(biases),
        training: {
          ...settings,
          data: batch,
          epochs: 1,
          batchSize: batch.length,
          optimizer: 'sgd',
          l2: decoupled ? 0 : settings.l2,
        },
      };
      const trace = computeTrace(batchSpec);
      const gradient = flat(trace.gradWeights, trace.gradBiases);
      if (!nearKink(spec, batch, weights, biases)) {
        const numerical = finiteDifferences(spec, batch, weights, biases);
        gradient.forEach((g, k) => {
          if (!close(g, numerical[k]!, 1e-6, 1e-8))
            throw new Error(
              `step ${t + 1}, parameter ${k}: backprop ${g}, finite difference ${numerical[k]}`,
            );
        });
      }
      t++;
      const p = slots.map((slot) => slot.get());
      // frozen biases are no parameters of the optimizer: no step, no state (it stays 0)
      optimizer.step(
        p,
        gradient.map((g, k) => (trainable[k] ? g : 0)),
        t,
      );
      slots.forEach((slot, k) => slot.set(p[k]!));
      if (t === 1)
        afterFirst = {
          parameters: slots.map((slot) => slot.get()),
          state: Object.fromEntries(
            Object.entries(optimizer.state).map(([name, values]) => [name, [...values]]),
          ),
        };
    }
  return { afterFirst: afterFirst!, final: flat(weights, biases) };
}

const expectClose = (actual: number[], expected: number[], relative: number, what: string) =>
  actual.forEach((a, k) => {
    if (!close(a, expected[k]!, relative, 1e-12))
      throw new Error(`${what} ${k}: the core ${a}, the formula ${expected[k]}`);
  });

describe('training properties, with every optimizer', () => {
  it('every batch gradient equals finite differences and every update equals its torch.optim formula', () => {
    const checked = new Map<string, number>();
    const count = (key: string) => checked.set(key, (checked.get(key) ?? 0) + 1);
    fc.assert(
      fc.property(trainingCase, (base) => {
        fc.pre(!nearKink(base, base.training!.data!, base.weights, base.biases));
        for (const optimizer of OPTIMIZER_NAMES) {
          const spec: ResolvedSpec = { ...base, training: { ...base.training!, optimizer } };
          const trace = computeTrace(spec);
          if (trace.numericIssues.some((issue) => issue.id === 'training_diverged')) continue;
          const { afterFirst, final } = replay(spec);
          const settings = spec.training!;
          count(optimizer);
          count(
            settings.batchSize === settings.data!.length
              ? 'full'
              : settings.batchSize === 1
                ? 'online'
                : 'mini',
          );
          count(settings.reduction);
          if (settings.l2 > 0) count('l2');
          // the first step exactly as the formula writes it, with the state it leaves
          expectClose(
            flat(trace.updatedWeights, trace.updatedBiases),
            afterFirst.parameters,
            1e-12,
            'first step',
          );
          const names = trace.optimizerState!.map((s) => s.name).sort();
          expect(names).toEqual(Object.keys(afterFirst.state).sort());
          for (const snapshot of trace.optimizerState!)
            expectClose(
              flat(snapshot.weights, snapshot.biases),
              afterFirst.state[snapshot.name]!,
              1e-12,
              snapshot.name,
            );
          // every later step too: the whole run lands where the formulas do
          expectClose(
            flat(trace.finalWeights!, trace.finalBiases!),
            final,
            1e-8,
            `${optimizer} final parameter`,
          );
        }
      }),
      { numRuns: 60, seed: 12 },
    );
    // the property ran on every optimizer, batch kind, reduction and with L2, not only on discarded cases
    for (const key of [...OPTIMIZER_NAMES, 'full', 'online', 'mini', 'mean', 'sum', 'l2'])
      expect(checked.get(key) ?? 0, key).toBeGreaterThanOrEqual(10);
  });
});
