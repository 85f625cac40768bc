// /train: a network with a data set → training to the last epoch: loss, accuracy or error, final
// weights, the loss curve per epoch (one curve per optimizer asked for) and, for 2 inputs, the
// decision boundary over training (a strip of epochs) or before and after.
import { z } from 'zod';
import { computeTrace, hasNoBiases, OPTIMIZER_NAMES, unitName, boundaryGridSide } from '../src/core/index.js';
import { hiddenActivations } from '../src/core/training/hidden-activations.js';
import { classOf, planeAround, predictionGrid } from '../src/core/training/prediction-grid.js';
import type { ResolvedSpec, Trace } from '../src/core/types.js';
import {
  describePreset,
  presetNamesStartingWith,
  presetText,
  resolveNetworkInput,
} from '../src/definition/index.js';
import { defineCommand, LANG_OPTION_HELP } from '../src/dispatch/define-command.js';
import type { Locale, Reply, ReplyImage } from '../src/dispatch/types.js';
import { UserFacingError, type UserError } from '../src/errors.js';
import type { BoundaryRequest, HeatmapRequest, PlotRequest, Theme } from '../src/render/types.js';
import { t } from '../src/text/i18n.js';
import { formatNumber } from '../src/text/number-format.js';
import { trainInteractions } from './interactions/train.js';
import { learningRateNotes, plannedRuns, type PlannedRun } from './train-runs.js';

const options = z.object({
  definition: z.string().max(6000).optional(),
  preset: z.string().max(60).optional(),
  epochs: z.int().min(1).max(100000).optional(),
  batch: z.string().max(30).optional(),
  optimizer: z.string().max(80).optional(),
  lr: z.number().min(0).max(100).optional(),
  l2: z.number().min(0).max(100).optional(),
  precision: z.int().min(1).max(10).default(4),
  lang: z.enum(['en', 'fa']).optional(),
  theme: z.enum(['dark', 'light']).default('dark'),
  boundary: z.enum(['strip', 'ends']).default('strip'),
});

let dataSetPresets: Set<string> | undefined;

/** Presets with a `data:` set (read once: autocomplete runs on every keystroke); /train refuses the others. */
function dataSetPresetsStartingWith(partial: string): string[] {
  dataSetPresets ??= new Set(
    presetNamesStartingWith('').filter((name) =>
      (presetText(name) ?? '').split('\n').some((line) => /^data\s*:/i.test(line.trim())),
    ),
  );
  return presetNamesStartingWith(partial.trim()).filter((name) => dataSetPresets!.has(name));
}

/** Completes the last optimizer of a list being typed (`sgd,mo` → `sgd,momentum`), keeping those before it. */
function optimizerSuggestions(partial: string): string[] {
  const words = partial.toLowerCase().split(/[,\s]+/);
  const last = words.pop()!;
  const before = words.filter(Boolean);
  return OPTIMIZER_NAMES.filter((name) => name.startsWith(last) && !before.includes(name)).map((name) =>
    [...before, name].join(','),
  );
}

const fail = (errors: UserError[]): never => {
  throw new UserFacingError(errors);
};

const isClassification = (spec: ResolvedSpec) =>
  spec.loss === 'bce' ||
  spec.loss === 'cross_entropy' ||
  ['sigmoid', 'softmax'].includes(spec.activations.at(-1)!);

function quality(trace: Trace, locale: Locale, precision: number): string {
  const { spec } = trace;
  const data = spec.training!.data!;
  const predictions = trace.predictions!;
  if (isClassification(spec)) {
    const correct = data.filter((s, k) => classOf(s.target) === classOf(predictions[k]!)).length;
    const percent = formatNumber((100 * correct) / data.length, 1);
    const accuracy = t(locale, 'training.accuracy', { correct, samples: data.length, percent });
    return correct === data.length ? `${accuracy}: ${t(locale, 'training.learned')}` : accuracy;
  }
  let total = 0;
  let largest = 0;
  let count = 0;
  data.forEach((s, k) =>
    s.target.forEach((target, j) => {
      const error = Math.abs(target - predictions[k]![j]!);
      total += error;
      largest = Math.max(largest, error);
      count++;
    }),
  );
  return t(locale, 'training.error', {
    mae: formatNumber(total / count, precision),
    max: formatNumber(largest, precision),
  });
}

function finalWeights(trace: Trace, precision: number, locale: Locale): string {
  const n = (x: number) => formatNumber(x, precision);
  // A network without biases lists no "b = 0" that never moved: it says it has none.
  const noBiases = hasNoBiases(trace.spec);
  const lines = trace.finalWeights!.map((W, l) => {
    const bias = trace.finalBiases![l]!;
    const b = typeof bias === 'number' ? n(bias) : `[${bias.map(n).join(', ')}]`;
    const weights = `W${l + 1} = [${W.map((row) => `[${row.map(n).join(', ')}]`).join(', ')}]`;
    return noBiases ? weights : `${weights}  b${l + 1} = ${b}`;
  });
  const block = '```\n' + lines.join('\n') + '\n```';
  return noBiases ? `${block}\n${t(locale, 'commands.backprop_no_biases')}` : block;
}

