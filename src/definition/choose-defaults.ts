// Step 4b of reading: what a page leaves unsaid (a layer's activation, ½ or not in the loss) takes the default,
// unless the page's own worked numbers are reproduced better by another choice; the note then says which numbers.
import { computeTrace, resolveSpec } from '../core/index.js';
import type { ActivationName, LossName } from '../core/types.js';
import type { Assembled } from './assemble-spec.js';
import { pageNumbers, quoteNumbers, specNumbers, type PageNumber } from './choose-reading.js';
import type { Note } from './defaults.js';
import { otherChoices, sameNumbers } from './equal-choices.js';

// Linear last: a hidden layer without an activation is rare; where its numbers equal ReLU's, both are said.
const HIDDEN: ActivationName[] = ['sigmoid', 'relu', 'tanh', 'linear'];
const SQUARED: LossName[] = ['half_sse', 'sse', 'mse'];
/** More choices than this and a coincidence becomes likely (and the work grows): the defaults stay. */
const MAX_CANDIDATES = 64;
/** Worked examples are small; a larger network keeps its stated defaults (the search would cost too much). */
const MAX_WEIGHTS = 256;
/**
 * A choice the page never states needs at least this many more of its numbers than the default, each with
 * three significant digits or more (one two-digit number fits a wrong choice by chance: ar007's 0.24).
 */
const MARGIN = 2;

function significantDigits(text: string): number {
  return text.replace(/^[-+]?[0.]*/, '').replace('.', '').length;
}

interface Choice {
  activations: ActivationName[];
  loss: LossName;
}

function outputChoices(units: number): ActivationName[] {
  return units > 1 ? ['sigmoid', 'linear', 'softmax'] : ['sigmoid', 'linear'];
}

function lossChoices(output: ActivationName, units: number): LossName[] {
  // With one output the mean over outputs is the sum: one network, not two choices.
  const squared = units > 1 ? SQUARED : SQUARED.filter((loss) => loss !== 'mse');
  if (output === 'softmax') return [...squared, 'cross_entropy'];
  if (output === 'sigmoid') return [...squared, 'bce'];
  return squared;
}

/** Every combination of the open layers' activations and, when open, the loss. */
function choices(base: Choice, layers: number[], open: Assembled['open']): Choice[] {
  const depth = layers.length - 1;
  let out: Choice[] = [base];
  for (const l of open.activations) {
    const names = l === depth - 1 ? outputChoices(layers[depth]!) : HIDDEN;
    out = out.flatMap((c) =>
      names.map((name) => ({ ...c, activations: c.activations.map((a, k) => (k === l ? name : a)) })),
    );
  }
  if (open.loss) {
    out = out.flatMap((c) =>
      lossChoices(c.activations[depth - 1]!, layers[depth]!).map((loss) => ({ ...c, loss })),
    );
  }
  return out;
}

/** The numbers a page may print for a network: the forward pass, the loss and every backward quantity. */
function traceValues(spec: Record<string, unknown>): number[] | undefined {
  const resolved = resolveSpec({ ...spec, steps: 1 });
  if (!resolved.ok) return undefined;
  const trace = computeTrace(resolved.value);
  if (trace.numericIssues.length > 0) return undefined;
  return [
    ...trace.net.flat(),
    ...trace.out.flat(),
    trace.loss,
    ...trace.lossTerms,
    ...trace.dE_dOut.flat(),
    ...trace.dOut_dNet.flat(),
    ...trace.delta.flat(),
    ...trace.gradWeights.flat(2),
    ...trace.gradBiases.flat(),
  ];
}

/** The numbers some value reproduces to their digits: values sorted once, each number a binary search. */
function confirmed(values: number[], numbers: PageNumber[]): PageNumber[] {
  const sorted = Float64Array.from(values).sort();
  return numbers.filter((n) => {
    const tolerance = 0.51 * 10 ** -n.decimals + 1e-12;
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (sorted[middle]! < n.value - tolerance) low = middle + 1;
      else high = middle;
    }
    return low < sorted.length && sorted[low]! <= n.value + tolerance;
  });
}

const DEFAULT_NOTES = new Set(['definition.note.default_layer_activation', 'definition.note.mse_reading']);

