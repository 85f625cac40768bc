// npm run bench:check: how long /check takes to mark real and worst-case answer sheets (target: well under Discord's 3 s).
import { readFileSync } from 'node:fs';
import { checkAnswers } from '../src/check/check-answers.js';
import { resolveSpec, type ResolvedSpec } from '../src/core/index.js';
import { loadPreset } from '../src/definition/index.js';
import { mistakeForms } from '../src/check/mistakes.js';
import { mistakeSheet, networkNamed } from '../test/check/mistake-sheets.js';
import check from '../commands/check.js';
import type { Deps, Request } from '../src/dispatch/types.js';
import { loadCase } from './corpus/cases.js';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function measure(run: () => unknown, rounds: number): number {
  run();
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = process.hrtime.bigint();
    run();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}

function preset(name: string): ResolvedSpec {
  const loaded = loadPreset(name);
  if (!loaded.ok) throw new Error(`no preset ${name}`);
  return loaded.value.spec;
}

/** A dense net of `depth` layers × `width` units (the largest sheets a TA could paste). */
function dense(depth: number, width: number): ResolvedSpec {
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * 2 - 1;
  const layers = new Array<number>(depth).fill(width);
  const resolved = resolveSpec({
    layers,
    activations: [...new Array<string>(depth - 2).fill('tanh'), 'sigmoid'],
    weights: layers
      .slice(1)
      .map((rows, l) =>
        Array.from({ length: rows }, () => Array.from({ length: layers[l]! }, () => random() / 2)),
      ),
    biases: layers.slice(1).map(() => random() / 4),
    input: Array.from({ length: width }, () => random()),
    target: Array.from({ length: width }, () => (random() + 1) / 2),
    loss: 'half_sse',
    learningRate: 0.3,
  });
  if (!resolved.ok) throw new Error('dense net invalid');
  return resolved.value;
}

function row(name: string, spec: ResolvedSpec, sheet: string, rounds: number): void {
  const report = checkAnswers(spec, sheet);
  const ms = measure(() => checkAnswers(spec, sheet), rounds);
  const checked = `${report.rows.length}/${report.rows.length + report.unchecked}`;
  console.log(`${name.padEnd(52)} ${checked.padStart(9)} statements ${ms.toFixed(1).padStart(9)} ms`);
}

console.log(`backprop-tutor /check benchmark · node ${process.version} · median\n`);
const q6 = readFileSync(new URL('../test/fixtures/check/course-q6-answer.txt', import.meta.url), 'utf8');
const mazur = readFileSync(new URL('../test/fixtures/check/mazur-published.txt', import.meta.url), 'utf8');
row("course notes' Q6 answer vs course-q6", preset('course-q6'), q6, 20);
row("classic worked example's numbers vs mazur", preset('mazur'), mazur, 20);
const deepSpec = networkNamed('deep-2-2-3-3');
const deepSheet = mistakeSheet(deepSpec, mistakeForms(deepSpec)[0]!, 'deep-2-2-3-3');
row('generated dE_dout_one sheet, 2-2-3-3 net', deepSpec, deepSheet, 10);
for (const [depth, width] of [
  [4, 6],
  [5, 8],
] as const) {
  const spec = dense(depth, width);
  const sheet = mistakeSheet(spec, mistakeForms(spec)[0]!, `dense ${depth}×${width}`);
  row(`generated dE_dout_one sheet, ${depth} layers × ${width} units`, spec, sheet, 3);
}
// Pathological: 500 wrong numbers on the largest network the core traces quickly; the work budget stops it.
const largest = dense(10, 21);
const wrongSheet = Array.from({ length: 500 }, (_v, k) => `∂E/∂w${k + 1} = 0.123456`).join('\n');
row('500 wrong gradients, 10 layers × 21 units (budget)', largest, wrongSheet, 3);

/** The whole /check command (reading the page, checking, the reply), median of `rounds` runs. */
async function commandRow(name: string, options: Request['options'], rounds: number): Promise<void> {
  const request: Request = { command: 'check', options, user: { id: 'bench' }, locale: 'en' };
  await check.run(request, {} as Deps);
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = process.hrtime.bigint();
    await check.run(request, {} as Deps);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  console.log(`${name.padEnd(62)} ${median(times).toFixed(1).padStart(9)} ms`);
}

// A page whose "MSE" nothing settles is checked twice (½Σ, then (1/n)Σ) to say which the numbers fit.
const sghosh = loadCase('sghosh-single-neuron');
const page = { net: sghosh.setupText, answers: sghosh.solutionText, public: false, hide: false };
await commandRow('/check sghosh page + its solution, "MSE" open (two checks)', page, 20);
await commandRow(
  '/check sghosh page + its solution, mse:half-sum (one check)',
  { ...page, mse: 'half-sum' },
  20,
);
