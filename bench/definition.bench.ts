// npm run bench:definition: how long parseDefinition takes per input (issue #3's target: every input under 50 ms).
import fc from 'fast-check';
import {
  formatDefinition,
  formatOneLine,
  listPresets,
  loadPreset,
  parseDefinition,
} from '../src/definition/index.js';

function timeEach(label: string, inputs: string[]): void {
  for (const text of inputs.slice(0, 50)) parseDefinition(text); // warm up
  // CPU time as well as wall time: on a shared, loaded machine the wall clock also counts waiting for a core.
  let maxCpu = 0;
  const times = inputs.map((text) => {
    const cpu = process.cpuUsage();
    const start = performance.now();
    parseDefinition(text);
    const wall = performance.now() - start;
    const used = process.cpuUsage(cpu);
    maxCpu = Math.max(maxCpu, (used.user + used.system) / 1000);
    return wall;
  });
  times.sort((a, b) => a - b);
  const mean = times.reduce((s, t) => s + t, 0) / times.length;
  const median = times[Math.floor(times.length / 2)]!;
  const p99 = times[Math.floor(times.length * 0.99)]!;
  console.log(
    `${label.padEnd(34)} n=${String(inputs.length).padStart(5)}  median ${median.toFixed(3)} ms  mean ${mean.toFixed(3)} ms  p99 ${p99.toFixed(3)} ms  max ${times.at(-1)!.toFixed(3)} ms  max CPU ${maxCpu.toFixed(3)} ms`,
  );
}

const specs = listPresets().map((p) => {
  const result = loadPreset(p.name);
  if (!result.ok) throw new Error(p.name);
  return result.value.spec;
});
const canonical = specs.map((spec) => formatDefinition(spec));
const oneLine = specs.map(formatOneLine);
const numbered =
  'w1=0.15 w2=0.20 w3=0.25 w4=0.30 w5=0.40 w6=0.45 w7=0.50 w8=0.55 b1=0.35 b2=0.60 i1=0.05 i2=0.10 t1=0.01 t2=0.99';
const latex = String.raw`$w_{1} = 0.15$, $w_{2} = 0.20$, $w_3 = 0.25$, $w_4=0.30$ $$w_5 = 0.40,\ w_6 = 0.45,\ w_7 = \frac{1}{2},\ w_8 = 0.55$$ $b_1=0.35$, $b_2 = 0.60$, $i_1 = 0.05$, $i_2 = 0.10$, $t_{1} = 0.01$, $t_2 = 0.99$ \eta = 0.5`;
// The largest accepted input: 8000 characters of expressions.
const huge =
  `input: [${Array.from({ length: 2000 }, (_, k) => `${k}/sqrt(2)`).join(', ')}]`.slice(0, 7999) + ']';
const random = fc.sample(fc.string({ maxLength: 2000 }), { numRuns: 2000, seed: 1 });
const mutated = fc
  .sample(
    fc.tuple(
      fc.constantFrom(...canonical, ...oneLine, numbered, latex),
      fc.nat(),
      fc.string({ maxLength: 3 }),
    ),
    {
      numRuns: 5000,
      seed: 2,
    },
  )
  .map(([text, at, insert]) => text.slice(0, at % text.length) + insert + text.slice((at % text.length) + 1));

timeEach('key: value (presets, canonical)', Array.from({ length: 200 }, () => canonical).flat());
timeEach('one-line (presets)', Array.from({ length: 200 }, () => oneLine).flat());
timeEach('numbered w1..w8', new Array(1000).fill(numbered));
timeEach('LaTeX homework', new Array(1000).fill(latex));
timeEach('8000 chars of expressions', new Array(50).fill(huge));
timeEach('random text (≤ 2000 chars)', random);
timeEach('mutated definitions', mutated);
