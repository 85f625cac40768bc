// trace → the step-by-step walkthrough in the style of the classic worked example (Markdown, en or fa).
import { hasNoBiases } from '../core/no-biases.js';
import type { Trace } from '../core/types.js';
import type { Locale } from '../dispatch/types.js';
import { hasPersian } from './bidi.js';
import { ltr } from './i18n.js';
import { ACTIVATIONS } from '../core/records/activation-records.js';
import { LOSSES } from '../core/records/loss-records.js';
import {
  activationSymbol,
  activationTitle,
  factor,
  formatGiven,
  lossFormula,
  lossTitle,
} from './notation.js';
import { displayNumber } from './number-format.js';
import { notationFor, type NotationName } from './notations.js';
import { withPageNames, type PageParameterName } from './page-notation.js';
import { pageNamesLine } from './page-names-line.js';
import { walkthroughWords, type WalkthroughWords } from './walkthrough-words.js';

export interface WalkthroughOptions {
  precision?: number;
  locale?: Locale;
  /** The names written for net inputs, outputs, δ, weights and biases (default: classic). */
  notation?: NotationName;
  /** A pasted page's names for the weights and biases it named (ours for the rest). */
  pageNames?: readonly PageParameterName[];
}

/** Above this many incoming terms a sum is written as Σ rather than term by term. */
const MAX_TERMS_WRITTEN = 6;

/** One line of the walkthrough: a formula (kept left to right, a Markdown line break after it) or prose. */
export interface WalkthroughLine {
  kind: 'formula' | 'prose';
  text: string;
}

/** The walkthrough as Markdown (chat files, the CLI). */
export function walkthrough(trace: Trace, options: WalkthroughOptions = {}): string {
  const locale = options.locale ?? 'en';
  // Persian prose runs right to left; each formula is isolated so it stays left to right (a formula with a
  // Persian note is a Persian line, laid out by src/text/bidi.ts).
  const written = walkthroughLines(trace, options).map(({ kind, text }) =>
    kind === 'prose' ? text : locale === 'fa' && !hasPersian(text) ? `${ltr(text)}  ` : `${text}  `,
  );
  return written.join('\n') + '\n';
}

