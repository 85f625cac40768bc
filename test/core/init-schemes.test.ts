import { describe, expect, it } from 'vitest';
import {
  INIT_SCHEMES,
  initStd,
  initVariance,
  sampleWeightMatrix,
  xavierUniformLimit,
} from '../../src/core/init-schemes.js';
import { createSeededRandom } from '../../src/core/seeded-random.js';

describe('initVariance', () => {
  it('uses the papers’ variances', () => {
    expect(initVariance('standard_normal', 256, 128)).toBe(1);
    expect(initVariance('xavier_normal', 256, 128)).toBeCloseTo(2 / 384, 15); // Glorot & Bengio 2010, eq. 12
    expect(initVariance('xavier_uniform', 256, 128)).toBeCloseTo(2 / 384, 15);
    expect(initVariance('he_normal', 256, 128)).toBeCloseTo(2 / 256, 15); // He et al. 2015, eq. 10
    expect(initVariance('lecun_normal', 256, 128)).toBeCloseTo(1 / 256, 15); // LeCun et al. 1998, §4.6
    expect(initVariance('zeros', 256, 128)).toBe(0);
  });

  it('gives the issue’s example: Xavier with fan_in 256, fan_out 128 has std √(2/384) = 0.0722', () => {
    expect(initStd('xavier_normal', 256, 128).toFixed(4)).toBe('0.0722');
  });

  it('bounds Xavier uniform at √(6/(n_in+n_out)), whose variance a²/3 is 2/(n_in+n_out)', () => {
    const a = xavierUniformLimit(100, 50);
    expect(a).toBeCloseTo(Math.sqrt(6 / 150), 15);
    expect((a * a) / 3).toBeCloseTo(initVariance('xavier_uniform', 100, 50), 15);
  });
});

describe('sampleWeightMatrix', () => {
  it('draws fanOut × fanIn matrices whose sample variance matches the scheme', () => {
    for (const scheme of INIT_SCHEMES) {
      const matrix = sampleWeightMatrix(scheme, 200, 100, createSeededRandom(5));
      expect(matrix).toHaveLength(100);
      expect(matrix[0]).toHaveLength(200);
      const values = matrix.flat();
      const variance = values.reduce((s, v) => s + v * v, 0) / values.length;
      const expected = initVariance(scheme, 200, 100);
      if (expected === 0) expect(variance).toBe(0);
      else expect(Math.abs(variance / expected - 1)).toBeLessThan(0.03);
    }
  });

  it('keeps Xavier uniform inside ±a and is reproducible from the seed', () => {
    const a = xavierUniformLimit(30, 20);
    const first = sampleWeightMatrix('xavier_uniform', 30, 20, createSeededRandom(9));
    expect(Math.max(...first.flat().map(Math.abs))).toBeLessThanOrEqual(a);
    expect(sampleWeightMatrix('xavier_uniform', 30, 20, createSeededRandom(9))).toEqual(first);
  });
});
