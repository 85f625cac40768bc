// The data-set and optimizer fields of a spec: defaults, every error (located, en and fa), the round trip.
import { describe, expect, it } from 'vitest';
import { computeTrace, resolveSpec, toNetworkSpec, trainingWorkError } from '../../src/core/index.js';
import type { UserError } from '../../src/errors.js';
import { describeError } from '../../src/text/i18n.js';

const xorData = [
  { input: [0, 0], target: [0] },
  { input: [0, 1], target: [1] },
  { input: [1, 0], target: [1] },
  { input: [1, 1], target: [0] },
];

const xor = {
  layers: [2, 2, 1],
  activations: 'sigmoid',
  loss: 'half_sse',
  weights: [
    [
      [0.5, -0.4],
      [-0.3, 0.6],
    ],
    [[0.7, -0.5]],
  ],
  biases: [[0.1, -0.1], 0.2],
  learningRate: 0.5,
  data: xorData,
};

function errorsOf(spec: unknown): UserError[] {
  const result = resolveSpec(spec);
  if (result.ok) throw new Error('expected errors');
  return result.error;
}

describe('data-set and optimizer fields', () => {
  it('fills the defaults: one epoch, full batch, mean, sgd, no penalty; input/target = the first sample', () => {
    const result = resolveSpec(xor);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.training).toMatchObject({
      epochs: 1,
      batchSize: 4,
      reduction: 'mean',
      optimizer: 'sgd',
      l2: 0,
      hyper: { momentum: 0.9, beta1: 0.9, beta2: 0.999, epsilon: 1e-8, alpha: 0.99 },
    });
    expect(result.value.input).toEqual([0, 0]);
  });

  it('a spec without them is unchanged (no training field)', () => {
    const { data: _data, ...single } = xor;
    const result = resolveSpec({ ...single, input: [1, 0], target: [1] });
    expect(result.ok && result.value.training).toBe(undefined);
  });

  it.each([
    [{ ...xor, input: [0, 1] }, 'spec.data_and_sample', 'data'],
    [{ ...xor, steps: 3 }, 'spec.steps_with_data', 'steps'],
    [{ ...xor, data: [] }, 'spec.limit_samples', 'data'],
    [{ ...xor, data: Array.from({ length: 1001 }, () => xorData[0]) }, 'spec.limit_samples', 'data'],
    [{ ...xor, data: [...xorData, { input: [1], target: [0] }] }, 'spec.sample_input_size', 'data[4].input'],
    [{ ...xor, data: [{ input: [1, 1], target: [0, 1] }] }, 'spec.sample_target_size', 'data[0].target'],
    [
      { ...xor, loss: 'bce', data: [{ input: [1, 1], target: [2] }] },
      'spec.sample_target_range',
      'data[0].target[0]',
    ],
    [{ ...xor, epochs: 0 }, 'spec.limit_epochs', 'epochs'],
    [{ ...xor, batchSize: 5 }, 'spec.batch_size', 'batchSize'],
    [{ ...xor, optimizer: 'adma' }, 'spec.unknown_optimizer', 'optimizer'],
    [{ ...xor, reduction: 'avg' }, 'spec.unknown_reduction', 'reduction'],
    [{ ...xor, momentum: 0.9 }, 'spec.hyper_unused', 'momentum'],
    [{ ...xor, optimizer: 'adam', beta1: 1 }, 'spec.hyper_range', 'beta1'],
    [{ ...xor, optimizer: 'rmsprop', epsilon: 0 }, 'spec.hyper_range', 'epsilon'],
    [{ ...xor, l2: -1 }, 'spec.l2_range', 'l2'],
  ])('rejects %#: %s at %s, in English and Persian', (spec, id, field) => {
    const errors = errorsOf(spec);
    const error = errors.find((e) => e.id === id);
    expect(error, JSON.stringify(errors)).toBeDefined();
    expect(error!.location?.field).toBe(field);
    expect(describeError(error!, 'en')).not.toBe(id);
    expect(describeError(error!, 'fa')).toMatch(/[\u0600-\u06FF]/);
  });

  it('suggests the closest optimizer', () => {
    expect(errorsOf({ ...xor, optimizer: 'adma' })[0]!.hint).toBe('adam');
  });

  it('without data, epochs is refused and a missing input is named', () => {
    const { data: _data, ...single } = xor;
    expect(errorsOf({ ...single, input: [1, 0], target: [1], epochs: 3 })[0]!.id).toBe(
      'spec.epochs_without_data',
    );
    expect(errorsOf({ ...single, target: [1] }).map((e) => e.location?.field)).toContain('input');
  });

  it('writes a resolved spec back as JSON that resolves to the same spec', () => {
    const result = resolveSpec({
      ...xor,
      optimizer: 'adam',
      beta2: 0.99,
      l2: 0.01,
      epochs: 7,
      batchSize: 3,
      reduction: 'sum',
    });
    if (!result.ok) throw new Error('invalid');
    const again = resolveSpec(toNetworkSpec(result.value));
    expect(again.ok && again.value).toEqual(result.value);
  });

  it('counts the work cap as samples × epochs × (weights + 2·units) and says how many epochs fit', () => {
    const big = resolveSpec({ ...xor, data: Array.from({ length: 1000 }, () => xorData[1]), epochs: 100000 });
    if (!big.ok) throw new Error('invalid');
    const error = trainingWorkError(big.value)!;
    expect(error.id).toBe('training.too_much_work');
    // 2-2-1: 6 weights and 3 units, 12 per sample and epoch
    expect(error.params).toMatchObject({
      samples: 1000,
      epochs: 100000,
      weights: 6,
      units: 3,
      maxEpochs: 833,
    });
    expect(describeError(error, 'fa')).toMatch(/دوره/);
    const fine = resolveSpec({ ...xor, data: Array.from({ length: 1000 }, () => xorData[1]), epochs: 833 });
    expect(fine.ok && trainingWorkError(fine.value)).toBe(undefined);
  });

  it('with frozen biases the optimizer leaves them exactly as given', () => {
    const result = resolveSpec({ ...xor, updateBiases: false, optimizer: 'adam', epochs: 20 });
    if (!result.ok) throw new Error('invalid');
    expect(computeTrace(result.value).finalBiases).toEqual(xor.biases);
  });
});
