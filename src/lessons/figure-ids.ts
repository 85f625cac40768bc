// The figures a lesson can ask for: each is computed by the core on request (src/lessons/figures.ts).
export const FIGURE_IDS = [
  'backprop-diagram',
  'perceptron-vs-logistic',
  'loss-vs-prediction',
  'init-activation-std',
  'zero-init-symmetry',
  'activation-derivatives',
  'gradient-per-layer',
  'dead-relu-fraction',
  'pruning-curve',
  'batch-vs-sgd-curves',
  'momentum-ravine',
  'adam-first-steps',
  'softmax-gradient',
  'xor-boundary',
  'weight-norm',
] as const;

export type FigureId = (typeof FIGURE_IDS)[number];
