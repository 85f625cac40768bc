// fast-check generators of valid random networks: 1–4 weight layers, 1–6 units, every activation and loss.
import fc from 'fast-check';
import type { ActivationName, LossName, ResolvedSpec } from '../../../src/core/types.js';

const hiddenActivations: ActivationName[] = ['sigmoid', 'tanh', 'relu', 'leaky_relu', 'linear'];
const outputActivations: ActivationName[] = [...hiddenActivations, 'softmax'];
const regressionLosses: LossName[] = ['sse', 'half_sse', 'mse'];
const allLosses: LossName[] = [...regressionLosses, 'bce', 'cross_entropy'];

const value = (max: number) => fc.double({ min: -max, max, noNaN: true, noDefaultInfinity: true });
const probability = fc.double({ min: 0, max: 1, noNaN: true });

export const networkSpec = (
  options: { maxLayers?: number; maxUnits?: number } = {},
): fc.Arbitrary<ResolvedSpec> =>
  fc
    .array(fc.integer({ min: 1, max: options.maxUnits ?? 6 }), {
      minLength: 2,
      maxLength: (options.maxLayers ?? 4) + 1,
    })
    .chain((layers) => {
      const transitions = layers.length - 1;
      const outputUnits = layers[transitions]!;
      return fc
        .record({
          hidden: fc.array(fc.constantFrom(...hiddenActivations), {
            minLength: transitions - 1,
            maxLength: transitions - 1,
          }),
          output: fc.constantFrom(...(outputUnits > 1 ? outputActivations : hiddenActivations)),
          shared: fc.array(fc.boolean(), { minLength: transitions, maxLength: transitions }),
        })
        .chain(({ hidden, output, shared }) => {
          const probabilistic = output === 'sigmoid' || output === 'softmax';
          return fc.record({
            layers: fc.constant(layers),
            activations: fc.constant([...hidden, output]),
            weights: fc.tuple(
              ...layers.slice(1).map((rows, l) =>
                fc.array(fc.array(value(1.5), { minLength: layers[l]!, maxLength: layers[l]! }), {
                  minLength: rows,
                  maxLength: rows,
                }),
              ),
            ),
            biases: fc.tuple(
              ...shared.map((isShared, l) =>
                isShared
                  ? value(1)
                  : fc.array(value(1), { minLength: layers[l + 1]!, maxLength: layers[l + 1]! }),
              ),
            ),
            input: fc.array(value(2), { minLength: layers[0]!, maxLength: layers[0]! }),
            target: fc.array(probability, { minLength: outputUnits, maxLength: outputUnits }),
            loss: fc.constantFrom(...(probabilistic ? allLosses : regressionLosses)),
            learningRate: fc.double({ min: 0, max: 2, noNaN: true }),
            updateBiases: fc.boolean(),
            steps: fc.constant(1),
          });
        });
    }) as fc.Arbitrary<ResolvedSpec>;