/** The walkthrough line by line (also the source of the LaTeX answer key, src/text/export-latex.ts). */
export function walkthroughLines(trace: Trace, options: WalkthroughOptions = {}): WalkthroughLine[] {
  const precision = options.precision ?? 4;
  const locale = options.locale ?? 'en';
  const words = walkthroughWords[locale];
  const lines: WalkthroughLine[] = [];
  const formula = (text: string) => lines.push({ kind: 'formula', text });
  const comma = locale === 'fa' ? '، ' : ', ';
  const prose = (text: string) => lines.push({ kind: 'prose', text });
  const n = (x: number) => displayNumber(x, precision);
  const given = (x: number) => formatGiven(x, precision);

  const { spec } = trace;
  const ours = notationFor(options.notation ?? 'classic', spec.layers);
  const nt = withPageNames(ours, options.pageNames, spec);
  const lastLayer = spec.weights.length - 1;
  // A network without biases is written without bias terms (a "+ b1 … + 0" would show a bias that is not there).
  const noBiases = hasNoBiases(spec);

  prose(`# ${words.title}`);
  prose('');
  prose(networkLine(trace, words, precision, comma, locale));
  prose('');
  const names = pageNamesLine(spec, nt, ours, locale, locale === 'fa' ? ltr : undefined);
  // Our own names, once, for explain:w1 and for reading the page against our numbering.
  if (names) {
    prose(names);
    prose('');
  }

  // Forward pass
  prose(`## ${words.forward}`);
  for (let l = 0; l <= lastLayer; l++) {
    prose('');
    const activation = spec.activations[l]!;
    spec.weights[l]!.forEach((row, j) => {
      const net = nt.net(l + 1, j);
      const out = nt.out(l + 1, j);
      const previous = (i: number) => (l === 0 ? spec.input[i]! : trace.out[l - 1]![i]!);
      const sharedBias = typeof spec.biases[l] === 'number';
      const bias = sharedBias ? (spec.biases[l] as number) : (spec.biases[l] as number[])[j]!;
      const biasLabel = noBiases ? '' : ` + ${nt.bias(l, sharedBias, j)}`;
      const biasValue = noBiases ? '' : ` + ${factor(given(bias))}`;
      const inputName = (i: number) => nt.out(l, i);
      if (row.length <= MAX_TERMS_WRITTEN) {
        const symbolic = row.map((_w, i) => `${nt.weight(l, j, i)}·${inputName(i)}`).join(' + ');
        const numeric = row
          .map((w, i) => `${factor(given(w))}·${factor(l === 0 ? given(previous(i)) : n(previous(i)))}`)
          .join(' + ');
        formula(`${net} = ${symbolic}${biasLabel} = ${numeric}${biasValue} = ${n(trace.net[l]![j]!)}`);
      } else {
        formula(
          `${net} = Σᵢ w·${l === 0 ? 'i' : 'out'}ᵢ${biasLabel} (${row.length} ${words.terms}) = ${n(trace.net[l]![j]!)}`,
        );
      }
      if (activation === 'softmax') {
        formula(`${out} = e^${net} / Σₖ e^${asK(nt.net(l + 1, 0))} = ${n(trace.out[l]![j]!)}`);
      } else {
        const f = activationSymbol(activation);
        formula(`${out} = ${f}(${net}) = ${f}(${n(trace.net[l]![j]!)}) = ${n(trace.out[l]![j]!)}`);
      }
    });
  }

  // Loss
  prose('');
  prose(`## ${words.loss}`);
  prose('');
  formula(lossFormula(spec.loss));
  const outputs = trace.out[lastLayer]!;
  outputs.forEach((o, j) => {
    formula(
      `${nt.lossTerm(j)} = ${lossTermFormula(spec.loss, j, nt.out(lastLayer + 1, j), spec.target[j]!, o, outputs.length, n, given)} = ${n(trace.lossTerms[j]!)}`,
    );
  });
  formula(`${nt.total} = ${outputs.map((_o, j) => nt.lossTerm(j)).join(' + ')} = ${n(trace.loss)}`);

  // Backward pass, output layer first
  prose('');
  prose(`## ${words.backward}`);
  for (let l = lastLayer; l >= 0; l--) {
    prose('');
    prose(`### ${l === lastLayer ? words.outputLayer : `${words.hiddenLayer} ${l + 1}`}`);
    prose('');
    const layerUnits = trace.delta[l]!;
    layerUnits.forEach((d, j) => {
      const out = nt.out(l + 1, j);
      const net = nt.net(l + 1, j);
      const delta = nt.delta(l + 1, j);
      const dOut = trace.dE_dOut[l]![j]!;
      const local = trace.dOut_dNet[l]![j]!;
      if (l === lastLayer) {
        const numbers = lossGradientNumbers(
          spec.loss,
          n(outputs[j]!),
          given(spec.target[j]!),
          outputs.length,
        );
        formula(
          `∂E/∂${out} = ${lossGradientFormula(spec.loss, j, out, outputs.length)} = ${numbers} = ${n(dOut)}`,
        );
      } else {
        const next = spec.weights[l + 1]!;
        const terms = next.map((_row, k) => `${nt.delta(l + 2, k)}·${nt.weight(l + 1, k, j)}`);
        const values = next.map(
          (row, k) => `${factor(n(trace.delta[l + 1]![k]!))}·${factor(given(row[j]!))}`,
        );
        const written = next.length <= MAX_TERMS_WRITTEN;
        formula(
          `∂E/∂${out} = ${written ? terms.join(' + ') : `Σₖ δₖ·wₖ (${next.length} ${words.terms})`}${written ? ` = ${values.join(' + ')}` : ''} = ${n(dOut)}`,
        );
      }
      const rule = trace.deltaRule[l]!;
      if (rule === 'elementwise') {
        const activation = spec.activations[l]!;
        const numbers = derivativeNumbers(activation, n(trace.out[l]![j]!), n(trace.net[l]![j]!));
        formula(
          `∂${out}/∂${net} = ${derivativeFormula(activation, out, net)}${numbers ? ` = ${numbers}` : ''} = ${n(local)}`,
        );
        formula(`${delta} = ∂E/∂${out} · ∂${out}/∂${net} = ${factor(n(dOut))}·${factor(n(local))} = ${n(d)}`);
      } else if (rule === 'softmax_cross_entropy') {
        formula(`${delta} = ${out}·Σt − t${j + 1} = ${n(d)}   (${words.softmaxCrossEntropy})`);
      } else if (rule === 'sigmoid_binary_cross_entropy') {
        formula(
          `${delta} = (${out} − t${j + 1})/n = (${n(outputs[j]!)} − ${given(spec.target[j]!)})/${outputs.length} = ${n(d)}   (${words.sigmoidBce})`,
        );
      } else {
        formula(
          `${delta} = ${out}·(∂E/∂${out} − Σₖ ∂E/∂${asK(out)}·${asK(out)}) = ${n(d)}   (${words.softmaxJacobian})`,
        );
      }
    });
    prose('');
    spec.weights[l]!.forEach((row, j) =>
      row.forEach((_w, i) => {
        const inputValue = l === 0 ? given(spec.input[i]!) : n(trace.out[l - 1]![i]!);
        formula(
          `∂E/∂${nt.weight(l, j, i)} = ${nt.delta(l + 1, j)}·${nt.out(l, i)} = ${factor(n(trace.delta[l]![j]!))}·${factor(inputValue)} = ${n(trace.gradWeights[l]![j]![i]!)}`,
        );
      }),
    );
    if (noBiases) continue;
    const gradBias = trace.gradBiases[l]!;
    if (typeof gradBias === 'number') {
      const deltas = layerUnits.map((_d, j) => nt.delta(l + 1, j)).join(' + ');
      formula(`∂E/∂${nt.bias(l, true)} = ${deltas} = ${n(gradBias)}   (${words.sharedBias})`);
    } else {
      gradBias.forEach((g, j) => formula(`∂E/∂${nt.bias(l, false, j)} = ${nt.delta(l + 1, j)} = ${n(g)}`));
    }
  }

  // Update
  prose('');
  prose(`## ${words.update} (η = ${given(spec.learningRate)})`);
  prose('');
  spec.weights.forEach((W, l) =>
    W.forEach((row, j) =>
      row.forEach((w, i) => {
        const name = nt.weight(l, j, i);
        formula(
          `${name}+ = ${name} − η·∂E/∂${name} = ${given(w)} − ${given(spec.learningRate)}·${factor(n(trace.gradWeights[l]![j]![i]!))} = ${n(trace.updatedWeights[l]![j]![i]!)}`,
        );
      }),
    ),
  );
  if (spec.updateBiases) {
    spec.biases.forEach((bias, l) => {
      const grad = trace.gradBiases[l]!;
      const updated = trace.updatedBiases[l]!;
      const each =
        typeof bias === 'number'
          ? [{ b: bias, g: grad as number, u: updated as number, name: nt.bias(l, true) }]
          : bias.map((b, j) => ({
              b,
              g: (grad as number[])[j]!,
              u: (updated as number[])[j]!,
              name: nt.bias(l, false, j),
            }));
      for (const { b, g, u, name } of each)
        formula(
          `${name}+ = ${name} − η·∂E/∂${name} = ${given(b)} − ${given(spec.learningRate)}·${factor(n(g))} = ${n(u)}`,
        );
    });
  } else {
    prose(noBiases ? words.noBiasesSentence : words.biasesNotUpdated);
  }

  prose('');
  prose(`## ${words.afterStep}`);
  prose('');
  formula(
    `${nt.total} = ${n(trace.lossAfterStep)}   (${words.before}: ${n(trace.loss)}${comma}${words.change}: ${n(trace.lossAfterStep - trace.loss)})`,
  );

  if (trace.lossHistory && trace.finalLoss !== undefined) {
    prose('');
    prose(`## ${words.training} (${spec.steps} ${words.steps})`);
    prose('');
    for (const step of milestones(trace.lossHistory.length))
      formula(`${words.step} ${step}: E = ${n(trace.lossHistory[step - 1]!)}`);
    formula(`${words.final}: E = ${n(trace.finalLoss)}`);
  }

  if (trace.numericIssues.length > 0) {
    prose('');
    prose(`## ⚠ ${words.numericNotes}`);
    prose('');
    for (const issue of trace.numericIssues) prose(`- ${words.numericIssue(issue)}`);
  }
  return lines;
}

