// A swapped numbering (w2 = i1→h2) is explained in the layer and unit where it was found, not always the first.
import { describe, expect, it } from 'vitest';
import { checkAnswers } from '../../src/check/check-answers.js';
import { createEvaluator } from '../../src/check/evaluator.js';
import { formatCheckReport } from '../../src/check/format-report.js';
import { swappedNameFormulas, swappedNetFormulas } from '../../src/check/swapped-weights.js';
import { goldenSpec } from './helpers.js';
import { networkNamed } from './mistake-sheets.js';

describe('swapped weight numbering, where it was found', () => {
  it("writes a unit's net input both ways: the listed numbers and the ones read source-first", () => {
    const mazur = goldenSpec('mazur');
    expect(swappedNetFormulas(mazur, 1, 1)).toEqual({
      correct: 'net_o2 = w7·h1 + w8·h2 + b2',
      used: 'net_o2 = w6·h1 + w8·h2 + b2',
    });
    // 2-2-3-3: hidden layer 2 (three units from two) shares one bias b2.
    const deep = networkNamed('deep-2-2-3-3');
    expect(swappedNetFormulas(deep, 1, 2)).toEqual({
      correct: 'net_h2_3 = w9·h1_1 + w10·h1_2 + b2',
      used: 'net_h2_3 = w7·h1_1 + w10·h1_2 + b2',
    });
    expect(swappedNameFormulas(deep, 2).used).toBe(
      'w11 = h2_1→o1, w12 = h2_1→o2, w13 = h2_1→o3 (numbered by source unit)',
    );
  });

  it("names hidden layer 2 of a deeper network when that layer's number is the one a swap reproduces", () => {
    const deep = networkNamed('deep-2-2-3-3');
    const swapped = createEvaluator(deep, { weightsReadTransposed: 1 });
    const value = swapped.value({ kind: 'out', l: 1, j: 2, pass: 0 }).toFixed(5);
    const right = createEvaluator(deep).value({ kind: 'out', l: 1, j: 2, pass: 0 }).toFixed(5);
    expect(value).not.toBe(right);
    const report = checkAnswers(deep, `out_h2_3 = ${value}`);
    expect(report.rows[0]).toMatchObject({ verdict: 'incorrect', diagnoses: ['swapped_weight_indices'] });
    expect(report.rows[0]!.mistakeForms![0]).toMatchObject({
      correct: 'net_h2_3 = w9·h1_1 + w10·h1_2 + b2',
      used: 'net_h2_3 = w7·h1_1 + w10·h1_2 + b2',
    });
    const { text } = formatCheckReport(report, { locale: 'en' });
    expect(text).toContain(
      'The weights into hidden layer 2 are numbered the other way (w6 = h1_1→h2_2 instead of h1_2→h2_1).',
    );
    const fa = formatCheckReport(report, { locale: 'fa' }).text;
    expect(fa).toContain('وزن‌های ورودی به لایهٔ پنهان ۲ برعکس');
  });
});
