// trace → the step-by-step walkthrough in the style of the classic worked example (Markdown, en or fa).
import { biasName, unitName, weightName } from '../core/naming.js';
import type { Trace } from '../core/types.js';
import type { Locale } from '../dispatch/types.js';
import { hasPersian } from './bidi.js';
import { ltr } from './i18n.js';
import { ACTIVATIONS } from '../core/records/activation-records.js';
import { LOSSES } from '../core/records/loss-records.js';
import { activationSymbol, factor, formatGiven, lossFormula } from './notation.js';
import { formatNumber } from './number-format.js';
import { walkthroughWords, type WalkthroughWords } from './walkthrough-words.js';

export interface WalkthroughOptions {
  precision?: number;
  locale?: Locale;
}

/** Above this many incoming terms a sum is written as Σ rather than term by term. */
const MAX_TERMS_WRITTEN = 6;

export function walkthrough(trace: Trace, options: WalkthroughOptions = {}): string {
  const precision = options.precision ?? 4;
  const locale = options.locale ?? 'en';
  const words = walkthroughWords[locale];
  const lines: string[] = [];
  // Persian prose runs right to left; each formula is isolated so it stays left to right (a formula with a
  // Persian note is a Persian line, laid out by src/text/bidi.ts).
  const formula = (text: string) =>
    lines.push(locale === 'fa' && !hasPersian(text) ? `${ltr(text)}  ` : `${text}  `);
  const comma = locale === 'fa' ? '، ' : ', ';
  const prose = (text: string) => lines.push(text);
  const n = (x: number) => formatNumber(x, precision);
  const given = (x: number) => formatGiven(x, precision);

  const { spec } = trace;
  const layerCount = spec.layers.length;
  const unit = (l: number, j: number) => unitName(l, j, layerCount);
  const lastLayer = spec.weights.length - 1;

  prose(`# ${words.title}`);
  prose('');
  prose(networkLine(trace, words, precision, comma));
  prose('');

  // Forward pass
  prose(`## ${words.forward}`);
  for (let l = 0; l <= lastLayer; l++) {
    prose('');
    const activation = spec.activations[l]!;
    spec.weights[l]!.forEach((row, j) => {
      const name = unit(l + 1, j);
      const previous = (i: number) => (l === 0 ? spec.input[i]! : trace.out[l - 1]![i]!);
      const sharedBias = typeof spec.biases[l] === 'number';
      const bias = sharedBias ? (spec.biases[l] as number) : (spec.biases[l] as number[])[j]!;
      const biasLabel = biasName(l, sharedBias, j);
      const inputName = (i: number) => (l === 0 ? unit(0, i) : `out_${unit(l, i)}`);
      if (row.length <= MAX_TERMS_WRITTEN) {
        const symbolic = row
          .map((_w, i) => `${weightName(spec.layers, l, j, i)}·${inputName(i)}`)
          .join(' + ');
        const numeric = row
          .map((w, i) => `${factor(given(w))}·${factor(l === 0 ? given(previous(i)) : n(previous(i)))}`)
          .join(' + ');
        formula(
          `net_${name} = ${symbolic} + ${biasLabel} = ${numeric} + ${factor(given(bias))} = ${n(trace.net[l]![j]!)}`,
        );
      } else {
        formula(
          `net_${name} = Σᵢ w·${l === 0 ? 'i' : 'out'}ᵢ + ${biasLabel} (${row.length} ${words.terms}) = ${n(trace.net[l]![j]!)}`,
        );
      }
      if (activation === 'softmax') {
        formula(
          `out_${name} = e^net_${name} / Σₖ e^net_${unit(l + 1, 0).replace(/\d+$/, 'k')} = ${n(trace.out[l]![j]!)}`,
        );
      } else {
        const f = activationSymbol(activation);
        formula(`out_${name} = ${f}(net_${name}) = ${f}(${n(trace.net[l]![j]!)}) = ${n(trace.out[l]![j]!)}`);
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
    const name = unit(lastLayer + 1, j);
    formula(
      `E_${name} = ${lossTermFormula(spec.loss, j, name, spec.target[j]!, o, outputs.length, n, given)} = ${n(trace.lossTerms[j]!)}`,
    );
  });
  formula(
    `E_total = ${outputs.map((_o, j) => `E_${unit(lastLayer + 1, j)}`).join(' + ')} = ${n(trace.loss)}`,
  );

  // Backward pass, output layer first
  prose('');
  prose(`## ${words.backward}`);
  for (let l = lastLayer; l >= 0; l--) {
    prose('');
    prose(`### ${l === lastLayer ? words.outputLayer : `${words.hiddenLayer} ${l + 1}`}`);
    prose('');
    const layerUnits = trace.delta[l]!;
    layerUnits.forEach((d, j) => {
      const name = unit(l + 1, j);
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
          `∂E/∂out_${name} = ${lossGradientFormula(spec.loss, j, name, outputs.length)} = ${numbers} = ${n(dOut)}`,
        );
      } else {
        const next = spec.weights[l + 1]!;
        const terms = next.map((_row, k) => `δ_${unit(l + 2, k)}·${weightName(spec.layers, l + 1, k, j)}`);
        const values = next.map(
          (row, k) => `${factor(n(trace.delta[l + 1]![k]!))}·${factor(given(row[j]!))}`,
        );
        const written = next.length <= MAX_TERMS_WRITTEN;
        formula(
          `∂E/∂out_${name} = ${written ? terms.join(' + ') : `Σₖ δₖ·wₖ (${next.length} ${words.terms})`}${written ? ` = ${values.join(' + ')}` : ''} = ${n(dOut)}`,
        );
      }
      const rule = trace.deltaRule[l]!;
      if (rule === 'elementwise') {
        const activation = spec.activations[l]!;
        const numbers = derivativeNumbers(activation, n(trace.out[l]![j]!), n(trace.net[l]![j]!));
        formula(
          `∂out_${name}/∂net_${name} = ${derivativeFormula(activation, name)}${numbers ? ` = ${numbers}` : ''} = ${n(local)}`,
        );
        formula(
          `δ_${name} = ∂E/∂out_${name} · ∂out_${name}/∂net_${name} = ${factor(n(dOut))}·${factor(n(local))} = ${n(d)}`,
        );
      } else if (rule === 'softmax_cross_entropy') {
        formula(`δ_${name} = out_${name}·Σt − t${j + 1} = ${n(d)}   (${words.softmaxCrossEntropy})`);
      } else if (rule === 'sigmoid_binary_cross_entropy') {
        formula(
          `δ_${name} = (out_${name} − t${j + 1})/n = (${n(outputs[j]!)} − ${given(spec.target[j]!)})/${outputs.length} = ${n(d)}   (${words.sigmoidBce})`,
        );
      } else {
        formula(
          `δ_${name} = out_${name}·(∂E/∂out_${name} − Σₖ ∂E/∂out_k·out_k) = ${n(d)}   (${words.softmaxJacobian})`,
        );
      }
    });
    prose('');
    spec.weights[l]!.forEach((row, j) =>
      row.forEach((_w, i) => {
        const inputName = l === 0 ? unit(0, i) : `out_${unit(l, i)}`;
        const inputValue = l === 0 ? given(spec.input[i]!) : n(trace.out[l - 1]![i]!);
        formula(
          `∂E/∂${weightName(spec.layers, l, j, i)} = δ_${unit(l + 1, j)}·${inputName} = ${factor(n(trace.delta[l]![j]!))}·${factor(inputValue)} = ${n(trace.gradWeights[l]![j]![i]!)}`,
        );
      }),
    );
    const gradBias = trace.gradBiases[l]!;
    if (typeof gradBias === 'number') {
      const deltas = layerUnits.map((_d, j) => `δ_${unit(l + 1, j)}`).join(' + ');
      formula(`∂E/∂${biasName(l, true)} = ${deltas} = ${n(gradBias)}   (${words.sharedBias})`);
    } else {
      gradBias.forEach((g, j) => formula(`∂E/∂${biasName(l, false, j)} = δ_${unit(l + 1, j)} = ${n(g)}`));
    }
  }

  // Update
  prose('');
  prose(`## ${words.update} (η = ${given(spec.learningRate)})`);
  prose('');
  spec.weights.forEach((W, l) =>
    W.forEach((row, j) =>
      row.forEach((w, i) => {
        const name = weightName(spec.layers, l, j, i);
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
          ? [{ b: bias, g: grad as number, u: updated as number, name: biasName(l, true) }]
          : bias.map((b, j) => ({
              b,
              g: (grad as number[])[j]!,
              u: (updated as number[])[j]!,
              name: biasName(l, false, j),
            }));
      for (const { b, g, u, name } of each)
        formula(
          `${name}+ = ${name} − η·∂E/∂${name} = ${given(b)} − ${given(spec.learningRate)}·${factor(n(g))} = ${n(u)}`,
        );
    });
  } else {
    prose(words.biasesNotUpdated);
  }

  prose('');
  prose(`## ${words.afterStep}`);
  prose('');
  formula(
    `E_total = ${n(trace.lossAfterStep)}   (${words.before}: ${n(trace.loss)}${comma}${words.change}: ${n(trace.lossAfterStep - trace.loss)})`,
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
  return lines.join('\n') + '\n';
}

function networkLine(trace: Trace, words: WalkthroughWords, precision: number, comma: string): string {
  const { spec } = trace;
  const biasKind = spec.biases.every((b) => typeof b === 'number')
    ? words.sharedBiases
    : spec.biases.every((b) => typeof b !== 'number')
      ? words.perUnitBiases
      : words.mixedBiases;
  const parts = [
    `${words.network}: ${spec.layers.join('-')}`,
    `${words.activations}: ${spec.activations.join(comma)}`,
    `${words.lossName}: ${spec.loss} (${lossFormula(spec.loss)})`,
    `η = ${formatGiven(spec.learningRate, precision)}`,
    `${biasKind}${comma}${spec.updateBiases ? words.updated : words.notUpdated}`,
    spec.steps === 1 ? words.oneStep : `${spec.steps} ${words.steps}`,
  ];
  return parts.join(' · ');
}

function lossTermFormula(
  loss: Trace['spec']['loss'],
  j: number,
  name: string,
  t: number,
  o: number,
  count: number,
  n: (x: number) => string,
  given: (x: number) => string,
): string {
  const record = LOSSES[loss];
  const symbolic = record.termText(`out_${name}`, `t${j + 1}`, count);
  const numbers = record.termText(n(o), given(t), count, { o: n(1 - o), t: given(1 - t) });
  return `${symbolic} = ${numbers}`;
}

function lossGradientFormula(loss: Trace['spec']['loss'], j: number, name: string, count: number): string {
  return LOSSES[loss].gradientText(`out_${name}`, `t${j + 1}`, count);
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

function derivativeFormula(activation: Trace['spec']['activations'][number], name: string): string {
  return ACTIVATIONS[activation].derivativeText(`out_${name}`, `net_${name}`);
}

/** Steps worth showing from a long loss history: 1, 2, 5, 10, 20, 50, … and the last. */
function milestones(length: number): number[] {
  const steps = new Set<number>();
  for (let base = 1; base <= length; base *= 10)
    for (const m of [1, 2, 5]) if (base * m <= length) steps.add(base * m);
  steps.add(length);
  return [...steps].sort((a, b) => a - b);
}
