// Every notation writes the same numbers as the classic walkthrough, only under the course's own names.
import { describe, expect, it } from 'vitest';
import { computeTrace } from '../../src/core/index.js';
import { loadPreset } from '../../src/definition/index.js';
import { NOTATION_NAMES, notationOfPage } from '../../src/text/notations.js';
import { walkthrough } from '../../src/text/walkthrough.js';

const preset = loadPreset('course-q6');
if (!preset.ok) throw new Error('course-q6 preset missing');
const trace = computeTrace(preset.value.spec);
const text = (notation: (typeof NOTATION_NAMES)[number]) => walkthrough(trace, { precision: 4, notation });
/** The numbers after the last "=" of every formula line, in order: what a notation must not change. */
const results = (written: string) =>
  written
    .split('\n')
    .filter((line) => line.includes(' = '))
    .map((line) => line.slice(line.lastIndexOf(' = ') + 3).trim());

describe('notation:', () => {
  it('course writes a_h1 for the pre-activation and h1, o1 for the outputs, as the course notes do', () => {
    const course = text('course');
    expect(course).toContain('a_h1 = w1·i1 + w2·i2 + b1 = 0.15·0.05 + 0.2·0.1 + 0.35 = 0.3775');
    expect(course).toContain('h1 = σ(a_h1) = σ(0.3775) = 0.5933');
    expect(course).toContain('∂E/∂o1 = o1 − t1 = 0.7514 − 0.01 = 0.7414');
    expect(course).toContain('δ_o2 = ∂E/∂o2 · ∂o2/∂a_o2 = (−0.2171)·0.1755 = −0.0381');
    expect(course).not.toMatch(/\b(net|out)_/);
  });

  it('layered writes z⁽ˡ⁾ⱼ, a⁽ˡ⁾ⱼ, δ⁽ˡ⁾ⱼ and W⁽ˡ⁾ⱼᵢ', () => {
    const layered = text('layered');
    expect(layered).toContain('z⁽¹⁾₁ = W⁽¹⁾₁₁·x₁ + W⁽¹⁾₁₂·x₂ + b⁽¹⁾ = 0.15·0.05 + 0.2·0.1 + 0.35 = 0.3775');
    expect(layered).toContain(
      '∂E/∂a⁽¹⁾₁ = δ⁽²⁾₁·W⁽²⁾₁₁ + δ⁽²⁾₂·W⁽²⁾₂₁ = 0.1385·0.4 + (−0.0381)·0.5 = 0.0364',
    );
  });

  it('textbook numbers units through the network (I_3, O_3, w13, θ) and writes δ as ∂E/∂I_j, not Err_j (its sign is opposite)', () => {
    const textbook = text('textbook');
    expect(textbook).toContain('I_3 = w13·O_1 + w23·O_2 + θ_3…4 = 0.15·0.05 + 0.2·0.1 + 0.35 = 0.3775');
    expect(textbook).toContain('∂E/∂I_6 = ∂E/∂O_6 · ∂O_6/∂I_6 = (−0.2171)·0.1755 = −0.0381');
    expect(textbook).not.toContain('Err_');
  });

  it.each(NOTATION_NAMES)('%s changes names only: every result is the classic one, line by line', (name) => {
    expect(results(text(name))).toEqual(results(text('classic')));
  });

  it('recognises the notation of a pasted page, and none on a page without unit names', () => {
    expect(notationOfPage('$$a_{h_1} = 0.35 + 0.05 * 0.15 = 0.3775$$\nh1 = σ(a_{h_1})')).toBe('course');
    expect(notationOfPage('net_{h1} = 0.3775, out_{h1} = 0.5933, net_o1 = 1.1059')).toBe('classic');
    expect(notationOfPage('z^{(1)} = W^{(1)} x + b^{(1)}, a^{(1)} = σ(z^{(1)})')).toBe('layered');
    expect(notationOfPage('I_4 = 0.2, O_4 = 0.55, Err_6 = 0.13, θ_4 = 0.1')).toBe('textbook');
    expect(notationOfPage('w1=0.15 w2=0.2 i1=0.05 t1=0.01')).toBeUndefined();
  });
});
