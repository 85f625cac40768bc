// A data-set trace → the walkthrough of its first optimizer step: each sample's forward pass, loss and
// own gradient, how the batch gradient combines them (mean or sum, plus L2), and the optimizer's update.
import { biasName, unitName, weightName } from '../core/naming.js';
import { OPTIMIZERS, HYPER_PARAMETERS } from '../core/records/optimizer-records.js';
import { hasNoBiases } from '../core/no-biases.js';
import type { LayerBias, Matrix, Trace } from '../core/types.js';
import type { Locale } from '../dispatch/types.js';
import { hasPersian } from './bidi.js';
import { dataWalkthroughWords } from './data-walkthrough-words.js';
import { ltr } from './i18n.js';
import { activationSymbol, factor, formatGiven } from './notation.js';
import { displayNumber } from './number-format.js';
import type { WalkthroughLine } from './walkthrough.js';

export interface DataWalkthroughOptions {
  precision?: number;
  locale?: Locale;
  /** The /train command that trains this network to the end (`/train preset:xor`). */
  trainCommand?: string;
}

/** Above this many incoming terms (or samples in a batch) a sum is written as Σ rather than term by term. */
const MAX_TERMS_WRITTEN = 6;
/** Samples of the first batch worked in full; the others follow the same steps (their sum is in the batch gradient). */
const MAX_SAMPLES_WORKED = 4;

/** One trainable parameter: its name and where it sits in weights/biases-shaped values. */
export interface ParameterSlot {
  name: string;
  weight: boolean;
  pick: (weights: Matrix[], biases: LayerBias[]) => number;
  /** The unit whose δ gives its gradient, and the input it multiplies (weights only). */
  l: number;
  j?: number;
  i?: number;
}

/** Every weight, then every bias the optimizer updates, in the walkthrough's order. */
export function parameterSlots(trace: Trace): ParameterSlot[] {
  const { spec } = trace;
  const slots: ParameterSlot[] = [];
  spec.weights.forEach((W, l) =>
    W.forEach((row, j) =>
      row.forEach((_w, i) =>
        slots.push({
          name: weightName(spec.layers, l, j, i),
          weight: true,
          pick: (weights) => weights[l]![j]![i]!,
          l,
          j,
          i,
        }),
      ),
    ),
  );
  if (!spec.updateBiases) return slots;
  spec.biases.forEach((bias, l) => {
    if (typeof bias === 'number')
      slots.push({ name: biasName(l, true), weight: false, pick: (_w, b) => b[l] as number, l });
    else
      bias.forEach((_b, j) =>
        slots.push({
          name: biasName(l, false, j),
          weight: false,
          pick: (_w, b) => (b[l] as number[])[j]!,
          l,
          j,
        }),
      );
  });
  return slots;
}

/** The data-set walkthrough as Markdown (chat files): in Persian each formula is isolated left to right. */
export function dataWalkthrough(trace: Trace, options: DataWalkthroughOptions = {}): string {
  const locale = options.locale ?? 'en';
  const written = dataWalkthroughLines(trace, options).map(({ kind, text }) =>
    kind === 'prose' ? text : locale === 'fa' && !hasPersian(text) ? `${ltr(text)}  ` : `${text}  `,
  );
  return written.join('\n') + '\n';
}

