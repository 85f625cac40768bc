// Step 4c of reading: a learning rate the setup leaves out, taken from the worked solution pasted with it only when
// the solution states it in words and its own new weights are reproduced by it (HMKCode: "learning rate (a) as 0.05").
import { agreesToGivenDigits, parseGivenNumber, type GivenNumber } from '../check/numbers.js';
import { computeTrace, resolveSpec } from '../core/index.js';
import type { Assembled } from './assemble-spec.js';
import { pageNumbers, quoteNumbers, specNumbers, type PageNumber } from './choose-reading.js';
import { DEFAULTS } from './defaults.js';

// The words, then at most 40 characters without a digit or a line break, then the number: "η = 0.5", "lr=0.1".
const STATED = /(?:learning\s?rate|\\eta\b|η|\\alpha\b|α|\blr\b)[^\n\d]{0,40}?(\d*\.\d+|\d+)(?![\d.]*\d)/gi;
/** A page states one rate, or a few to compare: more is prose about rates, not this network's. */
const MAX_STATED = 4;
/** The stated rate must reproduce this many more of the page's numbers than the default does. */
const MARGIN = 2;
/** Worked examples are small; a larger network keeps its stated default (each candidate costs a trace). */
const MAX_WEIGHTS = 256;

export interface StatedRate {
  value: number;
  words: string;
}

/** Every learning rate written after its words (learning rate, η, α, lr), in order, each value once. */
export function learningRatesStated(text: string): StatedRate[] {
  const found: StatedRate[] = [];
  STATED.lastIndex = 0;
  for (let match = STATED.exec(text); match && found.length < MAX_STATED; match = STATED.exec(text)) {
    const value = Number(match[1]);
    if (value > 0 && value <= 10 && !found.some((f) => f.value === value))
      found.push({ value, words: match[0].trim() });
  }
  return found;
}

/** The new weights and biases of the spec under a learning rate, or none when it does not resolve. */
function updatedValues(spec: Record<string, unknown>, learningRate: number): number[] {
  const resolved = resolveSpec({ ...spec, learningRate, steps: 1 });
  if (!resolved.ok) return [];
  const trace = computeTrace(resolved.value);
  return [...trace.updatedWeights.flat(2), ...trace.updatedBiases.flat()];
}

/** What the learning rate does not change: the forward pass, the loss and the gradients. */
function unchangedValues(spec: Record<string, unknown>): number[] {
  const resolved = resolveSpec({ ...spec, steps: 1 });
  if (!resolved.ok) return [];
  const trace = computeTrace(resolved.value);
  return [
    ...trace.net.flat(),
    ...trace.out.flat(),
    trace.loss,
    ...trace.dE_dOut.flat(),
    ...trace.delta.flat(),
    ...trace.gradWeights.flat(2),
    ...trace.gradBiases.flat(),
  ];
}

/** The page's numbers some value gives to their digits, rounded or truncated (HMKCode truncates: 0.213755 → 0.213). */
function reproduced(values: number[], numbers: { page: PageNumber; given: GivenNumber }[]): PageNumber[] {
  return numbers.filter((n) => values.some((v) => agreesToGivenDigits(v, n.given))).map((n) => n.page);
}

export function chooseLearningRate(base: Assembled, worked: string): Assembled {
  const { spec } = base;
  const layers = spec.layers as number[] | undefined;
  if (!layers || !base.defaultsApplied.includes('learningRate')) return base;
  const weights = layers.slice(1).reduce((sum, units, l) => sum + units * layers[l]!, 0);
  const stated = learningRatesStated(worked);
  if (stated.length === 0 || weights > MAX_WEIGHTS) return base;
  const given = specNumbers(spec);
  const numbers = pageNumbers(worked)
    .filter((n) => !given.has(n.value) && n.text.replace(/^[-+]?[0.]*/, '').replace('.', '').length >= 3)
    .map((page) => ({ page, given: parseGivenNumber(page.text)! }))
    .filter((n) => n.given !== undefined);
  // A number the forward pass or a gradient gives too (HMKCode's prediction 0.214, new w6 0.2138) tells no rate.
  const unchanged = unchangedValues(spec);
  const telling = numbers.filter((n) => !unchanged.some((v) => agreesToGivenDigits(v, n.given)));
  const byDefault = reproduced(updatedValues(spec, DEFAULTS.learningRate), telling);
  const scored = stated.map((rate) => ({ rate, by: reproduced(updatedValues(spec, rate.value), telling) }));
  const best = Math.max(...scored.map((s) => s.by.length));
  const top = scored.filter((s) => s.by.length === best);
  if (top.length !== 1 || best < byDefault.length + MARGIN) return base;
  const { rate, by } = top[0]!;
  const notes = base.notes.filter(
    (note) => !(note.id === 'definition.note.default' && note.params.key === 'learning rate'),
  );
  notes.push({
    id: 'definition.note.learning_rate_from_solution',
    params: {
      value: String(rate.value),
      words: rate.words,
      numbers: quoteNumbers(by.filter((n) => !byDefault.includes(n))),
      instead: String(DEFAULTS.learningRate),
    },
  });
  return {
    ...base,
    spec: { ...spec, learningRate: rate.value },
    notes,
    defaultsApplied: base.defaultsApplied.filter((field) => field !== 'learningRate'),
  };
}
