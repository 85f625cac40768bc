// batch-vs-sgd: the lesson's curves and numbers are the core's training runs of the moons data, three batch sizes.
import { describe, expect, it } from 'vitest';
import { computeTrace, resolveSpec, toNetworkSpec } from '../../../src/core/index.js';
import { buildLesson, lessonTopics } from '../../../src/lessons/index.js';
import { buildFigure } from '../../../src/lessons/figures.js';
import { lessonValues } from '../../../src/lessons/lesson-values.js';
import {
  BATCH_PRESET,
  batchComparison,
  updatesThatRaisedLoss,
} from '../../../src/lessons/topics/batch-vs-sgd.js';
import { presetWithData } from '../../../src/lessons/topics/training-runs.js';
import type { PanelsRequest } from '../../../src/render/types.js';

const DEFAULTS = { lr: 0.5, epochs: 100, batch: 8 };

/** The same run through the public route a /train reply takes: a spec resolved and traced by the core. */
function tracedRun(batchSize: number, p: typeof DEFAULTS) {
  const { beta1: _b1, beta2: _b2, epsilon: _e, ...spec } = toNetworkSpec(presetWithData(BATCH_PRESET));
  const resolved = resolveSpec({
    ...spec,
    optimizer: 'sgd',
    learningRate: p.lr,
    epochs: p.epochs,
    batchSize,
  });
  if (!resolved.ok) throw new Error(JSON.stringify(resolved.error));
  return computeTrace(resolved.value);
}

describe('batch-vs-sgd', () => {
  it('trains full batch, the mini-batch and online exactly as the core’s trace does', () => {
    const comparison = batchComparison(DEFAULTS);
    expect(comparison.runs.map((r) => r.batchSize)).toEqual([32, 8, 1]);
    for (const { batchSize, run } of comparison.runs) {
      const trace = tracedRun(batchSize, DEFAULTS);
      expect(run.result.lossHistory).toEqual(trace.lossHistory);
      expect(run.result.finalLoss).toBe(trace.finalLoss);
    }
  });

  it('measures the loss after each update: one update per epoch for the full batch, 32 online', () => {
    const { runs } = batchComparison(DEFAULTS);
    const [full, , online] = runs;
    expect(full!.run.lossPerUpdate).toHaveLength(DEFAULTS.epochs + 1);
    // full batch: the loss after update e is the loss epoch e starts from
    full!.run.lossPerUpdate
      .slice(0, -1)
      .forEach((loss, e) => expect(loss).toBe(full!.run.result.lossHistory[e]));
    // online: after 32 updates one epoch is done
    expect(online!.run.lossPerUpdate[32]).toBe(online!.run.result.lossHistory[1]);
    expect(online!.run.lossPerUpdate[64]).toBe(online!.run.result.lossHistory[2]);
  });

  it('quotes the counts of updates (⌈N/|B|⌉ per epoch) and the runs’ losses', () => {
    const values = lessonValues('batch-vs-sgd', { lr: 0.5, epochs: 100, batch: 12 });
    expect(values).toMatchObject({
      samples: '32',
      mini_updates_per_epoch: '3', // ⌈32/12⌉
      full_updates: '100',
      mini_updates: '300',
      online_updates: '3200',
    });
    const { runs } = batchComparison(DEFAULTS);
    const defaults = lessonValues('batch-vs-sgd', DEFAULTS);
    expect(Number(defaults.full_final)).toBeCloseTo(runs[0]!.run.result.finalLoss, 4);
    expect(Number(defaults.online_final)).toBeCloseTo(runs[2]!.run.result.finalLoss, 6);
    expect(defaults.online_raised).toBe(String(updatesThatRaisedLoss(runs[2]!.run)));
    // the noise the lesson points at: online raises the loss often, the full batch does not here
    expect(defaults.full_raised).toBe('0');
    expect(Number(defaults.online_raised)).toBeGreaterThan(10);
  });

  it('draws the same runs: per epoch on one panel, the first updates on the other, in both languages', () => {
    const { runs } = batchComparison(DEFAULTS);
    for (const locale of ['en', 'fa'] as const) {
      const figure = buildFigure('batch-vs-sgd-curves', DEFAULTS, locale, 'dark') as PanelsRequest;
      const [perEpoch, perUpdate] = figure.panels;
      expect(perEpoch!.series.map((s) => s.y.at(-1))).toEqual(runs.map((r) => r.run.result.finalLoss));
      expect(perUpdate!.series.map((s) => s.y)).toEqual(runs.map((r) => r.run.lossPerUpdate));
      expect(perUpdate!.series[2]!.x).toEqual(Array.from({ length: 101 }, (_, k) => k));
    }
  });

  it('states the numbers in the text of both languages', () => {
    const topic = lessonTopics().find((t) => t.id === 'batch-vs-sgd')!;
    const values = lessonValues('batch-vs-sgd', DEFAULTS);
    for (const locale of ['en', 'fa'] as const) {
      const text = buildLesson(topic, locale, DEFAULTS, 'dark').text;
      for (const name of ['full_final', 'mini_final', 'online_final', 'online_after_updates'] as const)
        expect(text).toContain(`\`${values[name]}\``);
    }
  });
});
