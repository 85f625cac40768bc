// export:latex on a network with a data set: the key of the data-set first step, every number the trace's.
import { describe, expect, it } from 'vitest';
import backprop from '../../commands/backprop.js';
import { computeTrace, resolveSpec } from '../../src/core/index.js';
import { dispatch } from '../../src/dispatch/dispatcher.js';
import type { Locale } from '../../src/dispatch/types.js';
import { parameterSlots } from '../../src/text/data-walkthrough.js';
import { toLatexMath } from '../../src/text/export-latex.js';
import { displayNumber } from '../../src/text/number-format.js';
import { fakeDeps } from '../dispatch/fakes.js';

/** Adam on mini-batches of 2 with L2: a first step with state (m, v, m̂, v̂) and a penalty term. */
const NETWORK = {
  layers: [2, 2, 1],
  activations: ['tanh', 'sigmoid'],
  loss: 'bce',
  learningRate: 0.05,
  weights: [
    [
      [0.5, -0.4],
      [-0.3, 0.6],
    ],
    [[0.7, -0.5]],
  ],
  biases: [[0.1, -0.1], 0.2],
  optimizer: 'adam',
  batchSize: 2,
  l2: 0.01,
  epochs: 3,
  data: [
    { input: [0, 1], target: [1] },
    { input: [1, 0], target: [1] },
    { input: [1, 1], target: [0] },
    { input: [0, 0], target: [0] },
  ],
};

async function answerKey(locale: Locale, definition: unknown): Promise<string> {
  const reply = await dispatch(
    {
      command: 'backprop',
      options: { definition: JSON.stringify(definition), export: 'latex', lang: locale },
      user: { id: 'ta' },
      locale,
    },
    fakeDeps([]),
    { commands: [backprop] },
  );
  expect(reply.kind).toBe('ok');
  const file = reply.files?.find(
    (f) => f.name === (locale === 'fa' ? 'answer-key-fa.tex' : 'answer-key.tex'),
  );
  expect(file).toBeDefined();
  return file!.content;
}

/** The display-math line of the key that starts with `start` (after `\[ `). */
function line(tex: string, start: string): string {
  const found = tex.split('\n').find((l) => l.startsWith(`\\[ ${start}`));
  if (!found) throw new Error(`no line \\[ ${start}`);
  return found;
}

const L = (x: number) => toLatexMath(displayNumber(x, 4));

describe('export:latex on a data set', () => {
  const resolved = resolveSpec(NETWORK);
  if (!resolved.ok) throw new Error(JSON.stringify(resolved.error));
  const trace = computeTrace(resolved.value);
  const slots = parameterSlots(trace);
  const batch = trace.firstBatch!;

  for (const locale of ['en', 'fa'] as const)
    it(`writes the first step on the batch, every number the trace's (${locale})`, async () => {
      const tex = await answerKey(locale, NETWORK);
      // the data-set walkthrough, not the one-sample one
      expect(tex).toContain(locale === 'en' ? 'on a data set: the first step' : 'روی یک مجموعه‌داده');
      expect(tex).not.toContain(locale === 'en' ? 'step by step' : 'گام به گام');
      if (locale === 'fa') expect(tex).toContain('\\usepackage{xepersian}');
      batch.indices.forEach((s, k) => {
        expect(line(tex, `E_{${s + 1}} = `)).toContain(`= ${L(trace.samples![s]!.loss)} \\]`);
        const own = batch.sampleGradients[k]!;
        for (const slot of slots)
          expect(line(tex, `\\partial E_{${s + 1}}/\\partial ${toLatexMath(slot.name)} =`)).toMatch(
            new RegExp(`= ${escape(L(slot.pick(own.gradWeights, own.gradBiases)))} \\\\\\]$`),
          );
      });
      for (const slot of slots) {
        const name = toLatexMath(slot.name);
        // the batch gradient: the mean of the two samples' plus λw
        expect(line(tex, `\\partial E/\\partial ${name} =`)).toMatch(
          new RegExp(`= ${escape(L(slot.pick(trace.gradWeights, trace.gradBiases)))} \\\\\\]$`),
        );
        // the optimizer's state after the step, and the parameter before → after
        const state = line(tex, `${name}\\colon`);
        for (const snapshot of trace.optimizerState!)
          expect(state).toContain(
            `${toLatexMath(snapshot.name)} = ${L(slot.pick(snapshot.weights, snapshot.biases))}`,
          );
        expect(state).toMatch(
          new RegExp(`\\\\to ${escape(L(slot.pick(trace.updatedWeights, trace.updatedBiases)))} \\\\\\]$`),
        );
      }
      expect(trace.optimizerState!.map((s) => s.name)).toEqual(['m', 'v', 'm̂', 'v̂']);
      expect(line(tex, 'E = ')).toContain(`E = ${L(trace.lossAfterStep)}`);
      expect(line(tex, '\\eta = 0.05, \\beta _{1} = 0.9')).toContain('\\varepsilon');
    });
});

function escape(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}
