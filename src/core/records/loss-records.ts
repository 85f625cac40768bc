// One record per loss: its value and derivative per output unit, its formulas, the words people
// write for it and the mistakes /check knows for it. Everything else reads these records.
import type { LossName } from '../types.js';

export interface LossRecord {
  name: LossName;
  title: { en: string; fa: string };
  /** The loss as the walkthrough writes it, e.g. `E = ½Σ(t − o)²`. */
  formula: string;
  /** With indices, as /check shows it next to a mistake: `E = ½ Σ_j (t_j − o_j)²`. */
  indexedFormula: string;
  /** ∂E/∂o_j with indices: `∂E/∂o_j = o_j − t_j`. */
  gradientFormula: string;
  /** Words the definition language accepts for it (compared after compactKey). */
  aliases: readonly string[];
  /** One output unit's share of E (n = number of output units). */
  term(o: number, t: number, n: number): number;
  /** ∂E/∂o of one output unit. */
  gradient(o: number, t: number, n: number): number;
  /** One unit's term written with o and t (names or numbers); `complement` gives 1 − t and 1 − o when needed. */
  termText(o: string, t: string, n: number, complement?: { o: string; t: string }): string;
  /** ∂E/∂o written with o and t. */
  gradientText(o: string, t: string, n: number): string;
  /** Needs outputs in (0, 1) and targets in [0, 1] (a sigmoid or softmax output). */
  needsProbabilities: boolean;
  /** /check's missing_half: the ½ forgotten or added (scale of ∂E/∂o) and the formulas then used. */
  missingHalf?: { scale: number; usedGradient: string; usedLoss: string };
  /** How the output units combine, for /check's mean_vs_sum (undefined: the mistake does not apply). */
  overOutputs?: 'sum' | 'mean';
}

/** x·ln(y) with the convention 0·ln(0) = 0 (a zero target contributes nothing). */
function xLogY(x: number, y: number): number {
  return x === 0 ? 0 : x * Math.log(y);
}

export const LOSSES: Readonly<Record<LossName, LossRecord>> = {
  sse: {
    name: 'sse',
    title: { en: 'sum of squared errors', fa: 'مجموع مربعات خطا' },
    formula: 'E = Σ(t − o)²',
    indexedFormula: 'E = Σ_j (t_j − o_j)²',
    gradientFormula: '∂E/∂o_j = 2(o_j − t_j)',
    aliases: ['sse', 'sumofsquarederrors', 'sumsquarederror', 'squarederror', 'مجموعمربعاتخطا'],
    term: (o, t) => (t - o) ** 2,
    gradient: (o, t) => 2 * (o - t),
    termText: (o, t) => `(${t} − ${o})²`,
    gradientText: (o, t) => `2(${o} − ${t})`,
    needsProbabilities: false,
    missingHalf: {
      scale: 0.5,
      usedGradient: '∂E/∂o_j = o_j − t_j',
      usedLoss: 'E = ½·(Σ_j (t_j − o_j)²)',
    },
    overOutputs: 'sum',
  },
  half_sse: {
    name: 'half_sse',
    title: { en: 'half the sum of squared errors', fa: 'نصف مجموع مربعات خطا' },
    formula: 'E = ½Σ(t − o)²',
    indexedFormula: 'E = ½ Σ_j (t_j − o_j)²',
    gradientFormula: '∂E/∂o_j = o_j − t_j',
    aliases: [
      'half_sse',
      '1/2sse',
      '½sse',
      '0.5sse',
      '0.5*sse',
      'halfsquarederror',
      'halfsumofsquarederrors',
    ],
    term: (o, t) => 0.5 * (t - o) ** 2,
    gradient: (o, t) => o - t,
    termText: (o, t) => `½(${t} − ${o})²`,
    gradientText: (o, t) => `${o} − ${t}`,
    needsProbabilities: false,
    missingHalf: {
      scale: 2,
      usedGradient: '∂E/∂o_j = 2(o_j − t_j)',
      usedLoss: 'E = Σ_j (t_j − o_j)²',
    },
    overOutputs: 'sum',
  },
  mse: {
    name: 'mse',
    title: { en: 'mean squared error', fa: 'میانگین مربعات خطا' },
    formula: 'E = (1/n)Σ(t − o)²',
    indexedFormula: 'E = (1/n) Σ_j (t_j − o_j)²',
    gradientFormula: '∂E/∂o_j = 2(o_j − t_j)/n',
    aliases: ['mse', 'meansquarederror', 'میانگینمربعاتخطا'],
    term: (o, t, n) => (t - o) ** 2 / n,
    gradient: (o, t, n) => (2 * (o - t)) / n,
    termText: (o, t, n) => `(${t} − ${o})²/${n}`,
    gradientText: (o, t, n) => `2(${o} − ${t})/${n}`,
    needsProbabilities: false,
    missingHalf: {
      scale: 0.5,
      usedGradient: '∂E/∂o_j = (o_j − t_j)/n',
      usedLoss: 'E = ½·((1/n) Σ_j (t_j − o_j)²)',
    },
    overOutputs: 'mean',
  },
  bce: {
    name: 'bce',
    title: { en: 'binary cross-entropy', fa: 'آنتروپی متقاطع دودویی' },
    formula: 'E = −(1/n)Σ[t·ln o + (1 − t)·ln(1 − o)]',
    indexedFormula: 'E = −(1/n) Σ_j [t_j ln o_j + (1 − t_j) ln(1 − o_j)]',
    gradientFormula: '∂E/∂o_j = (o_j − t_j) / (n·o_j(1 − o_j))',
    aliases: ['bce', 'binarycrossentropy', 'logloss', 'آنتروپیمتقاطعدودویی'],
    term: (o, t, n) => -(xLogY(t, o) + xLogY(1 - t, 1 - o)) / n,
    gradient: (o, t, n) => (-(t / o) + (1 - t) / (1 - o)) / n,
    termText: (o, t, n, complement) =>
      `−[${t}·ln(${o}) + ${complement?.t ?? `(1 − ${t})`}·ln(${complement?.o ?? `1 − ${o}`})]/${n}`,
    gradientText: (o, t, n) => `[−${t}/${o} + (1 − ${t})/(1 − ${o})]/${n}`,
    needsProbabilities: true,
    overOutputs: 'mean',
  },
  cross_entropy: {
    name: 'cross_entropy',
    title: { en: 'cross-entropy', fa: 'آنتروپی متقاطع' },
    formula: 'E = −Σ t·ln o',
    indexedFormula: 'E = −Σ_j t_j ln o_j',
    gradientFormula: '∂E/∂o_j = −t_j/o_j',
    aliases: ['cross_entropy', 'crossentropy', 'ce', 'categoricalcrossentropy', 'cce', 'آنتروپیمتقاطع'],
    term: (o, t) => -xLogY(t, o),
    gradient: (o, t) => (t === 0 ? 0 : -t / o),
    termText: (o, t) => `−${t}·ln(${o})`,
    gradientText: (o, t) => `−${t}/${o}`,
    needsProbabilities: true,
  },
};

/** The record of a name someone wrote, or undefined when it names no loss. */
export function findLoss(name: string): LossRecord | undefined {
  return Object.hasOwn(LOSSES, name) ? LOSSES[name as LossName] : undefined;
}