function networkLine(
  trace: Trace,
  words: WalkthroughWords,
  precision: number,
  comma: string,
  locale: Locale,
): string {
  const { spec } = trace;
  const biases = hasNoBiases(spec)
    ? words.noBiases
    : `${biasKind(spec, words)}${comma}${spec.updateBiases ? words.updated : words.notUpdated}`;
  const parts = [
    `${words.network}: ${spec.layers.join('-')}`,
    `${words.activations}: ${spec.activations.map((a) => activationTitle(a, locale)).join(comma)}`,
    `${words.lossName}: ${lossTitle(spec.loss, locale)} (${lossFormula(spec.loss)})`,
    `η = ${formatGiven(spec.learningRate, precision)}`,
    biases,
    spec.steps === 1 ? words.oneStep : `${spec.steps} ${words.steps}`,
  ];
  return parts.join(' · ');
}

function biasKind(spec: Trace['spec'], words: WalkthroughWords): string {
  return spec.biases.every((b) => typeof b === 'number')
    ? words.sharedBiases
    : spec.biases.every((b) => typeof b !== 'number')
      ? words.perUnitBiases
      : words.mixedBiases;
}

function lossTermFormula(
  loss: Trace['spec']['loss'],
  j: number,
  out: string,
  t: number,
  o: number,
  count: number,
  n: (x: number) => string,
  given: (x: number) => string,
): string {
  const record = LOSSES[loss];
  const symbolic = record.termText(out, `t${j + 1}`, count);
  const numbers = record.termText(n(o), given(t), count, { o: n(1 - o), t: given(1 - t) });
  return `${symbolic} = ${numbers}`;
}