/**
 * The defaults a page's reading took where the page says nothing, settled by its worked numbers when one
 * other choice reproduces strictly more of them than every other (the defaults included); else unchanged.
 */
export function chooseDefaults(base: Assembled, text: string): Assembled {
  const { spec, open } = base;
  const layers = spec.layers as number[] | undefined;
  if (!layers || (open.activations.length === 0 && !open.loss)) return base;
  const depth = layers.length - 1;
  const activations = Array.isArray(spec.activations)
    ? (spec.activations as ActivationName[])
    : Array.from({ length: depth }, () => spec.activations as ActivationName);
  const start: Choice = { activations, loss: spec.loss as LossName };
  const all = choices(start, layers, open);
  const weights = layers.slice(1).reduce((sum, units, l) => sum + units * layers[l]!, 0);
  if (all.length < 2 || all.length > MAX_CANDIDATES || weights > MAX_WEIGHTS) return base;
  const given = specNumbers(spec);
  const numbers = pageNumbers(text).filter((n) => !given.has(n.value) && significantDigits(n.text) >= 3);
  if (numbers.length === 0) return base;
  const withChoice = (c: Choice) => ({
    ...spec,
    activations: c.activations.every((a) => a === c.activations[0]) ? c.activations[0] : c.activations,
    loss: c.loss,
  });
  const scored = all.map((choice) => {
    const values = traceValues(withChoice(choice));
    return { choice, by: values ? confirmed(values, numbers) : [] };
  });
  const best = Math.max(...scored.map((s) => s.by.length));
  const top = scored.filter((s) => s.by.length === best);
  const defaults = scored[0]!;
  // Readings that make the very same numbers are one for this page: the first is taken and the others named.
  const tied = top.length > 1 && sameNumbers(top.map((t) => traceValues(withChoice(t.choice))));
  if ((top.length !== 1 && !tied) || top.includes(defaults) || best < defaults.by.length + MARGIN)
    return base;
  const winner = top[0]!;
  const changedLayers = open.activations.filter((l) => winner.choice.activations[l] !== start.activations[l]);
  const lossChanged = winner.choice.loss !== start.loss;
  const what = [
    ...changedLayers.map((l) => `activation ${winner.choice.activations[l]} (layer ${l + 1})`),
    ...(lossChanged ? [`loss ${winner.choice.loss}`] : []),
  ];
  const instead = [...changedLayers.map((l) => start.activations[l]!), ...(lossChanged ? [start.loss] : [])];
  const example = [
    ...(changedLayers.length > 0 ? [`activations: ${start.activations.join(', ')}`] : []),
    ...(lossChanged ? [`loss: ${start.loss}`] : []),
  ];
  const settled = new Set([
    ...(changedLayers.length === open.activations.length && changedLayers.length > 0 ? ['activation'] : []),
    ...(lossChanged ? ['loss'] : []),
  ]);
  const keep = (note: Note) =>
    !(
      (note.id === 'definition.note.default' && settled.has(String(note.params.key))) ||
      (DEFAULT_NOTES.has(note.id) &&
        (note.id === 'definition.note.mse_reading' ? lossChanged : settled.has('activation')))
    );
  const notes = base.notes.filter(keep);
  notes.push({
    id: 'definition.note.defaults_confirmed',
    params: {
      what: what.join(' and '),
      instead: instead.join(', '),
      // The numbers that tell the choice from the default (those both reproduce decide nothing).
      numbers: quoteNumbers(winner.by.filter((n) => !defaults.by.includes(n))),
      example: example.join(' '),
    },
  });
  if (tied) {
    const others = otherChoices(
      winner.choice,
      top.slice(1).map((t) => t.choice),
    );
    notes.push({ id: 'definition.note.same_numbers', params: { taken: what.join(' and '), others } });
  }
  return {
    ...base,
    spec: withChoice(winner.choice),
    notes,
    defaultsApplied: base.defaultsApplied.filter(
      (field) =>
        !(field === 'loss' && lossChanged) && !(field === 'activations' && settled.has('activation')),
    ),
    open: {
      activations: open.activations.filter((l) => !changedLayers.includes(l)),
      loss: open.loss && !lossChanged,
    },
  };
}
