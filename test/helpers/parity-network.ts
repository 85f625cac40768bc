// A data set with more than 2 inputs for training tests.
/** 3-bit parity on a 3-4-1 net: a data set with more than 2 inputs. */
export const PARITY = {
  layers: [3, 4, 1],
  activations: ['tanh', 'sigmoid'],
  loss: 'bce',
  weights: [
    [
      [0.5, -0.4, 0.3],
      [-0.3, 0.6, 0.2],
      [0.1, 0.2, -0.5],
      [0.4, -0.2, 0.1],
    ],
    [[0.7, -0.5, 0.4, 0.3]],
  ],
  biases: [0, 0],
  learningRate: 0.05,
  optimizer: 'adam',
  epochs: 300,
  data: [0, 1, 2, 3, 4, 5, 6, 7].map((k) => {
    const bits = [(k >> 2) & 1, (k >> 1) & 1, k & 1];
    return { input: bits, target: [bits.reduce((a, b) => a + b, 0) % 2] };
  }),
};
