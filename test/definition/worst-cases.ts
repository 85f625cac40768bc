// The definition inputs that made the old parser rescan (issue #17, item 3), one family each.
import { repeated, type WorstCase } from '../helpers/step-count.js';

const half = (n: number) => Math.floor((n - 8) / 2);

export const DEFINITION_WORST_CASES: WorstCase[] = [
  { name: 'nested brackets', make: (n) => `w1: ${'['.repeat(half(n))}${']'.repeat(half(n))}` },
  {
    name: 'nested then flat',
    make: (n) => `w1: ${'['.repeat(12)}${repeated('1 ', n - 40)}${']'.repeat(12)}`,
  },
  { name: 'unclosed brackets', make: (n) => `w1: ${'['.repeat(n - 8)}` },
  { name: 'nested parentheses', make: (n) => `w1: [${'('.repeat(half(n))}${')'.repeat(half(n))}]` },
  { name: 'newlines in a list', make: (n) => repeated('\n', n, 'w1: [1', '2]') },
  { name: 'rows on lines', make: (n) => repeated('1\n', n, 'W1:\n') },
  { name: 'runs of spaces', make: (n) => repeated(' ', n, 'w1: 1', 'x') },
  { name: 'joined terms', make: (n) => repeated('1 + ', n, 'w1: [', '1]') },
  { name: 'separators', make: (n) => repeated('a:', n) },
  { name: 'key-like words', make: (n) => repeated('ab ', n, '', ': 1') },
  { name: 'quoted names', make: (n) => repeated('name: "a" ', n) },
  { name: 'digits', make: (n) => repeated('1', n, 'w1: ') },
  { name: 'commas', make: (n) => repeated(',', n, 'w1: [', ']') },
  { name: 'spaces before a colon', make: (n) => repeated(' ', n, 'lr', ': 1') },
  { name: 'dots', make: (n) => repeated('.', n, 'w1: ') },
  // PDF slides' bold digits split after the point (`𝟎. 𝟓`): a table row of them, and a chain of them.
  { name: 'bold split decimals', make: (n) => repeated('𝟎. 𝟓 ', n, '𝐖𝟏 𝐖𝟐\n') },
  { name: 'bold chain', make: (n) => repeated('𝟏. ', n, 'w1: ') },
  // One weight restated with other numbers on one long line (each repeat is compared, once).
  { name: 'a weight restated', make: (n) => repeated('$w_1 = 0.5$ $w_1 = 0.2$ $\\partial w_1 = 0.3$ ', n) },
  {
    name: 'json nesting',
    make: (n) => `{"weights": ${'['.repeat(half(n) - 10)}${']'.repeat(half(n) - 10)}}`,
  },
  { name: 'latex', make: (n) => repeated('$w_1 = 0.5$ ', n) },
  // Transposed vectors and θ biases beside unit pairs (each a single look at its place).
  { name: 'transposed vectors', make: (n) => repeated('[1, 2]^T ', n, 'x = ') },
  { name: 'theta biases', make: (n) => repeated('w14 = 1 | θ4 = 2 | ', n) },
  {
    name: 'equation links',
    make: (n) =>
      repeated('<img src="https://latex.codecogs.com/gif.latex?w_1" title="w_1 &= 0.5 \\\\ & = 1" />', n),
  },
  { name: 'broken tags', make: (n) => repeated('<a/t=', n) },
  { name: 'markdown equation links', make: (n) => repeated('[](https://latex.codecogs.com/gif.latex?(', n) },
  {
    name: 'brackets before links',
    make: (n) => repeated('[', n, '', '](https://latex.codecogs.com/gif.latex?w_1)'),
  },
  {
    name: 'worked sums',
    make: (n) =>
      repeated('$$net_{h1} &= (w_{h1.i1} * i_1) + (w_{h1.i2} * i_2) \\\\ & = (0.5 * 1) + (0.4 * 2)$$ ', n),
  },
  {
    name: 'one long worked sum',
    make: (n) => repeated('(w_{h1.x9} * x_9) + ', n, '$$net_{h1} = ', '(0.5 * 1)$$'),
  },
  { name: 'unclosed titles', make: (n) => repeated('<a title="<img alt=\'', n) },
  { name: 'numbered', make: (n) => repeated('w1 = 0.1, ', n) },
  // Every line a layer label scoping the names under it (layer-labels.ts).
  {
    name: 'layer labels',
    make: (n) => repeated('Weights W1 (input → hidden):\n  w11 = 0.1,  v1 = 0.5\n', n),
  },
  { name: 'comments', make: (n) => repeated('#\n', n, 'lr: 1\n') },
  // Activations in formulas on a layer's weights, and a Chinese page's full-width punctuation and layer words.
  {
    name: 'affine formulas',
    make: (n) => repeated('$h = ReLU(W^{(1)}x + b^{(1)}), \\hat{y} = W_2 h + b_2$ ', n),
  },
  {
    name: 'full-width layer words',
    make: (n) => repeated('隐藏层和输出层（ReLU 激活函数），', n, 'w1 = 1\n'),
  },
  // A numbered weight with its units' arrow on each line (arrow-order.ts).
  { name: 'weight arrows', make: (n) => repeated('| w2 | 0.2 | x2 → h1 |\n', n, 'w1 = 0.1\n') },
  // A net input u1 = w1*x1 + … restated without end (net-inputs.ts looks ahead to the next = only).
  { name: 'net inputs', make: (n) => repeated('u1 = w1*x1 + ', n, 'w1 = 1\n') },
  // Layer formulas in both orders (formula-order.ts: one look for each).
  { name: 'layer formulas', make: (n) => repeated('$W^{(1)} x$ $x W_1$ ', n, 'w1 = 1\n') },
  { name: 'role formulas', make: (n) => repeated('a = sigma(z), H = relu(Z); ', n, 'w1 = 1\n') },
  // Found by the property test below (a random seed): the costliest repeated piece known, ~630 steps a character.
  { name: 'comma, underscore, digit, colon', make: (n) => repeated(',_1:', n) },
];
