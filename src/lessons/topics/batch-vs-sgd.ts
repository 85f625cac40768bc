// batch-vs-sgd: the moons data trained three ways by the core (full batch, mini-batch, online), loss per epoch and per update.
import type { FigureRequest, PlotRequest } from '../../render/types.js';
import { lessonNumber, type LessonParameters, type LessonValues } from '../lesson-values.js';
import { observedRun, presetWithData, runCache, withSettings, type ObservedRun } from './training-runs.js';
import { type FigureContext, figureLabel } from '../figure-context.js';

/** The data set of the lesson: 32 samples, a 2-8-1 tanh/sigmoid net, cross-entropy (the `moons` preset). */
export const BATCH_PRESET = 'moons';

export interface BatchComparison {
  samples: number;
  epochs: number;
  /** Full batch, the user's mini-batch, online: in that order. */
  runs: { batchSize: number; run: ObservedRun }[];
}

const cached = runCache<BatchComparison>();

/** One run per batch size, all with plain SGD from the same initial weights, data order and η. */
export function batchComparison(p: LessonParameters): BatchComparison {
  const lr = p.lr!;
  const epochs = p.epochs!;
  const batch = p.batch!;
  return cached(`${lr}:${epochs}:${batch}`, () => {
    const spec = presetWithData(BATCH_PRESET);
    const samples = spec.training!.data!.length;
    const runs = [samples, batch, 1].map((batchSize) => ({
      batchSize,
      // the per-update panel shows as many updates as the full batch makes: one per epoch
      run: observedRun(
        withSettings(spec, { learningRate: lr, training: { optimizer: 'sgd', epochs, batchSize } }),
        { lossUpdates: epochs },
      ),
    }));
    return { samples, epochs, runs };
  });
}

/** The updates among the first `epochs` that made the data-set loss larger than the update before. */
export function updatesThatRaisedLoss(run: ObservedRun): number {
  let raised = 0;
  for (let k = 1; k < run.lossPerUpdate.length; k++)
    if (run.lossPerUpdate[k]! > run.lossPerUpdate[k - 1]!) raised++;
  return raised;
}

const lossAtEnd = (run: ObservedRun): number => run.result.finalLoss;

export function batchVsSgdValues(p: LessonParameters): LessonValues {
  const comparison = batchComparison(p);
  const [full, mini, online] = comparison.runs as [
    BatchComparison['runs'][0],
    BatchComparison['runs'][0],
    BatchComparison['runs'][0],
  ];
  const f4 = (x: number) => lessonNumber(x, 4);
  const perEpoch = (batchSize: number) => String(Math.ceil(comparison.samples / batchSize));
  return {
    lr: String(p.lr),
    epochs: String(comparison.epochs),
    samples: String(comparison.samples),
    batch: String(mini.batchSize),
    mini_updates_per_epoch: perEpoch(mini.batchSize),
    full_updates: String(comparison.epochs),
    mini_updates: String(comparison.epochs * Number(perEpoch(mini.batchSize))),
    online_updates: String(comparison.epochs * comparison.samples),
    start_loss: f4(full.run.result.loss),
    full_final: f4(lossAtEnd(full.run)),
    mini_final: f4(lossAtEnd(mini.run)),
    online_final: f4(lossAtEnd(online.run)),
    full_after_updates: f4(full.run.lossPerUpdate.at(-1)!),
    mini_after_updates: f4(mini.run.lossPerUpdate.at(-1)!),
    online_after_updates: f4(online.run.lossPerUpdate.at(-1)!),
    full_raised: String(updatesThatRaisedLoss(full.run)),
    mini_raised: String(updatesThatRaisedLoss(mini.run)),
    online_raised: String(updatesThatRaisedLoss(online.run)),
  };
}

export function batchVsSgdFigure(context: FigureContext): FigureRequest {
  const comparison = batchComparison(context.parameters);
  const names = comparison.runs.map(({ batchSize }) =>
    batchSize === comparison.samples
      ? figureLabel(context, 'full_batch_series', { samples: comparison.samples })
      : batchSize === 1
        ? figureLabel(context, 'online_series')
        : figureLabel(context, 'mini_batch_series', { batch: batchSize }),
  );
  const epochAxis = Array.from({ length: comparison.epochs + 1 }, (_, e) => e);
  const panel = (perUpdate: boolean): PlotRequest => ({
    kind: 'plot',
    chart: 'line',
    title: figureLabel(context, perUpdate ? 'per_update_panel' : 'per_epoch_panel', {
      updates: comparison.epochs,
    }),
    xLabel: figureLabel(context, perUpdate ? 'update' : 'epoch'),
    yLabel: figureLabel(context, 'data_loss'),
    series: comparison.runs.map(({ run }, k) => {
      const y = perUpdate ? run.lossPerUpdate : [...run.result.lossHistory, run.result.finalLoss];
      return { label: names[k]!, x: epochAxis.slice(0, y.length), y, ...(k === 2 ? { dashed: true } : {}) };
    }),
    logY: true,
    theme: context.theme,
    locale: context.locale,
  });
  return {
    kind: 'panels',
    title: figureLabel(context, 'batch_title', {
      samples: comparison.samples,
      lr: String(context.parameters.lr),
    }),
    panels: [panel(false), panel(true)],
    columns: 2,
    theme: context.theme,
    locale: context.locale,
  };
}
