// The /backprop reply text: the network as understood, outputs, loss, largest gradients, updated weights,
// built from sections so it fits one chat message by construction.
import { connectionName } from '../core/naming.js';
import { hasNoBiases } from '../core/no-biases.js';
import type { LayerBias, NumericIssue, Trace } from '../core/types.js';
import type { Locale } from '../dispatch/types.js';
import { fitSections, type Section } from './fit-message.js';
import { ltr, t } from './i18n.js';
import { describeNumericIssue } from './numeric-issue.js';
import { CHAT_MESSAGE_LIMIT } from './limits.js';
import { activationTitle, formatGiven, lossTitle } from './notation.js';
import { notationFor, type Notation, type NotationName } from './notations.js';
import { withPageNames, type PageParameterName } from './page-notation.js';
import { displayNumber } from './number-format.js';
import { plainName, withoutHiddenCharacters } from './plain-name.js';

export type BackpropView = 'forward' | 'backward' | 'update' | 'all';

export interface SummaryInput {
  trace: Trace;
  precision: number;
  locale: Locale;
  view: BackpropView;
  /** The canonical one-line definition of the network computed (echoed so the user sees what was understood). */
  oneLine?: string;
  /** Defaults the definition did not state and we filled in, e.g. "activation sigmoid". */
  defaultsApplied?: string[];
  /** Notes of the definition parser (conventions it assumed). */
  notes?: string[];
  /** Names of the attached files the footer points to. */
  attachments?: string[];
  limit?: number;
  /** The names written for units, δ, weights and biases (default: classic). */
  notation?: NotationName;
  /** A pasted page's names for the weights and biases it named (ours for the rest). */
  pageNames?: readonly PageParameterName[];
}

/** Longer one-line definitions are not echoed in the message (the attached file has them). */
export const MAX_ECHO_LENGTH = 600;
/** How many gradients the "largest gradients" section lists at most. */
const LARGEST_GRADIENTS = 6;

interface Parameter {
  name: string;
  /** i1→h1 for weights; empty for biases. With a page's own name first, ours too (w1: i1→h1). */
  connection: string;
  isWeight: boolean;
  value: number;
  gradient: number;
  updated: number;
}

type BiasEntry = Omit<Parameter, 'connection' | 'isWeight'>;

function biasEntries(
  nt: Notation,
  biases: LayerBias[],
  gradBiases: LayerBias[],
  updated: LayerBias[],
): BiasEntry[] {
  const entries: BiasEntry[] = [];
  biases.forEach((bias, l) => {
    if (typeof bias === 'number') {
      entries.push({
        name: nt.bias(l, true),
        value: bias,
        gradient: gradBiases[l] as number,
        updated: updated[l] as number,
      });
    } else {
      bias.forEach((value, j) =>
        entries.push({
          name: nt.bias(l, false, j),
          value,
          gradient: (gradBiases[l] as number[])[j]!,
          updated: (updated[l] as number[])[j]!,
        }),
      );
    }
  });
  return entries;
}

function parametersOf(trace: Trace, nt: Notation): Parameter[] {
  const { layers, weights, biases } = trace.spec;
  const parameters: Parameter[] = [];
  weights.forEach((matrix, l) =>
    matrix.forEach((row, j) =>
      row.forEach((value, i) =>
        parameters.push({
          name: nt.weight(l, j, i),
          connection: connectionName(layers, l, j, i),
          isWeight: true,
          value,
          gradient: trace.gradWeights[l]![j]![i]!,
          updated: trace.updatedWeights[l]![j]![i]!,
        }),
      ),
    ),
  );
  // A network without biases lists none (their gradients would be shown for parameters that do not exist).
  if (hasNoBiases(trace.spec)) return parameters;
  // Under a page's names too (aiml's b2 is hidden unit 2's): the diagram's pills and the walkthrough's map say whose.
  for (const entry of biasEntries(nt, biases, trace.gradBiases, trace.updatedBiases))
    parameters.push({ ...entry, connection: '', isWeight: false });
  return parameters;
}

/** Formats a number the user gave (η, a target) as typed, isolated left-to-right for Persian text. */
function givenFormatter(precision: number, locale: Locale): (x: number) => string {
  return (x) => (locale === 'fa' ? ltr(formatGiven(x, precision)) : formatGiven(x, precision));
}

