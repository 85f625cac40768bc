// npm run bench:training — issue #12's speed targets: XOR 5000 full-batch epochs ≤ 20 ms, 1000 samples ×
// 100 epochs on a 2-8-1 net ≤ 200 ms (in-process), the whole /train reply with its pictures ≤ 80 ms median.
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import backprop from '../commands/backprop.js';
import train from '../commands/train.js';
import { createDeps } from '../src/compose.js';
import { configFromEnv } from '../src/config.js';
import { computeTrace, LIMITS, resolveSpec } from '../src/core/index.js';
import { maxEpochsForRuns, maxRepetitions } from '../src/core/work.js';
import type { ResolvedSpec, Sample } from '../src/core/types.js';
import { DEFINITION_MAX_LENGTH } from '../src/definition/parse.js';
import { formatDefinition, loadPreset } from '../src/definition/index.js';
import { dispatch } from '../src/dispatch/dispatcher.js';
import type { Deps, Request } from '../src/dispatch/types.js';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Median wall time of one call over `rounds` calls after `warmUp` calls, and the mean CPU time per call (steadier
 * than wall time on a shared machine: other processes' load stretches wall time, not this process's CPU time). */
async function measure(
  run: () => unknown,
  rounds: number,
  warmUp: number,
): Promise<{ wall: number; cpu: number }> {
  for (let k = 0; k < warmUp; k++) await run();
  const times: number[] = [];
  const cpu = process.cpuUsage();
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  const used = process.cpuUsage(cpu);
  return { wall: median(times), cpu: (used.user + used.system) / 1000 / rounds };
}

const report = (name: string, { wall, cpu }: { wall: number; cpu: number }, target: number) =>
  console.log(
    `${name.padEnd(52)} ${wall.toFixed(2).padStart(9)} ms   (target ≤ ${target} ms)${wall > target ? '  OVER' : '      '}` +
      `   CPU ${cpu.toFixed(2).padStart(8)} ms per call`,
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

// The work cap (src/core/work.ts) is meant to hold one reply to about a second (the README's Limits): the whole
// command, rendering included, at the cap on the deepest nets allowed (10 layers), thin ones (the per-layer cost
// is largest per weight) and the widest that fits the 4096 weights.
const CAP_TARGET_MS = 1000;

/** A 10-layer tanh net of equal widths with small fixed weights, as definition text (what a user would send). */
function deepNet(width: number, extra: Record<string, unknown>): ResolvedSpec {
  let seed = 5;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * 2 - 1;
  const layers = Array.from({ length: LIMITS.maxLayers }, () => width);
  const resolved = resolveSpec({
    layers,
    activations: 'tanh',
    loss: 'mse',
    learningRate: 0.01,
    updateBiases: true,
    weights: layers
      .slice(1)
      .map((units, l) =>
        Array.from({ length: units }, () =>
          Array.from({ length: layers[l]! }, () => Math.round(random() * 5) / 10),
        ),
      ),
    biases: layers.slice(1).map(() => 0),
    ...extra,
  });
  if (!resolved.ok) throw new Error(JSON.stringify(resolved.error));
  return resolved.value;
}

/** Wall and CPU milliseconds of a command, median of 3 after one warm-up; fails loudly on a refusal. */
async function capCommand(request: Request): Promise<{ wall: number; cpu: number }> {
  const run = async () => {
    const reply = await dispatch(request, deps, { commands: [backprop, train] });
    if (reply.kind !== 'ok') throw new Error(`${request.command} refused: ${reply.text.slice(0, 300)}`);
  };
  await run();
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let r = 0; r < 3; r++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    await run();
    walls.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
  }
  return { wall: median(walls), cpu: median(cpus) };
}

const capReport = (name: string, result: { wall: number; cpu: number }) =>
  console.log(
    `${name.padEnd(64)} ${result.wall.toFixed(0).padStart(6)} ms wall, ${result.cpu.toFixed(0).padStart(5)} ms CPU   (target ≤ ${CAP_TARGET_MS} ms)${result.wall > CAP_TARGET_MS ? '  OVER' : ''}`,
  );

const asText = (spec: ResolvedSpec) => {
  const text = formatDefinition(spec);
  if (text.length > DEFINITION_MAX_LENGTH) throw new Error(`definition of ${text.length} characters`);
  return text;
};

/** The widest 10-layer net whose definition fits the 8000 characters a user may send. */
function widestThatFits(): number {
  for (let width = 21; ; width--) {
    const spec = deepNet(width, { input: Array(width).fill(1), target: Array(width).fill(0), steps: 1 });
    if (formatDefinition(spec).length <= DEFINITION_MAX_LENGTH) return width;
  }
}
const WIDEST = widestThatFits();

console.log(`\nAt the work cap (${LIMITS.maxLayers} layers), the whole reply with its pictures:`);
for (const width of [1, WIDEST]) {
  const oneSample = deepNet(width, {
    input: Array.from({ length: width }, () => 1),
    target: Array.from({ length: width }, () => 0),
    steps: 1,
  });
  const steps = Math.min(LIMITS.maxSteps, maxRepetitions(oneSample));
  const weights = (LIMITS.maxLayers - 1) * width * width;
  capReport(
    `/backprop ${width}-wide (${weights} weights), one sample, ${steps} steps`,
    await capCommand({
      command: 'backprop',
      options: { steps },
      text: asText(oneSample),
      user: { id: 'bench' },
      locale: 'en',
    }),
  );
}
for (const [width, samples, optimizer] of [
  [1, LIMITS.maxSamples, 'sgd'],
  [1, LIMITS.maxSamples, 'sgd,momentum,adam'],
  [WIDEST, 4, 'adam'],
] as const) {
  const data = Array.from({ length: samples }, (_, k) => ({
    input: Array.from({ length: width }, (_, i) => (k + i) % 2),
    target: Array.from({ length: width }, (_, i) => (k + i + 1) % 2),
  }));
  const spec = deepNet(width, { data, epochs: 1, batchSize: Math.min(samples, 50) });
  const runs = optimizer.split(',').map(() => spec);
  const epochs = Math.min(LIMITS.maxEpochs, maxEpochsForRuns(runs));
  capReport(
    `/train ${width}-wide, ${samples} samples × ${epochs} epochs, ${optimizer}`,
    await capCommand({
      command: 'train',
      options: { epochs, optimizer },
      text: asText(spec),
      user: { id: 'bench' },
      locale: 'en',
    }),
  );
}

console.log('\nMeasured on a shared machine, the figures are only as quiet as its load average above.');
process.exit(0);