function lossCurves(traces: Trace[], runs: PlannedRun[], locale: Locale, theme: Theme): PlotRequest {
  const all = traces.flatMap((trace) => trace.lossHistory!);
  const positive = all.every((e) => e > 0);
  return {
    kind: 'plot',
    chart: 'line',
    title: t(locale, 'training.curve.title'),
    xLabel: t(locale, 'training.curve.x'),
    yLabel: t(locale, 'training.curve.y'),
    series: traces.map((trace, k) => ({
      label: t(locale, 'training.curve.series', {
        optimizer: trace.spec.training!.optimizer,
        lr: String(trace.spec.learningRate),
        isDefault: runs[k]!.learningRate.source === 'usual' ? 'yes' : '',
      }),
      x: trace.lossHistory!.map((_, k) => k + 1),
      y: trace.lossHistory!,
    })),
    logY: positive && Math.max(...all) / Math.min(...all) > 100,
    theme,
    locale,
  };
}

/** The panel title of the parameters after `epoch` epochs. */
function epochTitle(epoch: number, locale: Locale): string {
  return epoch === 0
    ? t(locale, 'training.boundary.initial')
    : t(locale, 'training.boundary.after', { epochs: epoch });
}

/**
 * The decision boundary as training went: a strip at 0, ¼, ½, ¾ and all of the epochs, or (`ends`)
 * only before and after, larger.
 */
function boundary(trace: Trace, locale: Locale, theme: Theme, shape: 'strip' | 'ends'): BoundaryRequest {
  const { spec } = trace;
  const data = spec.training!.data!;
  const plane = planeAround(data.map((s) => s.input));
  const outputs = spec.layers.at(-1)!;
  const all = trace.epochSnapshots!;
  const snapshots = shape === 'strip' || all.length < 2 ? all : [all[0]!, all.at(-1)!];
  const side = boundaryGridSide(spec.layers, snapshots.length);
  const GRID = { columns: side, rows: side };
  return {
    kind: 'boundary',
    title: `${t(locale, shape === 'strip' ? 'training.boundary.strip_title' : 'training.boundary.title')} · ${spec.training!.optimizer}`,
    panels: snapshots.map((snapshot) => ({
      title: epochTitle(snapshot.epoch, locale),
      grid: predictionGrid(spec, snapshot, plane, GRID),
    })),
    x: plane.x,
    y: plane.y,
    xLabel: 'x1',
    yLabel: 'x2',
    samples: data.map((s) => ({ x: s.input[0]!, y: s.input[1]!, cls: classOf(s.target) })),
    classCount: outputs === 1 ? 2 : outputs,
    theme,
    locale,
  };
}

/** With other than 2 inputs: each sample's activations in the last hidden layer after training. */
function heatmap(trace: Trace, locale: Locale, theme: Theme): HeatmapRequest | undefined {
  const { spec } = trace;
  const values = hiddenActivations(spec, { weights: trace.finalWeights!, biases: trace.finalBiases! });
  if (!values) return undefined;
  const layerCount = spec.layers.length;
  return {
    kind: 'heatmap',
    title: t(locale, 'training.heatmap.title'),
    subtitle: t(locale, 'training.heatmap.subtitle', {
      optimizer: spec.training!.optimizer,
      epochs: spec.training!.epochs,
    }),
    rowLabels: values.map((_row, s) => String(s + 1)),
    columnLabels: values[0]!.map((_v, j) => unitName(layerCount - 2, j, layerCount)),
    values,
    caption: t(locale, 'training.heatmap.caption'),
    theme,
    locale,
  };
}

