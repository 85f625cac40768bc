// w_{i,j} pairs as real pages count them, and a sheet's Δw sign kept from its δ (gfg-chinese-annotated).
import { describe, expect, it } from 'vitest';
import { loadCase } from '../../bench/corpus/cases.js';
import { checkAnswers } from '../../src/check/check-answers.js';
import { resolveSpec, type ResolvedSpec } from '../../src/core/index.js';
import { pairSchemeOf } from '../../src/check/textbook-names.js';

function corpusSpec(name: string): ResolvedSpec {
  const resolved = resolveSpec(loadCase(name).network);
  if (!resolved.ok) throw new Error(`${name}: network.json does not resolve`);
  return resolved.value;
}

/** GeeksforGeeks' 2-2-1 net: w_{i,j} from unit i below to neuron j (hidden 1, 2, output 3), δ = y(1 − y)(t − y). */
const gfg = corpusSpec('gfg-chinese-annotated');
/** Han & Kamber's 3-2-1 net: units numbered 1–3 (inputs), 4–5 (hidden), 6 (output). */
const hanKamber = corpusSpec('han-kamber-appendix-b');

const rows = (spec: ResolvedSpec, sheet: string) =>
  checkAnswers(spec, sheet).rows.map((r) => [r.line, r.quantity, r.verdict]);

describe('w_{i,j}: a pair of unit numbers', () => {
  it('counts neurons when a whole-network unit pair fits not every pair on the sheet (w_{1,1})', () => {
    expect(
      pairSchemeOf(
        [
          [2, 3],
          [1, 1],
        ],
        gfg,
      ),
    ).toBe('neurons');
    // w_{2,3} alone fits both; with nothing against it, units across the network (Han & Kamber) come first.
    expect(pairSchemeOf([[2, 3]], gfg)).toBe('units');
    expect(pairSchemeOf([[1, 4]], hanKamber)).toBe('units');
  });

  it("reads gfg's Δw_{2,3}, w_{2,3}(new) and the similarly updated w_{1,2}(new) … as the page counts them", () => {
    // solution.txt lines 141–160; the page's numbers are wrong or carried (see its key.json).
    const sheet = [
      '> $Δw_{2,3}=1×(−0.0376)×0.59=−0.022184$',
      '> $w_{2,3}(new)=−0.022184+0.9=0.877816$',
      '- $w_{1,1}(new)=0.200945$',
      '- $w_{1,2}(new)=0.273225$',
      '- $w_{1,3}(new)=0.086615$',
      '- $w_{2,1}(new)=0.269445$',
      '- $w_{2,2}(new)=0.18534$',
    ].join('\n');
    expect(rows(gfg, sheet).map(([, q]) => q)).toEqual([
      'eta*dE/dw6', // h2 → o1
      'w6+',
      'w1+', // i1 → h1
      'w3+', // i1 → h2
      'w5+', // h1 → o1
      'w2+', // i2 → h1
      'w4+', // i2 → h2
    ]);
  });

  it("reads Han & Kamber's w_{1,4} as units 1 → 4", () => {
    expect(rows(hanKamber, 'w_{1,4} = 0.2')).toEqual([[1, 'w1', 'correct']]);
  });
});

describe("a sheet's sign conventions", () => {
  it("reads Δw as the change once δ is in the t − o sign: gfg's positive Δw_{1,1} = 1 × (−0.0027) × 0.35 is wrong, w_{1,1}(new) carried from it", () => {
    const sheet = [
      'y_5 = F(0.702) = \\frac{1}{1 + e^{-0.702}} = 0.67',
      '> $δ_5=y_5(1−y_5)(y_{target}−y_5)$',
      '=0.67(1−0.67)(−0.17)=−0.0376',
      '> $δ_3=y_3(1−y_3)(w_{1,3}×δ_5)$',
      '=0.56(1−0.56)(0.3×−0.0376)=−0.0027',
      '> $Δw_{1,1}=1×(−0.0027)×0.35=0.000945$',
      '> $w_{1,1}(new)=0.000945+0.2=0.200945$',
    ].join('\n');
    const report = checkAnswers(gfg, sheet);
    expect(report.rows.map((r) => [r.line, r.quantity, r.verdict, r.meaning])).toEqual([
      [1, 'out_o1', 'correct', undefined],
      [2, 'delta_o1', 'correct', 'delta_other_sign'],
      [4, 'delta_h1', 'correct', 'delta_other_sign'],
      [6, 'eta*dE/dw1', 'incorrect', 'change'],
      [7, 'w1+', 'carried', 'updated'],
    ]);
  });

  it('carries on the statement above with a row that opens with => (gfg: Error_j = y_target − y_5, then => 0.5−0.67=−0.17)', () => {
    const sheet = ['> $Error_j=y_{target}−y_5$ ', '', '=> 0.5−0.67=−0.17'].join('\n');
    expect(checkAnswers(gfg, sheet).rows.map((r) => [r.line, r.quantity, r.verdict, r.meaning])).toEqual([
      [1, 'dE/dout_o1', 'correct', 'delta_other_sign'],
    ]);
  });
});
