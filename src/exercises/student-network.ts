// Each student's own network: the template with the chosen parts redrawn, deterministically from the exercise
// and the student (the same student always gets the same numbers), in sensible ranges, with the template's decimals.
import { createHash } from 'node:crypto';
import { hasNoBiases } from '../core/no-biases.js';
import { createSeededRandom, type SeededRandom } from '../core/seeded-random.js';
import type { LayerBias, Matrix, ResolvedSpec, Vector } from '../core/types.js';
import type { VariablePart } from '../store/types.js';

/** A 32-bit seed from the exercise and the student (SHA-256, so neighbouring ids give unrelated networks). */
export function studentSeed(place: string, exercise: string, userId: string): number {
  return createHash('sha256').update(`${place}\u0000${exercise}\u0000${userId}`).digest().readUInt32BE(0);
}

/** Decimals of a value as the template writes it (at most 4, at least 1; 0.15 → 2, 0.5 → 1). */
export function decimalsOf(value: number): number {
  const text = String(Math.abs(value));
  if (/e/i.test(text)) return 4;
  const dot = text.indexOf('.');
  return Math.min(4, Math.max(1, dot < 0 ? 1 : text.length - dot - 1));
}

const roundTo = (value: number, decimals: number): number => {
  const rounded = Number(value.toFixed(decimals));
  return Object.is(rounded, -0) ? 0 : rounded;
};

/** The largest number of decimals among a group of template values. */
function groupDecimals(values: number[]): number {
  return values.reduce((most, value) => Math.max(most, decimalsOf(value)), 1);
}

/**
 * A value near the template's: within ±50 % of its size (at least ±0.1), rounded to `decimals`, never 0 so no
 * unit is switched off, and within `[low, high]` when the template's values lie there.
 */
function redraw(
  random: SeededRandom,
  value: number,
  decimals: number,
  low = -Infinity,
  high = Infinity,
): number {
  const spread = Math.max(0.1, Math.abs(value) * 0.5);
  const step = 10 ** -decimals;
  for (let tries = 0; tries < 8; tries++) {
    const drawn = roundTo(Math.min(high, Math.max(low, value + random.uniformIn(-spread, spread))), decimals);
    if (drawn !== 0) return drawn;
  }
  return roundTo(value === 0 ? step : value, decimals);
}

function redrawMatrix(random: SeededRandom, matrix: Matrix, decimals: number): Matrix {
  return matrix.map((row) => row.map((value) => redraw(random, value, decimals)));
}

function redrawBias(random: SeededRandom, bias: LayerBias, decimals: number): LayerBias {
  return typeof bias === 'number'
    ? redraw(random, bias, decimals)
    : bias.map((b) => redraw(random, b, decimals));
}

/** One-hot targets stay one-hot (the hot class moves); others stay in [0, 1] when the template's are there. */
function redrawTargets(random: SeededRandom, target: Vector): Vector {
  const oneHot =
    target.length > 1 &&
    target.every((t) => t === 0 || t === 1) &&
    target.filter((t) => t === 1).length === 1;
  if (oneHot) {
    const hot = Math.floor(random.uniform() * target.length);
    return target.map((_, i) => (i === hot ? 1 : 0));
  }
  const decimals = groupDecimals(target);
  const unit = target.every((t) => t >= 0 && t <= 1);
  return target.map((t) => (unit ? redraw(random, t, decimals, 0.01, 0.99) : redraw(random, t, decimals)));
}

export function studentNetwork(
  template: ResolvedSpec,
  vary: readonly VariablePart[],
  seed: number,
): ResolvedSpec {
  const random = createSeededRandom(seed);
  const parts = new Set(vary);
  const network: ResolvedSpec = structuredClone(template);
  if (parts.has('weights')) {
    const decimals = groupDecimals(template.weights.flat(2));
    network.weights = template.weights.map((matrix) => redrawMatrix(random, matrix, decimals));
    const biasValues = template.biases.flatMap((b) => (typeof b === 'number' ? [b] : b));
    const biasDecimals = groupDecimals(biasValues);
    // A network without biases stays without: redrawing its 0s would hand each student biases the page has not.
    if (!hasNoBiases(template))
      network.biases = template.biases.map((bias) => redrawBias(random, bias, biasDecimals));
  }
  if (parts.has('inputs')) {
    const decimals = groupDecimals(template.input);
    const unit = template.input.every((x) => x >= 0 && x <= 1);
    network.input = template.input.map((x) =>
      unit ? redraw(random, x, decimals, 0.01, 1) : redraw(random, x, decimals),
    );
  }
  if (parts.has('targets')) network.target = redrawTargets(random, template.target);
  if (parts.has('lr')) {
    // A learning rate from the usual homework ones, never the template's own by chance alone.
    const choices = [0.1, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.75, 0.8, 1];
    network.learningRate = choices[Math.floor(random.uniform() * choices.length)]!;
  }
  return network;
}
