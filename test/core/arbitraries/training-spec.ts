// fast-check generators of random small data sets, batch sizes, reductions, optimizers and L2 on random nets.
import fc from 'fast-check';
import { OPTIMIZER_NAMES, type ResolvedSpec, type TrainingSettings } from '../../../src/core/types.js';
import { networkSpec } from './network-spec.js';

const value = (max: number) => fc.double({ min: -max, max, noNaN: true, noDefaultInfinity: true });
const probability = fc.double({ min: 0, max: 1, noNaN: true });

export const trainingSpec = (): fc.Arbitrary<ResolvedSpec> =>
  networkSpec({ maxLayers: 3, maxUnits: 4 }).chain((spec) => {
    const inputs = spec.layers[0]!;
    const outputs = spec.layers.at(-1)!;
    return fc
      .record({
        data: fc.array(
          fc.record({
            input: fc.array(value(2), { minLength: inputs, maxLength: inputs }),
            target: fc.array(probability, { minLength: outputs, maxLength: outputs }),
          }),
          { minLength: 1, maxLength: 6 },
        ),
        optimizer: fc.constantFrom(...OPTIMIZER_NAMES),
        reduction: fc.constantFrom('mean' as const, 'sum' as const),
        l2: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 0.5, noNaN: true })),
        epochs: fc.integer({ min: 1, max: 3 }),
        batchFraction: fc.double({ min: 0, max: 1, noNaN: true }),
        momentum: fc.double({ min: 0, max: 0.99, noNaN: true }),
      })
      .map(({ data, optimizer, reduction, l2, epochs, batchFraction, momentum }): ResolvedSpec => {
        const training: TrainingSettings = {
          data,
          epochs,
          batchSize: Math.max(1, Math.ceil(batchFraction * data.length)),
          reduction,
          optimizer,
          hyper: { momentum, beta1: 0.9, beta2: 0.999, epsilon: 1e-8, alpha: 0.99 },
          l2,
        };
        return { ...spec, input: data[0]!.input, target: data[0]!.target, training };
      });
  });
