// The LaTeX answer key of a pasted page keeps its names (w₁₄ → w_{14}) in formulas and in the line mapping them to ours.
import { describe, expect, it } from 'vitest';
import { latexAnswerKey } from '../../src/text/export-latex.js';
import { walkthroughLines } from '../../src/text/walkthrough.js';
import { readCorpusPage } from '../helpers/corpus-page.js';

describe('answer key of Han & Kamber, Appendix B (test/fixtures/real-world/han-kamber-appendix-b)', () => {
  const { parsed, trace } = readCorpusPage('han-kamber-appendix-b');
  const key = (locale: 'en' | 'fa') =>
    latexAnswerKey(walkthroughLines(trace, { precision: 4, locale, pageNames: parsed.pageNames }), {
      locale,
    });

  it("writes w_{14} in the formulas and sets the names line's subscripts as math (no text font has ₁₄)", () => {
    const en = key('en');
    expect(en).toContain('\\mathrm{net}_{h1} = w_{14} \\cdot i1 + w_{24} \\cdot i2');
    expect(en).toContain('Names as on the page, ours in brackets: w$_{14}$ (w1, i1$\\to$h1)');
    expect(en).not.toMatch(/[₀-₉]/);
  });

  it('in Persian, each name inside \\lr{} so it reads left to right', () => {
    const fa = key('fa');
    expect(fa).toContain('\\lr{w$_{14}$} (\\lr{w1, i1}$\\to$\\lr{h1})');
    expect(fa).toContain('\\lr{w$_{06}$ (b2\\_1)}.');
    expect(fa).not.toMatch(/[₀-₉]/);
  });
});