function lossGradientFormula(loss: Trace['spec']['loss'], j: number, out: string, count: number): string {
  return LOSSES[loss].gradientText(out, `t${j + 1}`, count);
}

function lossGradientNumbers(loss: Trace['spec']['loss'], o: string, t: string, count: number): string {
  return LOSSES[loss].gradientText(o, t, count);
}

/** The local derivative with the unit's numbers substituted ('' when there is nothing to substitute). */
function derivativeNumbers(
  activation: Trace['spec']['activations'][number],
  out: string,
  net: string,
): string {
  const record = ACTIVATIONS[activation];
  return record.derivativeDependsOnUnit ? record.derivativeText(out, net) : '';
}

function derivativeFormula(
  activation: Trace['spec']['activations'][number],
  out: string,
  net: string,
): string {
  return ACTIVATIONS[activation].derivativeText(out, net);
}

/** net_o1 → net_ok, z⁽²⁾₁ → z⁽²⁾ₖ: the name of "any unit k" of the same layer. */
function asK(name: string): string {
  return name.replace(/(?<!\d)\d+$/, 'k').replace(/(?<![₀-₉])[₀-₉]+$/, 'ₖ');
}

/** Steps worth showing from a long loss history: 1, 2, 5, 10, 20, 50, … and the last. */
function milestones(length: number): number[] {
  const steps = new Set<number>();
  for (let base = 1; base <= length; base *= 10)
    for (const m of [1, 2, 5]) if (base * m <= length) steps.add(base * m);
  steps.add(length);
  return [...steps].sort((a, b) => a - b);
}
