// npm run bench: the core's speed on the cases issue #2 names (targets: 20 µs, 50 ms, 5 ms).
import { computeTrace } from '../src/core/index.js';
import { loadPreset } from '../src/definition/index.js';
import type { ResolvedSpec } from '../src/core/types.js';

const classic = loadPreset('mazur');
if (!classic.ok) throw new Error('the mazur preset does not parse');
const mazur: ResolvedSpec = classic.value.spec;

/** A deterministic dense net: `depth` layers of `width` units, tanh hidden, sigmoid output. */
function denseNet(depth: number, width: number): ResolvedSpec {
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * 2 - 1;
  const layers = new Array<number>(depth).fill(width);
  return {
    layers,
    activations: [...new Array<'tanh'>(depth - 2).fill('tanh'), 'sigmoid'],
    weights: layers
      .slice(1)
      .map((rows, l) =>
        Array.from({ length: rows }, () =>
          Array.from({ length: layers[l]! }, () => random() / Math.sqrt(width)),
        ),
      ),
    biases: layers.slice(1).map((rows) => Array.from({ length: rows }, () => random() * 0.1)),
    input: Array.from({ length: width }, () => random()),
    target: Array.from({ length: width }, () => (random() + 1) / 2),
    loss: 'mse',
    learningRate: 0.1,
    updateBiases: true,
    steps: 1,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Median wall time of one call, measured over `rounds` rounds of `perRound` calls after a warm-up. */
function measure(run: () => unknown, rounds: number, perRound: number): number {
  for (let k = 0; k < perRound * 2; k++) run();
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = process.hrtime.bigint();
    for (let k = 0; k < perRound; k++) run();
    times.push(Number(process.hrtime.bigint() - start) / 1e6 / perRound);
  }
  return median(times);
}

const report = (name: string, ms: number, target: string, unit: 'µs' | 'ms') => {
  const value = unit === 'µs' ? ms * 1000 : ms;
  console.log(
    `${name.padEnd(48)} ${value.toFixed(unit === 'µs' ? 2 : 3).padStart(10)} ${unit}   (target ${target})`,
  );
};

console.log(`backprop-tutor core benchmark · node ${process.version} · median of rounds\n`);
report(
  'trace, classic 2-2-2 net',
  measure(() => computeTrace(mazur), 30, 5000),
  '< 20 µs',
  'µs',
);
report(
  '10000 training steps, classic net',
  measure(() => computeTrace({ ...mazur, steps: 10000 }), 15, 1),
  '< 50 ms',
  'ms',
);
const deep = denseNet(10, 64);
const largestAllowed = denseNet(10, 21);
report(
  'trace, 10 layers × 64 units (36864 weights)',
  measure(() => computeTrace(deep), 15, 5),
  '< 5 ms',
  'ms',
);
report(
  'trace, largest allowed: 10 layers × 21 units',
  measure(() => computeTrace(largestAllowed), 15, 20),
  '(3969 weights)',
  'ms',
);
console.log(
  '\nThe 10 × 64 net has more weights than the spec limit (4096); it is computed directly, bypassing validation.',
);
