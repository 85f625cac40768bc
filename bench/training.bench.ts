// npm run bench:training — issue #12's speed targets: XOR 5000 full-batch epochs ≤ 20 ms, 1000 samples ×
// 100 epochs on a 2-8-1 net ≤ 200 ms (in-process), the whole /train reply with its pictures ≤ 80 ms median.
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import train from '../commands/train.js';
import { createDeps } from '../src/compose.js';
import { configFromEnv } from '../src/config.js';
import { computeTrace, resolveSpec } from '../src/core/index.js';
import type { ResolvedSpec, Sample } from '../src/core/types.js';
import { loadPreset } from '../src/definition/index.js';
import { dispatch } from '../src/dispatch/dispatcher.js';
import type { Deps, Request } from '../src/dispatch/types.js';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Median wall time of one call over `rounds` calls after `warmUp` calls. */
async function measure(run: () => unknown, rounds: number, warmUp: number): Promise<number> {
  for (let k = 0; k < warmUp; k++) await run();
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return median(times);
}

const report = (name: string, ms: number, target: number) =>
  console.log(
    `${name.padEnd(52)} ${ms.toFixed(2).padStart(9)} ms   (target ≤ ${target} ms)${ms > target ? '  OVER' : ''}`,
  );

const xorPreset = loadPreset('xor');
if (!xorPreset.ok) throw new Error('the xor preset does not parse');
const xor: ResolvedSpec = xorPreset.value.spec;

/** 1000 samples of two noisy clusters on a 2-8-1 sigmoid net, from a fixed seed. */
function thousandSamples(): ResolvedSpec {
  let seed = 11;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * 2 - 1;
  const data: Sample[] = Array.from({ length: 1000 }, (_, k) => {
    const cls = k % 2;
    return { input: [cls + random() * 0.6, cls - random() * 0.6], target: [cls] };
  });
  const resolved = resolveSpec({
    layers: [2, 8, 1],
    activations: ['tanh', 'sigmoid'],
    loss: 'bce',
    weights: [
      Array.from({ length: 8 }, () => [random(), random()]),
      [Array.from({ length: 8 }, () => random() / 2)],
    ],
    biases: [Array.from({ length: 8 }, () => random() / 10), 0],
    data,
    epochs: 100,
    batchSize: 50,
    learningRate: 0.5,
  });
  if (!resolved.ok) throw new Error(JSON.stringify(resolved.error));
  return resolved.value;
}

const silent = { info() {}, warn() {}, error() {} };
const deps: Deps = await createDeps(configFromEnv({}), { log: silent });
const trainXor: Request = {
  command: 'train',
  options: { preset: 'xor' },
  user: { id: 'bench' },
  locale: 'en',
};

console.log(
  `backprop-tutor training benchmark · node ${process.version} · load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')} · median\n`,
);
report('XOR, 4 samples × 5000 full-batch epochs', await measure(() => computeTrace(xor), 30, 5), 20);
const big = thousandSamples();
report('1000 samples × 100 epochs, 2-8-1 net (batch 50)', await measure(() => computeTrace(big), 15, 2), 200);
report(
  '/train preset:xor, whole reply with both PNGs',
  await measure(() => dispatch(trainXor, deps, { commands: [train] }), 30, 5),
  80,
);
console.log('\nMeasured on a shared machine, the figures are only as quiet as its load average above.');
process.exit(0);
