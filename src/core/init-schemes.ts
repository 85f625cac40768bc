// Weight initialisation schemes with the variances of their papers (Glorot & Bengio 2010, He et al. 2015, LeCun et al. 1998).
import type { Matrix } from './types.js';
import type { SeededRandom } from './seeded-random.js';

export type InitScheme =
  'standard_normal' | 'xavier_normal' | 'xavier_uniform' | 'he_normal' | 'lecun_normal' | 'zeros';

export const INIT_SCHEMES: readonly InitScheme[] = [
  'standard_normal',
  'xavier_normal',
  'xavier_uniform',
  'he_normal',
  'lecun_normal',
  'zeros',
];

/** Var(w) of a scheme for a layer with `fanIn` inputs and `fanOut` outputs. */
export function initVariance(scheme: InitScheme, fanIn: number, fanOut: number): number {
  switch (scheme) {
    case 'standard_normal':
      return 1;
    case 'xavier_normal':
    case 'xavier_uniform': // U(−a, a) has variance a²/3 = 2/(n_in+n_out)
      return 2 / (fanIn + fanOut);
    case 'he_normal':
      return 2 / fanIn;
    case 'lecun_normal':
      return 1 / fanIn;
    case 'zeros':
      return 0;
  }
}

/** Standard deviation of the weights: √Var(w). */
export function initStd(scheme: InitScheme, fanIn: number, fanOut: number): number {
  return Math.sqrt(initVariance(scheme, fanIn, fanOut));
}

/** Xavier uniform's bound a in U(−a, a): a = √(6/(n_in+n_out)). */
export function xavierUniformLimit(fanIn: number, fanOut: number): number {
  return Math.sqrt(6 / (fanIn + fanOut));
}

/** One weight drawn from the scheme. */
export function sampleWeight(
  scheme: InitScheme,
  fanIn: number,
  fanOut: number,
  random: SeededRandom,
): number {
  if (scheme === 'zeros') return 0;
  if (scheme === 'xavier_uniform') {
    const limit = xavierUniformLimit(fanIn, fanOut);
    return random.uniformIn(-limit, limit);
  }
  return initStd(scheme, fanIn, fanOut) * random.normal();
}

/** A weight matrix, rows = destination units (fanOut × fanIn, like weights[l] in the spec). */
export function sampleWeightMatrix(
  scheme: InitScheme,
  fanIn: number,
  fanOut: number,
  random: SeededRandom,
): Matrix {
  return Array.from({ length: fanOut }, () =>
    Array.from({ length: fanIn }, () => sampleWeight(scheme, fanIn, fanOut, random)),
  );
}
