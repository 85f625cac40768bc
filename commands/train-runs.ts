// Which runs a /train request trains, each with its η and where that η came from, and the lines that say so.
import { resolveSpec, toNetworkSpec, trainingRunsWorkError } from '../src/core/index.js';
import { OPTIMIZERS } from '../src/core/records/optimizer-records.js';
import { runLearningRate, type RunLearningRate } from '../src/core/training/run-learning-rate.js';
import type { NetworkSpec, OptimizerName, ResolvedSpec } from '../src/core/types.js';
import type { ParsedDefinition } from '../src/definition/index.js';
import { readBatch, readOptimizer } from '../src/definition/training-keys.js';
import { fromString } from '../src/definition/source.js';
import type { Locale } from '../src/dispatch/types.js';
import { UserFacingError, type UserError } from '../src/errors.js';
import { t } from '../src/text/i18n.js';

/** The /train options that decide the runs. */
export interface RunOptions {
  preset?: string;
  optimizer?: string;
  epochs?: number;
  lr?: number;
  l2?: number;
  batch?: string;
}

const fail = (errors: UserError[]): never => {
  throw new UserFacingError(errors);
};

/** One run asked for: an optimizer, with its own η when written `adam:0.01`. */
interface Run {
  optimizer: OptimizerName;
  learningRate?: number;
}

/** `sgd,momentum,adam:0.01` → one run each; a word that is no optimizer or η is a located error. */
function runsOf(text: string): Run[] {
  const runs = text
    .split(/[,\s]+/)
    .filter(Boolean)
    .map((word): Run => {
      const [name = '', rate] = word.split(/[:=@]/, 2);
      const read = readOptimizer(fromString(name), name);
      if (!read.ok) return fail(read.error.map((e) => ({ ...e, location: { field: 'optimizer' } })));
      if (rate === undefined) return { optimizer: read.value };
      const learningRate = Number(rate);
      if (rate.trim() === '' || !Number.isFinite(learningRate) || learningRate < 0 || learningRate > 100)
        fail([
          {
            id: 'training.bad_optimizer_lr',
            message: t('en', 'training.bad_optimizer_lr', { text: word, optimizer: read.value }),
            params: { text: word, optimizer: read.value },
            location: { field: 'optimizer' },
          },
        ]);
      return { optimizer: read.value, learningRate };
    });
  // the same optimizer twice only with different η (comparing learning rates)
  const seen = new Set<string>();
  return runs.filter((run) => {
    const key = `${run.optimizer}:${run.learningRate ?? ''}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/** One run as it will train, with where its η came from (the reply says when it was the optimizer's default). */
export interface PlannedRun {
  spec: ResolvedSpec;
  learningRate: RunLearningRate;
}

/** Whether the user wrote the network's η: not a preset's, nor the default a definition that gives none took. */
const rateWrittenByUser = (parsed: ParsedDefinition, opts: RunOptions): boolean =>
  opts.preset === undefined && !parsed.defaultsApplied.includes('learningRate');

/**
 * The optimizer the network's η is meant for: the preset's or definition's own, except the definition language's
 * default η (0.5), which is plain gradient descent's, as in the worked examples, whatever optimizer is named.
 */
const rateOptimizer = (parsed: ParsedDefinition, opts: RunOptions): OptimizerName =>
  opts.preset === undefined && parsed.defaultsApplied.includes('learningRate')
    ? 'sgd'
    : parsed.spec.training!.optimizer;

/** The options override the definition's settings; `optimizer:sgd,momentum,adam` gives one spec each. */
export function plannedRuns(parsed: ParsedDefinition, opts: RunOptions): PlannedRun[] {
  const { spec } = parsed;
  const base: NetworkSpec = toNetworkSpec(spec);
  const runs: Run[] = opts.optimizer ? runsOf(opts.optimizer) : [{ optimizer: spec.training!.optimizer }];
  const batch = opts.batch === undefined ? undefined : readBatch(fromString(opts.batch), opts.batch);
  if (batch && !batch.ok) fail(batch.error.map((e) => ({ ...e, location: { field: 'batch' } })));
  const writtenByUser = rateWrittenByUser(parsed, opts);
  const network = {
    learningRate: spec.learningRate,
    optimizer: rateOptimizer(parsed, opts),
    writtenByUser,
  };
  const planned = runs.map(({ optimizer, learningRate: own }) => {
    const fields: NetworkSpec = { ...base, optimizer };
    // hyper-parameters of another optimizer would be refused: keep only this one's
    for (const name of ['momentum', 'beta1', 'beta2', 'epsilon', 'alpha'] as const) delete fields[name];
    if (optimizer === spec.training!.optimizer) Object.assign(fields, base);
    fields.optimizer = optimizer;
    if (opts.epochs !== undefined) fields.epochs = opts.epochs;
    const learningRate = runLearningRate(optimizer, {
      ...(own !== undefined ? { run: own } : {}),
      ...(opts.lr !== undefined ? { option: opts.lr } : {}),
      network,
    });
    fields.learningRate = learningRate.value;
    if (opts.l2 !== undefined) fields.l2 = opts.l2;
    if (batch?.ok) fields.batchSize = batch.value === 'full' ? spec.training!.data!.length : batch.value;
    const resolved = resolveSpec(fields);
    return resolved.ok ? { spec: resolved.value, learningRate } : fail(resolved.error);
  });
  // every run of the reply counts against the one work cap
  const tooMuch = trainingRunsWorkError(planned.map((run) => run.spec));
  return tooMuch ? fail([tooMuch]) : planned;
}

/** How η sets an optimizer's step, as the notes name it. */
const stepKind = (optimizer: OptimizerName) => OPTIMIZERS[optimizer].stepScale;

/**
 * The lines about η the runs need: which took their optimizer's default because a preset's η does not carry to
 * them, or which were given a definition's η written for an optimizer whose step scales otherwise (with the
 * option that compares at their usual η instead).
 */
export function learningRateNotes(
  runs: PlannedRun[],
  parsed: ParsedDefinition,
  opts: RunOptions,
  locale: Locale,
): string[] {
  const network = parsed.spec;
  const networkOptimizer = rateOptimizer(parsed, opts);
  const namesOf = (chosen: PlannedRun[]) => [...new Set(chosen.map((run) => run.spec.training!.optimizer))];
  const common = {
    lr: String(network.learningRate),
    presetOptimizer: networkOptimizer,
    presetStep: stepKind(networkOptimizer),
    whose: opts.preset !== undefined ? 'preset' : 'default',
  };
  const defaulted = namesOf(runs.filter((run) => run.learningRate.source === 'usual'));
  const carried = namesOf(runs.filter((run) => run.learningRate.usual !== undefined));
  // the option as typed, with each carried-over run at its usual η
  const suggestion = runs
    .map(({ spec, learningRate }) => {
      const optimizer = spec.training!.optimizer;
      if (learningRate.usual !== undefined) return `${optimizer}:${learningRate.usual}`;
      return learningRate.source === 'run' ? `${optimizer}:${learningRate.value}` : optimizer;
    })
    .join(',');
  return [
    ...(defaulted.length > 0
      ? [
          t(locale, 'training.default_lr', {
            ...common,
            optimizers: defaulted.join(', '),
            first: defaulted[0]!,
          }),
        ]
      : []),
    ...(carried.length > 0
      ? [t(locale, 'training.definition_lr', { ...common, optimizers: carried.join(', '), suggestion })]
      : []),
  ];
}