/** The data-set walkthrough line by line, formulas apart from prose (for the chat file and the LaTeX key). */
export function dataWalkthroughLines(trace: Trace, options: DataWalkthroughOptions = {}): WalkthroughLine[] {
  const precision = options.precision ?? 4;
  const locale = options.locale ?? 'en';
  const words = dataWalkthroughWords[locale];
  const { spec } = trace;
  const training = spec.training!;
  const data = training.data!;
  const batch = trace.firstBatch!;
  const samples = trace.samples!;
  const lines: WalkthroughLine[] = [];
  const formula = (text: string) => lines.push({ kind: 'formula', text });
  const prose = (text: string) => lines.push({ kind: 'prose', text });
  const n = (x: number) => displayNumber(x, precision);
  const given = (x: number) => formatGiven(x, precision);
  const layerCount = spec.layers.length;
  const unit = (l: number, j: number) => unitName(l, j, layerCount);
  const lastLayer = spec.weights.length - 1;
  // A network without biases is written without a "+ 0" bias term (the same as the one-sample walkthrough).
  const noBiases = hasNoBiases(spec);
  const slots = parameterSlots(trace);
  const vector = (v: readonly number[]) => `(${v.map(given).join(', ')})`;

  prose(`# ${words.title}`);
  prose('');
  prose(
    words.dataLine({
      samples: data.length,
      batch: training.batchSize,
      reduction: training.reduction,
      optimizer: training.optimizer,
    }),
  );
  prose('');
  prose(
    `## ${words.batchTitle({ from: batch.indices[0]! + 1, to: batch.indices.at(-1)! + 1, samples: data.length })}`,
  );

  batch.indices.slice(0, MAX_SAMPLES_WORKED).forEach((s, k) => {
    const sample = data[s]!;
    const forward = samples[s]!;
    const own = batch.sampleGradients[k]!;
    prose('');
    prose(`### ${words.sample({ number: s + 1 })}`);
    prose('');
    formula(`x = ${vector(sample.input)}  →  t = ${vector(sample.target)}`);
    prose('');
    prose(`*${words.forward}*`);
    prose('');
    const inputOf = (l: number, i: number) => (l === 0 ? sample.input[i]! : forward.out[l - 1]![i]!);
    spec.weights.forEach((W, l) =>
      W.forEach((row, j) => {
        const name = unit(l + 1, j);
        const shared = typeof spec.biases[l] === 'number';
        const bias = shared ? (spec.biases[l] as number) : (spec.biases[l] as number[])[j]!;
        const sum =
          row.length <= MAX_TERMS_WRITTEN
            ? `${row.map((w, i) => `${factor(given(w))}·${factor(l === 0 ? given(inputOf(l, i)) : n(inputOf(l, i)))}`).join(' + ')}${noBiases ? '' : ` + ${factor(given(bias))}`}`
            : `Σᵢ w·${l === 0 ? 'i' : 'out'}ᵢ${noBiases ? '' : ` + ${biasName(l, shared, j)}`}`;
        const activation = spec.activations[l]!;
        const out =
          activation === 'softmax'
            ? `out_${name} = softmax = ${n(forward.out[l]![j]!)}`
            : `out_${name} = ${activationSymbol(activation)}(${n(forward.net[l]![j]!)}) = ${n(forward.out[l]![j]!)}`;
        formula(`net_${name} = ${sum} = ${n(forward.net[l]![j]!)},  ${out}`);
      }),
    );
    formula(`E_${s + 1} = ${n(forward.loss)}   (${words.ownLoss})`);
    prose('');
    prose(`*${words.ownGradient}*`);
    prose('');
    for (let l = lastLayer; l >= 0; l--)
      formula(own.delta[l]!.map((d, j) => `δ_${unit(l + 1, j)} = ${n(d)}`).join(',  '));
    for (const slot of slots) {
      const g = slot.pick(own.gradWeights, own.gradBiases);
      if (slot.weight) {
        const input = slot.l === 0 ? unit(0, slot.i!) : `out_${unit(slot.l, slot.i!)}`;
        const value = slot.l === 0 ? given(inputOf(0, slot.i!)) : n(inputOf(slot.l, slot.i!));
        formula(
          `∂E_${s + 1}/∂${slot.name} = δ_${unit(slot.l + 1, slot.j!)}·${input} = ${factor(n(own.delta[slot.l]![slot.j!]!))}·${factor(value)} = ${n(g)}`,
        );
      } else {
        const deltas =
          slot.j === undefined
            ? own.delta[slot.l]!.map((_d, j) => `δ_${unit(slot.l + 1, j)}`).join(' + ')
            : `δ_${unit(slot.l + 1, slot.j)}`;
        formula(`∂E_${s + 1}/∂${slot.name} = ${deltas} = ${n(g)}`);
      }
    }
  });

  const count = batch.indices.length;
  if (count > MAX_SAMPLES_WORKED) {
    prose('');
    prose(words.othersSameWay(count - MAX_SAMPLES_WORKED));
  }

  // The batch gradient
  const mean = training.reduction === 'mean';
  // AdamW's λ shrinks the weights in the update; it adds nothing to the gradient
  const penalised = training.l2 > 0 && OPTIMIZERS[training.optimizer].decoupledDecay !== true;
  prose('');
  prose(`## ${words.batchGradient}`);
  prose('');
  prose(
    `${mean ? words.meanOf(count) : words.sumOf}${penalised ? `, ${words.penalty} (λ = ${given(training.l2)})` : ''}:`,
  );
  prose('');
  for (const slot of slots) {
    const parts = batch.sampleGradients.map((own) => slot.pick(own.gradWeights, own.gradBiases));
    const written = count <= MAX_TERMS_WRITTEN;
    const names = written
      ? batch.indices.map((s) => `∂E_${s + 1}/∂${slot.name}`).join(' + ')
      : `Σₛ ∂E_s/∂${slot.name}`;
    const numbers = written
      ? parts.map((g) => factor(n(g))).join(' + ')
      : n(parts.reduce((sum, g) => sum + g, 0));
    const combine = (text: string, terms: boolean) =>
      mean && count > 1 ? (terms ? `(${text})/${count}` : `${text}/${count}`) : text;
    const penalty = slot.weight && penalised;
    const initial = slot.pick(spec.weights, spec.biases);
    formula(
      `∂E/∂${slot.name} = ${combine(names, true)}${penalty ? ` + λ·${slot.name}` : ''} = ${combine(numbers, written)}${penalty ? ` + ${given(training.l2)}·${factor(given(initial))}` : ''} = ${n(slot.pick(trace.gradWeights, trace.gradBiases))}`,
    );
  }

  // The update
  const record = OPTIMIZERS[training.optimizer];
  prose('');
  prose(`## ${words.update(training.optimizer)}`);
  prose('');
  const hyper = [
    `η = ${given(spec.learningRate)}`,
    ...record.hyperParameters.map(
      (name) => `${HYPER_PARAMETERS[name].symbol} = ${given(training.hyper[name])}`,
    ),
    ...(record.decoupledDecay && training.l2 > 0 ? [`λ = ${given(training.l2)}`] : []),
  ];
  // one line per assignment of the rule, then the values it uses
  for (const assignment of record.rule) formula(assignment);
  formula(hyper.join(',  '));
  const state = trace.optimizerState ?? [];
  if (state.length > 0) {
    prose('');
    prose(`*${words.firstStepState}*`);
  }
  prose('');
  for (const slot of slots) {
    const before = slot.pick(spec.weights, spec.biases);
    const g = slot.pick(trace.gradWeights, trace.gradBiases);
    const after = slot.pick(trace.updatedWeights, trace.updatedBiases);
    if (state.length === 0) {
      formula(
        `${slot.name}+ = ${slot.name} − η·∂E/∂${slot.name} = ${given(before)} − ${given(spec.learningRate)}·${factor(n(g))} = ${n(after)}`,
      );
    } else {
      const values = state.map((s) => `${s.name} = ${n(slot.pick(s.weights, s.biases))}`);
      formula(
        `${slot.name}: g = ${n(g)},  ${values.join(',  ')};  ${slot.name} = ${given(before)} → ${n(after)}`,
      );
    }
  }
  if (!spec.updateBiases) {
    prose('');
    prose(noBiases ? words.noBiases : words.notUpdated);
  }

  prose('');
  prose(`## ${words.afterStep}`);
  prose('');
  formula(
    `E = ${n(trace.lossAfterStep)}   (${words.before}: ${n(trace.loss)}${locale === 'fa' ? '، ' : ', '}${words.change}: ${n(trace.lossAfterStep - trace.loss)})`,
  );
  prose('');
  const perEpoch = Math.ceil(data.length / training.batchSize);
  prose(
    words.whatTrainDoes({
      steps: training.epochs * perEpoch,
      epochs: training.epochs,
      perEpoch,
      command: options.trainCommand ?? '/train',
    }),
  );
  return lines;
}
