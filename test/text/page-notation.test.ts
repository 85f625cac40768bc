// A pasted page's own names for weights and biases (issue 11): the walkthrough and the reply name each
// parameter as the homework sheet does, ours where the page is silent; names change, numbers never.
import { describe, expect, it } from 'vitest';
import { backpropSummary } from '../../src/text/backprop-summary.js';
import { chainRule } from '../../src/text/chain-rule.js';
import { notationFor } from '../../src/text/notations.js';
import { shownPageName, withPageNames } from '../../src/text/page-notation.js';
import { walkthrough } from '../../src/text/walkthrough.js';
import { readCorpusPage } from '../helpers/corpus-page.js';

/** Every number of a text, in order: what page names must never change. */
const numbers = (text: string) => text.match(/[−-]?\d+(?:\.\d+)?/g)?.filter((n) => !/^\d$/.test(n)) ?? [];
/** The numbers after the last "=" of every formula line. */
const results = (text: string) =>
  text
    .split('\n')
    .filter((line) => line.includes(' = '))
    .map((line) => line.slice(line.lastIndexOf(' = ') + 3).trim());

describe("shownPageName: the page's name as its LaTeX typesets it", () => {
  it('sets an index of digits as subscripts and drops braces (Han & Kamber `w_{14}`, `w_{04}`)', () => {
    expect(shownPageName('w_14')).toBe('w₁₄');
    expect(shownPageName('w_{04}')).toBe('w₀₄');
    expect(shownPageName('w_{1,2}')).toBe('w₁,₂');
  });
  it('keeps names that are not a digit index as written (`w11`, `v1`, `b_out`, `w(x1→h1)`)', () => {
    expect(shownPageName('w11')).toBe('w11');
    expect(shownPageName('v1')).toBe('v1');
    expect(shownPageName('b_out')).toBe('b_out');
    expect(shownPageName('w(x1→h1)')).toBe('w(x1→h1)');
    // ninjakx's README: letters in the index cannot be subscripted in Unicode, so the underscore stays.
    expect(shownPageName('w_{H11.I1}')).toBe('w_H11.I1');
  });
});

describe('withPageNames', () => {
  const shape221 = { layers: [2, 2, 1], biases: [0.1, 0.2] };
  it('falls back to the notation for every parameter the page did not name', () => {
    const ours = notationFor('classic', [2, 2, 1]);
    const nt = withPageNames(ours, [{ name: 'v1', ref: { kind: 'weight', l: 1, j: 0, i: 0 } }], shape221);
    expect(nt.weight(1, 0, 0)).toBe('v1');
    expect(nt.weight(1, 0, 1)).toBe('w6');
    expect(nt.bias(0, false, 1)).toBe('b1_2');
  });

  it('writes ours everywhere when a page name is also ours for another parameter (composed: w2 named where we count w3)', () => {
    const ours = notationFor('classic', [2, 2, 1]);
    // The page's w2 is x1→h2 (source-first), our w2 is x2→h1: with only that name, "w2" would stand for two weights.
    const clash = withPageNames(ours, [{ name: 'w2', ref: { kind: 'weight', l: 0, j: 1, i: 0 } }], shape221);
    expect(clash).toBe(ours);
    // Every weight named, source-first, is no clash: each name stands for one weight.
    const all = withPageNames(
      ours,
      [
        { name: 'w1', ref: { kind: 'weight', l: 0, j: 0, i: 0 } },
        { name: 'w2', ref: { kind: 'weight', l: 0, j: 1, i: 0 } },
        { name: 'w3', ref: { kind: 'weight', l: 0, j: 0, i: 1 } },
        { name: 'w4', ref: { kind: 'weight', l: 0, j: 1, i: 1 } },
      ],
      shape221,
    );
    expect([all.weight(0, 1, 0), all.weight(0, 0, 1)]).toEqual(['w2', 'w3']);
  });

  it("writes ours for a name too long to label an edge legibly (ninjakx's w_H21.H11 is the longest kept)", () => {
    const ours = notationFor('classic', [2, 2, 1]);
    const nt = withPageNames(
      ours,
      [
        { name: 'w_{H21.H11}', ref: { kind: 'weight', l: 0, j: 0, i: 0 } },
        { name: 'weight_from_hidden_2_to_output', ref: { kind: 'weight', l: 1, j: 0, i: 1 } },
      ],
      shape221,
    );
    expect(nt.weight(0, 0, 0)).toBe('w_H21.H11');
    expect(nt.weight(1, 0, 1)).toBe('w6');
  });
});

