// explain:w5 — the chain rule of one weight, its factors and product read from the trace.
import { describe, expect, it } from 'vitest';
import { computeTrace } from '../../src/core/index.js';
import { loadPreset } from '../../src/definition/index.js';
import { chainRule } from '../../src/text/chain-rule.js';
import { displayNumber } from '../../src/text/number-format.js';

const traceOf = (name: string) => {
  const preset = loadPreset(name);
  if (!preset.ok) throw new Error(`${name} preset missing`);
  return computeTrace(preset.value.spec);
};
const trace = traceOf('course-q6');

describe('chainRule', () => {
  it('w5: ∂E/∂out_o1 · ∂out_o1/∂net_o1 · out_h1, each factor and the product from the trace', () => {
    const rule = chainRule(trace, 'w5', { precision: 4, notation: 'classic' })!;
    const [dOut, local, h1, grad] = [
      trace.dE_dOut[1]![0]!,
      trace.dOut_dNet[1]![0]!,
      trace.out[0]![0]!,
      trace.gradWeights[1]![0]![0]!,
    ].map((x) => displayNumber(x));
    expect(rule.text).toBe(
      `∂E/∂w5 = ∂E/∂out_o1 · ∂out_o1/∂net_o1 · ∂net_o1/∂w5 = ${dOut}·${local}·${h1} = ${grad}`,
    );
    expect(rule.text).toContain('= 0.7414·0.1868·0.5933 = 0.0822');
    expect(rule.latex[1]).toBe('= 0.7414 \\cdot 0.1868 \\cdot 0.5933 = 0.0822');
    expect(rule.latex[0]).toContain('\\frac{\\partial E}{\\partial \\mathrm{out}_{o1}}');
  });

  it('writes a negative factor in brackets and an input as given', () => {
    const rule = chainRule(trace, 'w7', { precision: 4, notation: 'course' })!;
    expect(rule.text).toBe('∂E/∂w7 = ∂E/∂o2 · ∂o2/∂a_o2 · ∂a_o2/∂w7 = (−0.2171)·0.1755·0.5933 = −0.0226');
    expect(chainRule(trace, 'w1', { precision: 4, notation: 'classic' })!.text).toContain(
      '·0.05 = 0.0004386',
    );
  });

  it("takes the notation's own name (textbook w35) as well as the classic number", () => {
    const textbook = chainRule(trace, 'w35', { precision: 4, notation: 'textbook' })!;
    expect(textbook.weight).toBe('w35');
    expect(textbook.text.endsWith('= 0.0822')).toBe(true);
    expect(chainRule(trace, 'w5', { precision: 4, notation: 'textbook' })!.weight).toBe('w35');
  });

  it('stops at δ where the output layer computes δ as a whole (softmax with cross-entropy)', () => {
    const softmax = traceOf('softmax-3class');
    const rule = chainRule(softmax, 'w_{7}', { precision: 4, notation: 'classic' });
    expect(rule?.text).toMatch(/^∂E\/∂w7 = δ_o\d·out_h\d = /);
  });

  it('knows no weight the network does not have', () => {
    expect(chainRule(trace, 'w9', { precision: 4, notation: 'classic' })).toBeUndefined();
    expect(chainRule(trace, 'b1', { precision: 4, notation: 'classic' })).toBeUndefined();
  });
});