/** A formula kept in order inside Persian text. */
function formula(text: string, locale: Locale): string {
  return locale === 'fa' ? ltr(text) : text;
}

function conventionsLine(trace: Trace, locale: Locale, n: (x: number) => string): string {
  const spec = trace.spec;
  const names = spec.activations.map((a) => activationTitle(a, locale));
  const activations =
    [...new Set(names)].length === 1 ? names[0]! : names.join(locale === 'fa' ? '، ' : ', ');
  const sharedBiases = spec.biases.every((b) => typeof b === 'number');
  return t(locale, 'commands.backprop_network_line', {
    layers: formula(spec.layers.join('-'), locale),
    activations,
    loss: lossTitle(spec.loss, locale),
    rate: n(spec.learningRate),
    biases: t(
      locale,
      hasNoBiases(spec)
        ? 'commands.backprop_biases_none'
        : sharedBiases
          ? spec.updateBiases
            ? 'commands.backprop_biases_shared_updated'
            : 'commands.backprop_biases_shared_fixed'
          : spec.updateBiases
            ? 'commands.backprop_biases_per_unit_updated'
            : 'commands.backprop_biases_per_unit_fixed',
    ),
  });
}

function forwardRows(trace: Trace, nt: Notation, locale: Locale, f: (x: number) => string): string[] {
  const rows: string[] = [];
  // The classic rows name the unit once (h1: net = …, out = …); other notations name each quantity.
  const row = (l: number, j: number, net: number, out: number) =>
    nt.name === 'classic'
      ? `${nt.unit(l, j)}: net = ${f(net)}, out = ${f(out)}`
      : `${nt.net(l, j)} = ${f(net)}, ${nt.out(l, j)} = ${f(out)}`;
  trace.net.forEach((layer, l) =>
    layer.forEach((net, j) => rows.push(formula(row(l + 1, j, net, trace.out[l]![j]!), locale))),
  );
  return rows;
}

function deltaRows(trace: Trace, nt: Notation, locale: Locale, precision: number): string[] {
  const rows: string[] = [];
  trace.delta.forEach((layer, l) =>
    layer.forEach((delta, j) =>
      rows.push(formula(`${nt.delta(l + 1, j)} = ${displayNumber(delta, precision)}`, locale)),
    ),
  );
  return rows;
}

function issueLine(issue: NumericIssue, locale: Locale): string {
  return `⚠️ ${describeNumericIssue(issue, locale)}`;
}

