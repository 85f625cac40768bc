import { describe, expect, it } from 'vitest';
import {
  ACTIVATIONS,
  FAMILY_RECORD,
  LEAKY_RELU_SLOPE,
} from '../../../src/core/records/activation-records.js';
import { LOSSES } from '../../../src/core/records/loss-records.js';
import { HYPER_PARAMETERS, OPTIMIZERS } from '../../../src/core/records/optimizer-records.js';
import { compactKey } from '../../../src/definition/keys.js';

const h = 1e-6;

describe('activation records', () => {
  it("each record's derivative is the slope of its function (away from kinks)", () => {
    for (const record of Object.values(ACTIVATIONS)) {
      if (record.outputOnly) continue;
      for (const z of [-2.3, -0.7, 0.4, 1.9]) {
        const out = record.apply([z]);
        const slope = (record.apply([z + h])[0]! - record.apply([z - h])[0]!) / (2 * h);
        expect(record.derivative([z], out)[0]!, record.name).toBeCloseTo(slope, 6);
      }
    }
  });

  it('the leaky-ReLU slope is the one constant, in the function, derivative and texts', () => {
    const leaky = ACTIVATIONS.leaky_relu;
    expect(leaky.apply([-2])[0]).toBe(-2 * LEAKY_RELU_SLOPE);
    expect(leaky.derivative([-2], [0])[0]).toBe(LEAKY_RELU_SLOPE);
    expect(leaky.checkText).toContain(String(LEAKY_RELU_SLOPE));
    expect(leaky.derivativeText('out', 'net')).toContain(String(LEAKY_RELU_SLOPE));
  });

  it('every derivative family is the derivative of its own record', () => {
    for (const [family, record] of Object.entries(FAMILY_RECORD)) {
      expect(record.derivativeFamily).toBe(family);
    }
  });

  it('aliases are unique across activations once compacted', () => {
    const seen = new Map<string, string>();
    for (const record of Object.values(ACTIVATIONS))
      for (const alias of [record.name, ...record.aliases]) {
        const key = compactKey(alias);
        expect(seen.get(key) ?? record.name, alias).toBe(record.name);
        seen.set(key, record.name);
      }
  });
});

describe('loss records', () => {
  it("each record's gradient is the slope of its term", () => {
    for (const record of Object.values(LOSSES)) {
      for (const [o, t] of [
        [0.3, 1],
        [0.8, 0],
        [0.55, 0.25],
      ] as const) {
        const slope = (record.term(o + h, t, 2) - record.term(o - h, t, 2)) / (2 * h);
        expect(record.gradient(o, t, 2), record.name).toBeCloseTo(slope, 5);
      }
    }
  });

  it('the formulas written for /check and for the walkthrough name the same loss', () => {
    for (const record of Object.values(LOSSES)) {
      expect(record.indexedFormula.startsWith('E = ')).toBe(true);
      expect(record.gradientFormula.startsWith('∂E/∂o_j = ')).toBe(true);
      expect(record.termText('o', 't', 2)).toMatch(/o/);
    }
  });
});

describe('optimizer records', () => {
  const at = (step: number) => ({
    step,
    learningRate: 0.1,
    hyper: {
      momentum: HYPER_PARAMETERS.momentum.defaultValue,
      beta1: HYPER_PARAMETERS.beta1.defaultValue,
      beta2: HYPER_PARAMETERS.beta2.defaultValue,
      epsilon: HYPER_PARAMETERS.epsilon.defaultValue,
      alpha: HYPER_PARAMETERS.alpha.defaultValue,
    },
  });

  it('sgd steps against the gradient by η·g', () => {
    const p = Float64Array.of(1);
    OPTIMIZERS.sgd.update(p, Float64Array.of(2), [], 0, at(1));
    expect(p[0]).toBeCloseTo(0.8, 15);
  });

  it('momentum starts its velocity at g, then accumulates μv + g', () => {
    const p = Float64Array.of(1);
    const v = new Float64Array(1);
    OPTIMIZERS.momentum.update(p, Float64Array.of(2), [v], 0, at(1));
    expect(v[0]).toBe(2);
    OPTIMIZERS.momentum.update(p, Float64Array.of(1), [v], 0, at(2));
    expect(v[0]).toBeCloseTo(0.9 * 2 + 1, 15);
    expect(p[0]).toBeCloseTo(1 - 0.2 - 0.28, 15);
  });

  it("Adam's first step moves every parameter by about η (bias correction)", () => {
    const p = Float64Array.of(1, -1);
    const state = [new Float64Array(2), new Float64Array(2)];
    OPTIMIZERS.adam.update(p, Float64Array.of(0.3, -5), state, 0, at(1));
    OPTIMIZERS.adam.update(p, Float64Array.of(0.3, -5), state, 1, at(1));
    expect(p[0]).toBeCloseTo(0.9, 7);
    expect(p[1]).toBeCloseTo(-0.9, 7);
  });

  it('every optimizer declares one state array per name it uses and hyper-parameters that exist', () => {
    for (const record of Object.values(OPTIMIZERS)) {
      for (const name of record.hyperParameters) expect(HYPER_PARAMETERS[name]).toBeDefined();
      const p = Float64Array.of(0.5);
      const state = record.state.map(() => new Float64Array(1));
      record.update(p, Float64Array.of(0.2), state, 0, at(1));
      expect(p[0]!, record.name).toBeLessThan(0.5);
    }
  });
});
