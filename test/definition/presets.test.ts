// The built-in networks in assets/presets: each parses, the classic ones reproduce the golden traces.
import { describe, expect, it } from 'vitest';
import { computeTrace, finiteDifferenceGradients, traceToJson } from '../../src/core/index.js';
import {
  formatDefinition,
  describePreset,
  listPresets,
  loadPreset,
  parseDefinition,
  presetNamesStartingWith,
} from '../../src/definition/index.js';
import { compareDeep, goldenCases } from '../helpers/golden.js';

const REQUIRED = ['mazur', 'course-q6', 'xor', 'softmax-3class', 'tanh'];

function preset(name: string) {
  const result = loadPreset(name);
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error, null, 1)}`);
  return result.value;
}

describe('presets', () => {
  it('lists the required presets, each with a one-line description', () => {
    const presets = listPresets();
    expect(presets.map((p) => p.name)).toEqual(expect.arrayContaining(REQUIRED));
    for (const { name, description } of presets) {
      expect(description.length, name).toBeGreaterThan(20);
      expect(description, name).not.toContain('\n');
    }
  });

  it('describes each preset in Persian too, each in its own words', () => {
    const english = listPresets('en');
    const persian = listPresets('fa');
    expect(persian.map((p) => p.name)).toEqual(english.map((p) => p.name));
    for (const [index, { name, description }] of persian.entries()) {
      expect(description, name).toMatch(/[\u0600-\u06FF]/);
      expect(description, name).not.toBe(english[index]!.description);
      expect(description, name).not.toMatch(/^fa:/);
    }
    expect(new Set(persian.map((p) => p.description)).size).toBe(persian.length);
    expect(new Set(english.map((p) => p.description)).size).toBe(english.length);
    expect(describePreset('mazur', 'fa')).toContain('مثال کلاسیک');
    expect(describePreset('nope', 'fa')).toBeUndefined();
  });

  it.each([
    ['mazur', 'mazur'],
    ['mazur-10000', 'mazur-10000'],
    ['course-q6', 'seed-q6'],
  ])('%s reproduces the golden case %s to 1e-12', (name, golden) => {
    const { name: _name, ...expected } = goldenCases().find((c) => c.name === golden)!.trace;
    expect(compareDeep(traceToJson(computeTrace(preset(name).spec)), expected, 1e-12)).toEqual([]);
  });

  it('mazur keeps its shared biases fixed and course-q6 updates them', () => {
    expect(preset('mazur').spec).toMatchObject({
      learningRate: 0.5,
      updateBiases: false,
      biases: [0.35, 0.6],
    });
    expect(preset('course-q6').spec).toMatchObject({ learningRate: 0.3, updateBiases: true });
  });

  it('the class networks have the promised shapes', () => {
    expect(preset('xor').spec.layers).toEqual([2, 2, 1]);
    expect(preset('softmax-3class').spec).toMatchObject({
      layers: [2, 3, 3],
      activations: ['relu', 'softmax'],
      loss: 'cross_entropy',
    });
    expect(preset('tanh').spec.activations).toContain('tanh');
  });

  it.each(listPresets().map((p) => p.name))(
    '%s computes cleanly, its gradients agree with finite differences, and it round-trips',
    (name) => {
      const { spec, defaultsApplied } = preset(name);
      expect(spec.name).toBe(name);
      // Presets state everything: nothing is left to a default.
      expect(defaultsApplied).toEqual([]);
      const trace = computeTrace({ ...spec, steps: 1 });
      expect(trace.numericIssues).toEqual([]);
      const numerical = finiteDifferenceGradients({ ...spec, steps: 1 });
      const analytic = trace.gradWeights.flat(2);
      numerical.gradWeights.flat(2).forEach((g, k) => expect(Math.abs(analytic[k]! - g)).toBeLessThan(1e-7));
      const again = parseDefinition(formatDefinition(spec));
      expect(again.ok && again.value.spec).toStrictEqual(spec);
    },
  );

  it('an unknown preset is a typed error with the closest name', () => {
    const result = loadPreset('softmax3');
    expect(result).toMatchObject({
      ok: false,
      error: [{ id: 'definition.unknown_preset', hint: 'softmax-3class' }],
    });
  });

  it('a name far from every preset gets the list and no guess', () => {
    const result = loadPreset('banana-bread');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error[0]).toMatchObject({ id: 'definition.unknown_preset' });
    expect(result.error[0]!.hint).toBeUndefined();
    expect(result.error[0]!.message).toContain('mazur');
    expect(result.error[0]!.message).not.toContain('Did you mean');
  });
});

describe('preset autocomplete', () => {
  it('offers the presets starting with what was typed, in any case, and every one for nothing typed', () => {
    expect(presetNamesStartingWith('MA')).toEqual(['mazur', 'mazur-10000']);
    expect(presetNamesStartingWith('')).toEqual(listPresets().map((preset) => preset.name));
    expect(presetNamesStartingWith('zzz')).toEqual([]);
  });
});
