// npm run bench:commands — in-process latency of /backprop (parse, compute, text, PNG) through the real dispatcher.
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { createDeps } from '../src/compose.js';
import { configFromEnv } from '../src/config.js';
import { computeTrace } from '../src/core/index.js';
import { loadPreset, parseDefinition } from '../src/definition/index.js';
import { dispatch } from '../src/dispatch/dispatcher.js';
import type { Deps, Request } from '../src/dispatch/types.js';
import { backpropSummary } from '../src/text/backprop-summary.js';
import { walkthrough } from '../src/text/walkthrough.js';

const RUNS = 500;
const WARM_UP = 20;

const silent = { info() {}, warn() {}, error() {} };
const deps: Deps = await createDeps(configFromEnv({}), { log: silent });

/** A 16-16-16 net (three layers of 16 units, 512 weights) written as JSON, the definition form a script would send. */
function sixteenWide(): string {
  let seed = 7;
  const random = () =>
    Number((((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31 - 0.5) / 2).toFixed(3));
  const layers = [16, 16, 16];
  return JSON.stringify({
    layers,
    activations: ['tanh', 'sigmoid'],
    weights: layers
      .slice(1)
      .map((units, l) => Array.from({ length: units }, () => Array.from({ length: layers[l]! }, random))),
    biases: [0.1, 0.2],
    input: Array.from({ length: 16 }, random),
    target: Array.from({ length: 16 }, () => 0.5 + random()),
    loss: 'half_sse',
    learningRate: 0.5,
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function measure(
  label: string,
  work: () => unknown | Promise<unknown>,
): Promise<{ median: number; p99: number }> {
  for (let i = 0; i < WARM_UP; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const result = { median: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99) };
  const ms = (x: number) => `${x.toFixed(2).padStart(7)} ms`;
  console.log(
    `  ${label.padEnd(40)} median ${ms(result.median)}   p95 ${ms(result.p95)}   p99 ${ms(result.p99)}`,
  );
  return result;
}

// Load from other processes shows in p95/p99 on a shared 2-core machine; the line below says how busy it was.
async function bench(
  name: string,
  request: Request,
  parse: () => ReturnType<typeof parseDefinition>,
  targets?: { median: number; p99: number },
) {
  console.log(`\n${name} (${RUNS} runs after ${WARM_UP} warm-up; load average ${loadavg()[0]!.toFixed(1)})`);
  const parsed = parse();
  if (!parsed.ok) throw new Error(`the benchmark network does not parse: ${JSON.stringify(parsed.error)}`);
  const spec = parsed.value.spec;
  const trace = computeTrace(spec);
  await measure('parse (definition → spec)', parse);
  await measure('compute (trace)', () => computeTrace(spec));
  await measure('text (summary + walkthrough)', () => {
    backpropSummary({ trace, precision: 4, locale: 'en', view: 'all' });
    walkthrough(trace, { precision: 4, locale: 'en' });
  });
  await measure('PNG (summary diagram)', () =>
    deps.render.render({ kind: 'diagram', trace, view: 'summary' }),
  );
  const total = await measure('whole command through dispatch()', async () => {
    const reply = await dispatch(request, deps);
    if (reply.kind !== 'ok') throw new Error(reply.text);
  });
  if (targets) {
    const verdict = total.median < targets.median && total.p99 < targets.p99 ? 'met' : 'MISSED';
    console.log(`  targets: median < ${targets.median} ms, p99 < ${targets.p99} ms: ${verdict}`);
  }
}

const user = { id: 'bench' };
await bench(
  '/backprop preset:mazur',
  { command: 'backprop', options: { preset: 'mazur' }, user, locale: 'en' },
  () => loadPreset('mazur'),
  {
    median: 25,
    p99: 60,
  },
);
const text = sixteenWide();
await bench(
  '/backprop <16-16-16 net as JSON>',
  { command: 'backprop', options: {}, text, user, locale: 'en' },
  () => parseDefinition(text),
);
