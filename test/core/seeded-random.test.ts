import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../../src/core/seeded-random.js';

describe('createSeededRandom', () => {
  it('repeats the same sequence for the same seed and another one for another seed', () => {
    const a = createSeededRandom(42);
    const b = createSeededRandom(42);
    const c = createSeededRandom(43);
    const seqA = Array.from({ length: 5 }, () => a.uniform());
    expect(Array.from({ length: 5 }, () => b.uniform())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c.uniform())).not.toEqual(seqA);
  });

  it('draws uniforms in [0, 1) with mean 1/2 and variance 1/12', () => {
    const random = createSeededRandom(1);
    const values = Array.from({ length: 50000 }, () => random.uniform());
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length;
    expect(mean).toBeCloseTo(0.5, 2);
    expect(variance).toBeCloseTo(1 / 12, 3);
  });

  it('draws standard normals: mean 0, variance 1, about 95.4% within ±2', () => {
    const random = createSeededRandom(7);
    const values = Array.from({ length: 50000 }, () => random.normal());
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length;
    const within2 = values.filter((v) => Math.abs(v) < 2).length / values.length;
    expect(Math.abs(mean)).toBeLessThan(0.02);
    expect(Math.abs(variance - 1)).toBeLessThan(0.03);
    expect(Math.abs(within2 - 0.9545)).toBeLessThan(0.005);
  });

  it('keeps uniformIn inside its interval', () => {
    const random = createSeededRandom(3);
    for (let k = 0; k < 1000; k++) {
      const v = random.uniformIn(-0.25, 0.5);
      expect(v).toBeGreaterThanOrEqual(-0.25);
      expect(v).toBeLessThan(0.5);
    }
  });
});
