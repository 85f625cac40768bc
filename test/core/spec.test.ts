// Every class of invalid spec gets one clear message naming the field and what was expected.
import { describe, expect, it } from 'vitest';
import { resolveSpec } from '../../src/core/index.js';
import { classicNetwork } from '../helpers/classic-network.js';

const mazur = classicNetwork();

function errorsOf(spec: unknown) {
  const result = resolveSpec(spec);
  if (result.ok) throw new Error('expected the spec to be rejected');
  return result.error;
}

describe('resolveSpec', () => {
  it('accepts the classic spec and fills the defaults', () => {
    const result = resolveSpec({ ...mazur, updateBiases: undefined });
    expect(result.ok && result.value.updateBiases).toBe(true);
    expect(result.ok && result.value.steps).toBe(1);
    expect(result.ok && result.value.activations).toEqual(['sigmoid', 'sigmoid']);
  });

  it('names wrong weight shapes with rows, columns and layers', () => {
    const [error] = errorsOf({
      ...mazur,
      weights: [
        mazur.weights[0],
        [
          [0.4, 0.45, 1],
          [0.5, 0.55, 1],
        ],
      ],
    });
    expect(error!.id).toBe('spec.weights_shape');
    expect(error!.message).toBe(
      'weights[1] must be 2 rows (units of layer 2) × 2 columns (units of layer 1), got 2 × 3.',
    );
    expect(error!.location?.field).toBe('weights[1]');
  });

  it('names ragged matrices', () => {
    expect(errorsOf({ ...mazur, weights: [[[0.15, 0.2], [0.25]], mazur.weights[1]] })[0]!.message).toContain(
      'rows of lengths 2, 1',
    );
  });

  it('suggests the closest activation for a misspelling', () => {
    const [error] = errorsOf({ ...mazur, activations: 'sigmod' });
    expect(error!.id).toBe('spec.unknown_activation');
    expect(error!.hint).toBe('sigmoid');
    expect(error!.message).toContain("unknown activation 'sigmod' (did you mean sigmoid?)");
  });

  it('rejects softmax in a hidden layer and on a single output unit', () => {
    expect(errorsOf({ ...mazur, activations: ['softmax', 'sigmoid'] })[0]!.message).toContain(
      'activations[0]: softmax is only allowed on the output layer',
    );
    const single = { ...mazur, layers: [2, 2, 1], weights: [mazur.weights[0], [[0.4, 0.45]]], target: [1] };
    expect(errorsOf({ ...single, activations: ['sigmoid', 'softmax'] })[0]!.id).toBe(
      'spec.softmax_single_unit',
    );
  });

  it('rejects a count of activations that does not match the layers', () => {
    expect(errorsOf({ ...mazur, activations: ['sigmoid'] })[0]!.message).toBe(
      'activations must be one name for every non-input layer or a list of 2 names (one per non-input layer), got 1.',
    );
  });

  it('rejects an unknown loss with a suggestion', () => {
    const [error] = errorsOf({ ...mazur, loss: 'half-sse' });
    expect(error!.id).toBe('spec.unknown_loss');
    expect(error!.hint).toBe('half_sse');
  });

  it('rejects non-finite numbers', () => {
    const [error] = errorsOf({ ...mazur, input: [Number.NaN, 0.1] });
    expect(error!.id).toBe('spec.not_finite');
    expect(error!.message).toBe('input[0] must be a finite number, got NaN.');
    expect(errorsOf({ ...mazur, learningRate: Infinity })[0]!.message).toBe(
      'learningRate must be a finite number, got Infinity.',
    );
  });

  it('rejects a missing field, saying what it should be', () => {
    const { target: _target, ...withoutTarget } = mazur;
    const [error] = errorsOf(withoutTarget);
    expect(error!.id).toBe('spec.missing_field');
    expect(error!.message).toBe('target is missing: expected a list of numbers, e.g. [0.01, 0.99].');
  });

  it('rejects an unknown field, suggesting the closest known one', () => {
    const [error] = errorsOf({ ...mazur, learning_rate: 0.5 });
    expect(error!.id).toBe('spec.unknown_field');
    expect(error!.hint).toBe('learningRate');
  });

  it('rejects wrong types', () => {
    expect(errorsOf({ ...mazur, layers: '2-2-2' })[0]!.message).toBe(
      'layers must be a list of units per layer, e.g. [2, 2, 2], got the text "2-2-2".',
    );
    expect(errorsOf({ ...mazur, biases: [0.35, 'x'] })[0]!.message).toContain(
      'biases[1] must be a number (shared by the layer) or a list of numbers',
    );
    expect(errorsOf('not a spec')[0]!.id).toBe('spec.not_object');
  });

  it('checks input, target and bias sizes against the layers', () => {
    expect(errorsOf({ ...mazur, input: [0.05] })[0]!.message).toBe(
      'input must have 2 values (units of layer 0), got 1.',
    );
    expect(errorsOf({ ...mazur, target: [0.01] })[0]!.message).toBe(
      'target must have 2 values (units of the output layer), got 1.',
    );
    expect(errorsOf({ ...mazur, biases: [0.35, [0.6, 0.6, 0.6]] })[0]!.id).toBe('spec.bias_shape');
    expect(errorsOf({ ...mazur, biases: [0.35] })[0]!.id).toBe('spec.biases_count');
    expect(errorsOf({ ...mazur, weights: [mazur.weights[0]] })[0]!.id).toBe('spec.weights_count');
  });

  it('requires probabilities for bce and cross-entropy', () => {
    expect(errorsOf({ ...mazur, activations: 'relu', loss: 'bce' })[0]!.id).toBe(
      'spec.loss_needs_probabilities',
    );
    expect(errorsOf({ ...mazur, loss: 'bce', target: [0.01, 1.5] })[0]!.message).toBe(
      'target[1] is 1.5, but loss bce needs targets between 0 and 1.',
    );
  });

  it('enforces the limits and says them', () => {
    const eleven = errorsOf({ ...mazur, layers: new Array(11).fill(2) });
    expect(eleven[0]!.message).toBe('The network has 11 layers; the limit is 10.');
    expect(errorsOf({ ...mazur, layers: [2, 65, 2] })[0]!.message).toBe(
      'Layer 1 has 65 units; the limit is 64 units per layer.',
    );
    expect(errorsOf({ ...mazur, layers: [64, 64, 64] })[0]!.message).toBe(
      'The network has 8192 weights; the limit is 4096.',
    );
    expect(errorsOf({ ...mazur, steps: 100001 })[0]!.message).toBe(
      'steps must be a whole number from 1 to 100000, got 100001.',
    );
    expect(errorsOf({ ...mazur, steps: 2.5 })[0]!.id).toBe('spec.limit_steps');
    expect(errorsOf({ ...mazur, layers: [2] })[0]!.id).toBe('spec.layers_too_few');
    expect(errorsOf({ ...mazur, layers: [2, 0, 2] })[0]!.id).toBe('spec.layer_size');
    expect(errorsOf({ ...mazur, learningRate: -1 })[0]!.id).toBe('spec.learning_rate');
  });
});
