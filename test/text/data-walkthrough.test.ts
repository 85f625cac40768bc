import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeTrace, finiteDifferenceGradients, resolveSpec, toNetworkSpec } from '../../src/core/index.js';
import type { ResolvedSpec, Trace } from '../../src/core/types.js';
import { withoutDirectionMarks } from '../../src/text/bidi.js';
import { dataWalkthrough, parameterSlots } from '../../src/text/data-walkthrough.js';
import { goldenDir } from '../helpers/golden.js';

interface Golden {
  spec: Record<string, unknown>;
  trace: { gradWeights: number[][][]; updatedWeights: number[][][]; loss: number; lossAfterStep: number };
}

function golden(name: string): Golden {
  const read = (file: string) =>
    (JSON.parse(readFileSync(join(goldenDir, file), 'utf8')) as Record<string, unknown>[]).find(
      (entry) => entry.name === name,
    )!;
  return { spec: read('data-specs.json'), trace: read('data-golden.json') as unknown as Golden['trace'] };
}

function traceOf(spec: Record<string, unknown>): Trace {
  const resolved = resolveSpec(spec);
  if (!resolved.ok) throw new Error(JSON.stringify(resolved.error));
  return computeTrace(resolved.value);
}

/** The last number of the walkthrough line that starts with `start`. */
function valueAfter(text: string, start: string): number {
  const line = text.split('\n').find((l) => withoutDirectionMarks(l).startsWith(start));
  if (!line) throw new Error(`no line starting ${start}`);
  return Number(/(-?[\d.]+(?:e-?\d+)?)\s*$/.exec(withoutDirectionMarks(line))![1]);
}

const close = (printed: number, exact: number) =>
  expect(Math.abs(printed - exact)).toBeLessThanOrEqual(Math.abs(exact) * 5e-4 + 5e-5);

describe('the walkthrough of the first step on a data set', () => {
  it("prints XOR's batch gradient and update as torch.optim computed them (golden xor-batch-1)", () => {
    const { spec, trace: expected } = golden('xor-batch-1');
    const text = dataWalkthrough(traceOf(spec), { precision: 6 });
    close(valueAfter(text, '∂E/∂w1 = '), expected.gradWeights[0]![0]![0]!);
    close(valueAfter(text, '∂E/∂w6 = '), expected.gradWeights[1]![0]![1]!);
    close(valueAfter(text, 'w5+ = '), expected.updatedWeights[1]![0]![0]!);
    expect(text).toContain(`E = ${expected.lossAfterStep.toFixed(6)}`);
  });

  it("each sample's own gradient is its loss's central finite difference, and the batch gradient their mean", () => {
    for (const name of ['xor-batch-1', 'xor-online-momentum']) {
      const trace = traceOf(golden(name).spec);
      const spec = trace.spec;
      const batch = trace.firstBatch!;
      const slots = parameterSlots(trace);
      batch.indices.forEach((s, k) => {
        const alone = resolveSpec({
          ...toNetworkSpec(spec),
          data: [spec.training!.data![s]!],
          batchSize: 1,
          optimizer: 'sgd',
          momentum: undefined,
        });
        if (!alone.ok) throw new Error(JSON.stringify(alone.error));
        const numerical = finiteDifferenceGradients(alone.value as ResolvedSpec);
        const own = batch.sampleGradients[k]!;
        for (const slot of slots) {
          const exact = slot.pick(own.gradWeights, own.gradBiases);
          const approx = slot.pick(numerical.gradWeights, numerical.gradBiases);
          expect(Math.abs(exact - approx)).toBeLessThan(1e-7);
        }
      });
      for (const slot of slots) {
        const mean =
          batch.sampleGradients.reduce((sum, own) => sum + slot.pick(own.gradWeights, own.gradBiases), 0) /
          batch.indices.length;
        expect(slot.pick(trace.gradWeights, trace.gradBiases)).toBeCloseTo(mean, 12);
      }
    }
  });

  it("shows momentum's velocity (v = g on the first step) and online batches of one sample", () => {
    const { spec, trace: expected } = golden('xor-online-momentum');
    const text = dataWalkthrough(traceOf(spec), { precision: 6 });
    expect(text).toContain('sample 1 of 4');
    const line = text.split('\n').find((l) => l.startsWith('w5: '))!;
    const g = Number(/g = (-?[\d.]+)/.exec(line)![1]);
    const v = Number(/v = (-?[\d.]+)/.exec(line)![1]);
    expect(v).toBe(g);
    close(Number(/→ (-?[\d.]+)/.exec(line)![1]), expected.updatedWeights[1]![0]![0]!);
    expect(text).toContain('the first of 800 steps (200 epochs × 4 batches per epoch)');
  });

  it("names Adam's m, v, m̂ and v̂, and reads in Persian with the same numbers", () => {
    const spec = { ...golden('xor-batch-1').spec, optimizer: 'adam', learningRate: 0.1 };
    const en = dataWalkthrough(traceOf(spec), { locale: 'en' });
    const fa = withoutDirectionMarks(dataWalkthrough(traceOf(spec), { locale: 'fa' }));
    for (const name of ['m = ', 'v = ', 'm̂ = ', 'v̂ = ']) expect(en).toContain(name);
    expect(fa).toContain('گرادیان دسته');
    expect(fa).toContain('نمونهٔ 1');
    const formulas = (text: string) => text.split('\n').filter((l) => l.startsWith('∂E/∂'));
    expect(formulas(fa)).toEqual(formulas(en));
  });
});