/** The reply text of /backprop, at most `limit` characters (default: one Discord message). */
export function backpropSummary(input: SummaryInput): string {
  const { trace, precision, locale, view } = input;
  const limit = input.limit ?? CHAT_MESSAGE_LIMIT;
  const n = givenFormatter(precision, locale);
  const f = (x: number) => displayNumber(x, precision);
  const spec = trace.spec;
  const layerCount = spec.layers.length;
  const nt = withPageNames(notationFor(input.notation ?? 'classic', spec.layers), input.pageNames, spec);
  const title =
    spec.steps > 1
      ? t(locale, 'commands.backprop_title_training', {
          steps: spec.steps,
          ...(spec.name ? { name: plainName(spec.name) } : {}),
        })
      : spec.name
        ? t(locale, 'commands.backprop_title_named', { name: plainName(spec.name) })
        : t(locale, 'commands.backprop_title');
  const sections: Section[] = [];
  const focus = (v: BackpropView) => (view === v ? 20 : 0);

  sections.push({ lines: [title, conventionsLine(trace, locale, n)], required: true, priority: 100 });
  if (input.oneLine !== undefined && input.oneLine.length <= MAX_ECHO_LENGTH) {
    sections.push({
      lines: [
        t(locale, 'commands.backprop_understood'),
        `\`${withoutHiddenCharacters(input.oneLine).replace(/`/g, "'")}\``,
      ],
      priority: 60,
    });
  }
  // The parser's notes name each default with its value; the bare list of fields is the fallback.
  const notes = input.notes ?? [];
  const assumptions =
    notes.length > 0
      ? notes.map((note) => `• ${note}`)
      : input.defaultsApplied && input.defaultsApplied.length > 0
        ? [t(locale, 'commands.backprop_defaults', { defaults: input.defaultsApplied.join(', ') })]
        : [];
  if (assumptions.length > 0) sections.push({ lines: assumptions, priority: 90 });

  const outputs = trace.out[trace.out.length - 1]!;
  sections.push({
    lines: [
      t(locale, 'commands.backprop_outputs'),
      ...outputs.map((o, j) =>
        t(locale, 'commands.backprop_output_row', {
          unit: formula(`${nt.unit(layerCount - 1, j)} = ${f(o)}`, locale),
          target: n(spec.target[j]!),
        }),
      ),
    ],
    droppableRows: true,
    more: (count) => t(locale, 'commands.backprop_more_rows', { count }),
    maxRows: 10,
    priority: 85,
  });

  const lossLines = [
    t(locale, 'commands.backprop_loss', {
      loss: formula(`E = ${f(trace.loss)}`, locale),
      after: formula(`E = ${f(trace.lossAfterStep)}`, locale),
    }),
  ];
  if (trace.lossHistory && trace.finalLoss !== undefined) {
    lossLines.push(
      t(locale, 'commands.backprop_training', {
        steps: String(spec.steps),
        loss: formula(`E = ${f(trace.finalLoss)}`, locale),
      }),
    );
  }
  sections.push({ lines: lossLines, required: true, priority: 99 });

  if (trace.numericIssues.length > 0) {
    sections.push({
      lines: [
        t(locale, 'commands.backprop_numeric_heading'),
        ...trace.numericIssues.map((i) => issueLine(i, locale)),
      ],
      droppableRows: true,
      more: (count) => t(locale, 'commands.backprop_more_rows', { count }),
      priority: 98,
    });
  }

  if (view === 'forward' || view === 'all') {
    sections.push({
      lines: [t(locale, 'commands.backprop_forward_heading'), ...forwardRows(trace, nt, locale, f)],
      droppableRows: true,
      more: (count) => t(locale, 'commands.backprop_more_rows', { count }),
      maxRows: view === 'forward' ? 24 : 8,
      priority: 50 + focus('forward'),
    });
  }
  if (view === 'backward' || view === 'all') {
    sections.push({
      lines: [
        t(locale, 'commands.backprop_delta_heading', { net: nt.symbols.net }),
        ...deltaRows(trace, nt, locale, precision),
      ],
      droppableRows: true,
      more: (count) => t(locale, 'commands.backprop_more_rows', { count }),
      maxRows: view === 'backward' ? 16 : 8,
      priority: 55 + focus('backward'),
    });
  }

  const parameters = parametersOf(trace, nt);
  const largest = [...parameters]
    .sort((a, b) => Math.abs(b.gradient) - Math.abs(a.gradient))
    .slice(0, view === 'backward' ? LARGEST_GRADIENTS * 2 : LARGEST_GRADIENTS);
  sections.push({
    lines: [
      t(locale, 'commands.backprop_gradients_heading'),
      ...largest.map(
        (p) =>
          formula(`∂E/∂${p.name} = ${f(p.gradient)}`, locale) +
          (p.connection ? ` (${formula(p.connection, locale)})` : ''),
      ),
    ],
    droppableRows: true,
    more: (count) => t(locale, 'commands.backprop_more_rows', { count }),
    priority: 80 + focus('backward'),
  });

  const changed = parameters.filter((p) => p.updated !== p.value || p.isWeight);
  sections.push({
    lines: [
      t(locale, 'commands.backprop_updated_heading', { rate: n(spec.learningRate) }),
      ...changed.map((p) => formula(`${p.name}: ${f(p.value)} → ${f(p.updated)}`, locale)),
      ...(spec.updateBiases
        ? []
        : [
            t(
              locale,
              hasNoBiases(spec) ? 'commands.backprop_no_biases' : 'commands.backprop_biases_not_updated',
            ),
          ]),
    ],
    droppableRows: true,
    more: (count) => t(locale, 'commands.backprop_more_rows', { count }),
    maxRows: view === 'update' ? 30 : 12,
    priority: 70 + focus('update'),
  });

  if (input.attachments && input.attachments.length > 0) {
    sections.push({
      lines: [
        t(locale, 'commands.backprop_attached', {
          files: input.attachments.map((a) => `\`${a}\``).join(', '),
        }),
      ],
      required: true,
      priority: 97,
    });
  }
  return fitSections(sections, limit);
}