export default defineCommand({
  name: 'train',
  description: {
    en: 'Train a network on a data set: loss curve per epoch, accuracy or error, final weights, decision boundary.',
    fa: 'آموزش شبکه روی یک مجموعه‌داده: نمودار خطا در هر دوره، دقت یا خطا، وزن‌های نهایی و مرز تصمیم.',
  },
  options,
  optionText: {
    definition: {
      en: 'The network with `data:` rows such as `0 1 -> 1` (key: value lines, one line, or JSON).',
      fa: 'شبکه با سطرهای `data:` مانند `0 1 -> 1` (سطرهای key: value، یک سطر یا JSON).',
    },
    preset: {
      en: 'A built-in data set and network: xor, and, or, moons, blobs-3class, line.',
      fa: 'یک مجموعه‌داده و شبکهٔ آماده: xor، and، or، moons، blobs-3class، line.',
    },
    epochs: { en: 'Passes over the data set.', fa: 'تعداد گذرها روی داده‌ها (دوره).' },
    batch: {
      en: 'full (all samples per step), online (one), or a number: mini-batch size.',
      fa: 'full (همهٔ نمونه‌ها در هر گام)، online (یکی) یا یک عدد: اندازهٔ دسته.',
    },
    optimizer: {
      en: 'sgd, momentum, nesterov, adam or rmsprop; several (sgd,momentum,adam:0.05) compare their loss curves; name:η gives one its own η.',
      fa: 'sgd، momentum، nesterov، adam یا rmsprop؛ چند تا (sgd,momentum,adam:0.05) نمودار خطایشان را مقایسه می‌کند؛ name:η به یکی η جدا می‌دهد.',
    },
    lr: { en: 'Learning rate η.', fa: 'نرخ یادگیری η.' },
    l2: { en: 'L2 penalty λ (weight decay).', fa: 'ضریب منظم‌سازی L2 (λ).' },
    precision: { en: 'Decimals shown (default 4).', fa: 'تعداد رقم اعشار (پیش‌فرض ۴).' },
    lang: LANG_OPTION_HELP,
    theme: {
      en: 'Colours of the pictures: dark (default) or light.',
      fa: 'رنگ‌بندی تصویرها: dark (تیره) یا light (روشن).',
    },
    boundary: {
      en: 'Decision boundary (2 inputs): strip (default: at 0, ¼, ½, ¾ and all epochs) or ends (before and after, larger).',
      fa: 'مرز تصمیم (۲ ورودی): strip (پیش‌فرض: در دوره‌های ۰، ¼، ½، ¾ و پایان) یا ends (پیش و پس از آموزش، بزرگ‌تر).',
    },
  },
  firstOption: 'definition',
  interactions: trainInteractions,
  suggest: {
    preset: dataSetPresetsStartingWith,
    optimizer: optimizerSuggestions,
    batch: (partial) =>
      ['full', 'online', '2', '4', '8'].filter((word) => word.startsWith(partial.toLowerCase())),
  },
  describeChoice: { preset: describePreset },
  examples: [
    '/train preset:xor',
    '/train preset:moons optimizer:sgd,momentum,adam lang:fa',
    '/train preset:line epochs:50 lr:0.05',
  ],
  async run(request, deps): Promise<Reply> {
    const opts = request.options;
    const locale = request.locale;
    const network = resolveNetworkInput(
      { preset: opts.preset, definition: opts.definition, text: request.text },
      { both: 'training.both', none: 'training.none' },
    );
    if (!network.ok) fail(network.error);
    const parsed = network.ok ? network.value : undefined;
    if (!parsed!.spec.training?.data)
      fail([{ id: 'training.no_data', message: t('en', 'training.no_data') }]);
    const runs = plannedRuns(parsed!, opts);
    const traces = runs.map((run) => computeTrace(run.spec));
    const first = traces[0]!;
    const training = first.spec.training!;
    const n = (x: number) => formatNumber(x, opts.precision);
    const lines = [
      `## ${t(locale, 'training.title')}${first.spec.name ? ` · ${first.spec.name}` : ''}`,
      t(locale, 'training.setup', {
        samples: training.data!.length,
        epochs: training.epochs,
        batch: training.batchSize,
        // one η for all runs in the setup line; differing ones only in each run's line
        lr: traces.every((trace) => trace.spec.learningRate === first.spec.learningRate)
          ? String(first.spec.learningRate)
          : '',
        l2: training.l2 ? String(training.l2) : '',
        reduction: training.reduction,
      }),
      '',
      ...traces.map((trace, k) => {
        const diverged = trace.numericIssues.find((issue) => issue.id === 'training_diverged');
        return t(locale, 'training.result', {
          optimizer: trace.spec.training!.optimizer,
          lr: String(trace.spec.learningRate),
          isDefault: runs[k]!.learningRate.source === 'usual' ? 'yes' : '',
          first: n(trace.loss),
          final: n(trace.finalLoss!),
          quality: diverged
            ? t(locale, 'training.diverged', { epoch: diverged.step ?? '?' })
            : quality(trace, locale, opts.precision),
        });
      }),
      ...learningRateNotes(runs, parsed!, opts, locale),
      '',
      `**${t(locale, 'training.final_weights')}** (${first.spec.training!.optimizer})`,
      finalWeights(first, opts.precision, locale),
    ];
    const inputs = first.spec.layers[0]!;
    const requests: { name: string; request: PlotRequest | BoundaryRequest | HeatmapRequest }[] = [
      { name: 'loss-curve.png', request: lossCurves(traces, runs, locale, opts.theme) },
    ];
    const hidden = inputs === 2 ? undefined : heatmap(first, locale, opts.theme);
    // no snapshot at all only when the very first loss was not finite
    if (inputs === 2 && first.epochSnapshots!.length > 0)
      requests.push({
        name: 'decision-boundary.png',
        request: boundary(first, locale, opts.theme, opts.boundary),
      });
    else if (hidden) requests.push({ name: 'hidden-activations.png', request: hidden });
    if (inputs !== 2)
      lines.push(t(locale, hidden ? 'training.more_inputs' : 'training.no_picture', { inputs }));
    const rendered = await Promise.all(requests.map(({ request: r }) => deps.render.render(r)));
    const images: ReplyImage[] = rendered.map((image, k) => ({
      name: requests[k]!.name,
      png: image.png,
      alt: image.alt,
    }));
    return { text: lines.join('\n'), images, visibility: 'public', kind: 'ok' };
  },
});
