// The walkthrough prints the core's numbers: each formula line's result is checked against the golden trace.
import { describe, expect, it } from 'vitest';
import { computeTrace, resolveSpec, unitName, weightName } from '../../src/core/index.js';
import type { ResolvedSpec } from '../../src/core/types.js';
import { displayNumber } from '../../src/text/number-format.js';
import { walkthrough } from '../../src/text/walkthrough.js';
import { goldenCases } from '../helpers/golden.js';
import { layOutPersianMarkdown } from '../../src/text/bidi.js';
import { rightToLeftReading } from '../helpers/visual-order.js';

function goldenSpec(name: string): { spec: ResolvedSpec; golden: Record<string, unknown> } {
  const found = goldenCases().find((c) => c.name === name)!;
  const { name: _n, description: _d, ...raw } = found.spec;
  const resolved = resolveSpec(raw);
  if (!resolved.ok) throw new Error('golden spec invalid');
  return { spec: resolved.value, golden: found.trace };
}

/** The value after the last '=' of the line that starts with `lhs =`. */
function resultOf(text: string, lhs: string): string {
  const line = text.split('\n').find((l) => l.replace(/[\u2066\u2069]/g, '').startsWith(`${lhs} =`));
  if (!line) throw new Error(`no line for ${lhs}`);
  return line
    .replace(/[\u2066\u2069]/g, '')
    .split('=')
    .at(-1)!
    .trim()
    .split(/\s+/)[0]!;
}

describe('walkthrough', () => {
  const { spec, golden } = goldenSpec('mazur');
  const text = walkthrough(computeTrace(spec));
  const net = golden.net as number[][];
  const out = golden.out as number[][];
  const delta = golden.delta as number[][];
  const grad = golden.gradWeights as number[][][];
  const updated = golden.updatedWeights as number[][][];

  it('prints every net, out and δ of the golden trace', () => {
    net.forEach((layer, l) =>
      layer.forEach((_z, j) => {
        const name = unitName(l + 1, j, 3);
        expect(resultOf(text, `net_${name}`)).toBe(displayNumber(net[l]![j]!));
        expect(resultOf(text, `out_${name}`)).toBe(displayNumber(out[l]![j]!));
        expect(resultOf(text, `δ_${name}`)).toBe(displayNumber(delta[l]![j]!));
      }),
    );
  });

  it('prints every gradient and updated weight of the golden trace', () => {
    grad.forEach((W, l) =>
      W.forEach((row, j) =>
        row.forEach((g, i) => {
          const name = weightName([2, 2, 2], l, j, i);
          expect(resultOf(text, `∂E/∂${name}`)).toBe(displayNumber(g));
          expect(resultOf(text, `${name}+`)).toBe(displayNumber(updated[l]![j]![i]!));
        }),
      ),
    );
    expect(resultOf(text, 'E_total')).toBe(displayNumber(golden.loss as number));
    expect(text).toContain('The biases are not updated (updateBiases: false).');
  });

  it('writes one minus sign: − before negative numbers, never an ASCII hyphen next to −', () => {
    expect(text).toContain('δ_o2 = ∂E/∂out_o2 · ∂out_o2/∂net_o2 = (−0.2171)·0.1755 = −0.0381');
    expect(text).not.toMatch(/(^|[\s(=:·])-\d/m);
    expect(displayNumber(-2.1e-9, 2)).toBe('−2.1·10⁻⁹');
    expect(displayNumber(1234567, 4)).toBe('1.235·10⁶');
  });

  it('writes the classic example in homework notation', () => {
    expect(text).toContain('net_h1 = w1·i1 + w2·i2 + b1 = 0.15·0.05 + 0.2·0.1 + 0.35 = 0.3775');
    expect(text).toContain('∂E/∂out_o1 = out_o1 − t1 = 0.7514 − 0.01 = 0.7414');
    expect(text).toContain('∂E/∂out_h1 = δ_o1·w5 + δ_o2·w7 = 0.1385·0.4 + (−0.0381)·0.5 = 0.0364');
    expect(text).toContain('w5+ = w5 − η·∂E/∂w5 = 0.4 − 0.5·0.0822 = 0.3589');
    expect(text).toContain('∂E/∂w1 = δ_h1·i1 = 0.008771·0.05 = 0.0004386');
  });

  it('updates shared biases when asked (the course-notes exercise)', () => {
    const q6 = goldenSpec('seed-q6');
    const q6Text = walkthrough(computeTrace(q6.spec));
    const biases = q6.golden.updatedBiases as number[];
    expect(resultOf(q6Text, 'b1+')).toBe(displayNumber(biases[0]!));
    expect(resultOf(q6Text, 'b2+')).toBe(displayNumber(biases[1]!));
  });

  it('in Persian: Persian headings, every formula isolated left-to-right, same numbers', () => {
    const fa = walkthrough(computeTrace(spec), { locale: 'fa' });
    expect(fa).toContain('## گذر رو به جلو');
    expect(fa).toContain('\u2066w5+ = w5 − η·∂E/∂w5 = 0.4 − 0.5·0.0822 = 0.3589\u2069');
    for (const line of fa
      .split('\n')
      .filter((l) => /=/.test(l) && !l.startsWith('#') && !/[\u0600-\u06FF]/.test(l))) {
      expect(line.startsWith('\u2066')).toBe(true);
    }
  });

  it('in Persian: the header line in Persian punctuation and words, no field names, notes outside formulas', () => {
    const fa = layOutPersianMarkdown(walkthrough(computeTrace(spec), { locale: 'fa' }));
    const header = fa.split('\n')[2]!;
    expect(header).toContain('یک گام');
    expect(header).not.toMatch(/[\u0600-\u06FF],|\d گام/);
    expect(fa).not.toContain('updateBiases');
    // The shared-bias note and the loss change are Persian lines with their formulas isolated inside.
    const note = fa.split('\n').find((l) => l.includes('مشترک است'))!;
    expect(note.startsWith('\u2067\u2066∂E/∂b')).toBe(true);
    expect(
      rightToLeftReading(
        fa.split('\n').find((l) => l.includes('پیش از آن'))!,
        'ltr',
        ['E_total', 'پیش از آن', '0.2984', 'تغییر', '−0.007343'],
      ),
    ).toEqual(['E_total', 'پیش از آن', '0.2984', 'تغییر', '−0.007343']);
  });

  it('shows the training milestones and numeric problems', () => {
    const trained = walkthrough(computeTrace({ ...spec, steps: 100 }));
    expect(trained).toContain('## Training (100 steps)');
    expect(trained).toMatch(/step 100: E = /);
    const diverging = walkthrough(
      computeTrace({
        ...spec,
        layers: [1, 1],
        activations: ['linear'],
        weights: [[[0.5]]],
        biases: [0],
        input: [1],
        target: [1],
        loss: 'sse',
        learningRate: 10,
        steps: 1000,
      }),
    );
    expect(diverging).toMatch(/Training stopped at step \d+/);
  });
});
