// The chat text of /backprop on a data set: the first step in brief (each sample's loss, the largest batch
// gradients, the data-set loss before and after), what /train does, and the walkthrough's file.
import type { Trace } from '../core/types.js';
import type { Locale } from '../dispatch/types.js';
import { parameterSlots } from './data-walkthrough.js';
import { dataWalkthroughWords } from './data-walkthrough-words.js';
import { fitSections, type Section } from './fit-message.js';
import { t } from './i18n.js';
import { CHAT_MESSAGE_LIMIT } from './limits.js';
import { displayNumber } from './number-format.js';
import { plainName } from './plain-name.js';

/** Gradients listed in the message; the walkthrough has them all. */
const LARGEST_SHOWN = 6;

export interface DataStepSummaryInput {
  trace: Trace;
  precision: number;
  locale: Locale;
  /** The network as read, one line (left out when too long). */
  oneLine?: string;
  maxEchoLength: number;
  notes: string[];
  attachments: string[];
  trainCommand: string;
}

export function dataStepSummary(input: DataStepSummaryInput): string {
  const { trace, precision, locale } = input;
  const words = dataWalkthroughWords[locale];
  const f = (x: number) => displayNumber(x, precision);
  const { spec } = trace;
  const training = spec.training!;
  const batch = trace.firstBatch!;
  const sections: Section[] = [];
  const name = spec.name ? ` ${plainName(spec.name)}` : '';
  sections.push({
    lines: [
      `**${words.title}**${name}`,
      words.dataLine({
        samples: training.data!.length,
        batch: training.batchSize,
        reduction: training.reduction,
        optimizer: training.optimizer,
      }),
    ],
    required: true,
    priority: 100,
  });
  if (input.oneLine !== undefined && input.oneLine.length <= input.maxEchoLength)
    sections.push({
      lines: [t(locale, 'commands.backprop_understood'), `\`${input.oneLine.replace(/`/g, "'")}\``],
      priority: 60,
    });
  if (input.notes.length > 0) sections.push({ lines: input.notes.map((note) => `• ${note}`), priority: 90 });
  sections.push({
    lines: [
      `**${words.sampleLosses}**`,
      ...batch.indices.map((s) => `E_${s + 1} = ${f(trace.samples![s]!.loss)}`),
    ],
    droppableRows: true,
    maxRows: 8,
    more: (count) => t(locale, 'commands.backprop_more_rows', { count }),
    priority: 70,
  });
  const largest = parameterSlots(trace)
    .map((slot) => ({ name: slot.name, g: slot.pick(trace.gradWeights, trace.gradBiases) }))
    .sort((a, b) => Math.abs(b.g) - Math.abs(a.g))
    .slice(0, LARGEST_SHOWN);
  sections.push({
    lines: [
      `**${words.largestBatchGradients(training.reduction === 'mean' ? batch.indices.length : 0)}**`,
      ...largest.map(({ name: parameter, g }) => `∂E/∂${parameter} = ${f(g)}`),
    ],
    droppableRows: true,
    priority: 80,
  });
  sections.push({
    lines: [
      `**${words.dataSetLoss}** E = ${f(trace.loss)} → ${f(trace.lossAfterStep)} (${words.afterStep.toLowerCase()})`,
    ],
    required: true,
    priority: 99,
  });
  const perEpoch = Math.ceil(training.data!.length / training.batchSize);
  sections.push({
    lines: [
      words.whatTrainDoes({
        steps: training.epochs * perEpoch,
        epochs: training.epochs,
        perEpoch,
        command: input.trainCommand,
      }),
    ],
    required: true,
    priority: 95,
  });
  if (input.attachments.length > 0)
    sections.push({
      lines: [
        t(locale, 'commands.backprop_attached', {
          files: input.attachments.map((a) => `\`${a}\``).join(', '),
        }),
      ],
      required: true,
      priority: 97,
    });
  return fitSections(sections, CHAT_MESSAGE_LIMIT);
}