describe('Han & Kamber, Appendix B (test/fixtures/real-world/han-kamber-appendix-b): w_{14}, w_{04} as on the page', () => {
  const { parsed, trace } = readCorpusPage('han-kamber-appendix-b');
  const own = walkthrough(trace, { precision: 4 });
  const page = walkthrough(trace, { precision: 4, pageNames: parsed.pageNames });

  it("writes the walkthrough with the page's weight and bias names", () => {
    expect(page).toContain('net_h1 = w₁₄·i1 + w₂₄·i2 + w₃₄·i3 + w₀₄ = ');
    expect(page).toContain('∂E/∂w₄₆ = δ_o1·out_h1 = ');
    expect(page.replace(/^Names as on the page.*$/m, '')).not.toMatch(/\bw[1-8]\b/);
    expect(own).toContain('∂E/∂w7 = δ_o1·out_h1 = ');
  });

  it("maps the page's names to ours in one line under the network, in en and fa", () => {
    expect(page).toContain(
      'Names as on the page, ours in brackets: w₁₄ (w1, i1→h1), w₂₄ (w2, i2→h1), w₃₄ (w3, i3→h1), w₁₅ (w4, i1→h2),',
    );
    expect(page).toContain('w₅₆ (w8, h2→o1), w₀₄ (b1_1), w₀₅ (b1_2), w₀₆ (b2_1).');
    expect(own).not.toContain('Names as on the page');
    const fa = walkthrough(trace, { precision: 4, locale: 'fa', pageNames: parsed.pageNames });
    expect(fa).toContain('نام‌ها همان‌اند که صفحه نوشته است، نام‌های ما در پرانتز: ');
    expect(fa).toContain('\u2066w₀₆ (b2_1)\u2069.');
  });

  it('changes names, never numbers', () => {
    const formulas = (text: string) => text.split('\n').filter((line) => !line.startsWith('Names as'));
    expect(results(page)).toEqual(results(own));
    expect(numbers(formulas(page).join('\n'))).toEqual(numbers(own));
  });

  it("lists the largest gradients under the page's names, with the units they join", () => {
    const summary = (pageNames?: typeof parsed.pageNames) =>
      backpropSummary({
        trace,
        precision: 4,
        locale: 'en',
        view: 'all',
        ...(pageNames ? { pageNames } : {}),
      });
    const text = summary(parsed.pageNames);
    expect(text).toContain('∂E/∂w₄₆ = −0.0435 (h1→o1)');
    expect(text).toContain('∂E/∂w₀₆ = −0.1312\n');
    expect(text).toContain('w₁₄: 0.2000 → 0.1921');
    expect(summary()).toContain('∂E/∂w7 = −0.0435 (h1→o1)');
    expect(numbers(text)).toEqual(numbers(summary()));
  });

  it("finds the page's weight for explain: (`w46`, `w_{46}`) and writes the rule with its name", () => {
    const options = { precision: 4, notation: 'classic' as const, pageNames: parsed.pageNames };
    expect(chainRule(trace, 'w_{46}', options)?.weight).toBe('w₄₆');
    expect(chainRule(trace, 'w46', options)?.text).toMatch(/^∂E\/∂w₄₆ = /);
    // Ours still work where the page has no such name.
    expect(chainRule(trace, 'w7', options)?.weight).toBe('w₄₆');
  });
});

describe("aiml-notes-relu with its solution: w11…w22 and v1, v2 (source-first, confirmed by the page's numbers)", () => {
  const { parsed, trace } = readCorpusPage('aiml-notes-relu', true);
  it("names the layer-2 weights v1, v2 and W1's as the page placed them", () => {
    const text = walkthrough(trace, { precision: 4, pageNames: parsed.pageNames });
    expect(text).toContain('net_o1 = v1·out_h1 + v2·out_h2');
    // Source-first: w12 is x1→h2, so it multiplies i1 in h2's sum.
    expect(text).toContain('net_h2 = w12·i1 + w22·i2');
  });
});
