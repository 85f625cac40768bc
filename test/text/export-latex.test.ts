// export:latex: a complete answer key, structured as LaTeX, with every number of the walkthrough in order.
import { describe, expect, it } from 'vitest';
import { computeTrace } from '../../src/core/index.js';
import { loadPreset } from '../../src/definition/index.js';
import { latexAnswerKey, toLatexMath } from '../../src/text/export-latex.js';
import { walkthrough, walkthroughLines } from '../../src/text/walkthrough.js';

const preset = loadPreset('course-q6');
if (!preset.ok) throw new Error('course-q6 preset missing');
const trace = computeTrace(preset.value.spec);
const DECIMALS = /\d+\.\d+/g;

function keyOf(locale: 'en' | 'fa', notation: 'classic' | 'course' = 'classic') {
  const options = { precision: 4, locale, notation } as const;
  return {
    tex: latexAnswerKey(walkthroughLines(trace, options), { locale, diagram: 'backprop-summary.png' }),
    text: walkthrough(trace, options),
  };
}

/** Braces opened and closed, not counting the escaped \{ and \} of text. */
const balance = (tex: string) => {
  const plain = tex.replace(/\\[{}]/g, '');
  return (plain.match(/{/g)?.length ?? 0) - (plain.match(/}/g)?.length ?? 0);
};

describe('export:latex', () => {
  it.each(['en', 'fa'] as const)('%s: a whole document with balanced braces and the diagram', (locale) => {
    const { tex } = keyOf(locale);
    expect(tex).toMatch(/^% Compile with/);
    expect(tex).toContain('\\documentclass[11pt]{article}');
    expect(tex).toContain('\\begin{document}');
    expect(tex.trimEnd().endsWith('\\end{document}')).toBe(true);
    expect(tex).toContain('\\includegraphics[width=0.9\\linewidth]{backprop-summary.png}');
    expect(balance(tex)).toBe(0);
    expect(tex.match(/\\\[/g)?.length).toBe(tex.match(/\\\]/g)?.length);
    expect(tex).not.toMatch(/[\u2066-\u2069\u200e\u200f]/);
  });

  it.each(['en', 'fa'] as const)('%s: every number of the walkthrough, in the same order', (locale) => {
    const { tex, text } = keyOf(locale);
    const numbers = text.match(DECIMALS)!;
    expect(numbers.length).toBeGreaterThan(100);
    const body = tex.replace(/\\includegraphics\[[^\]]*\]/, '');
    expect(body.match(DECIMALS)).toEqual(numbers);
  });

  it('writes the formulas as LaTeX math in the chosen notation', () => {
    expect(keyOf('en').tex).toContain(
      '\\[ \\mathrm{out}_{h1} = \\sigma (\\mathrm{net}_{h1}) = \\sigma (0.3775) = 0.5933 \\]',
    );
    expect(keyOf('en').tex).toContain(
      '\\[ w5^{+} = w5 - \\eta \\cdot \\partial E/\\partial w5 = 0.4 - 0.3 \\cdot 0.0822 = 0.3753 \\]',
    );
    expect(keyOf('en', 'course').tex).toContain('\\[ h1 = \\sigma (a_{h1}) = \\sigma (0.3775) = 0.5933 \\]');
    expect(toLatexMath('z⁽¹⁾₁ = W⁽¹⁾₁₂·x₂')).toBe('z^{(1)}_{1} = W^{(1)}_{12} \\cdot x_{2}');
    expect(toLatexMath('E_o1 = ½(t1 − o1)² = 2.1·10⁻⁹')).toBe(
      'E_{o1} = \\tfrac{1}{2}(t1 - o1)^{2} = 2.1 \\cdot 10^{-9}',
    );
  });

  it('Persian: XePersian with Vazirmatn, Persian headings, Latin runs set left to right', () => {
    const { tex } = keyOf('fa');
    expect(tex).toContain('\\usepackage{xepersian}');
    expect(tex).toContain('\\settextfont{Vazirmatn}');
    expect(tex).toContain('\\section*{پس‌انتشار خطا، گام به گام}');
    expect(tex).toMatch(/\\lr\{2-2-2\}/);
  });

  it.each(['course-q6', 'deep-relu', 'moons'])(
    "fa %s: every \\lr{} holds whole bracket pairs (the sentence's own brackets stay outside)",
    (name) => {
      const loaded = loadPreset(name);
      if (!loaded.ok) throw new Error(`${name} preset missing`);
      const lines = walkthroughLines(computeTrace(loaded.value.spec), { precision: 4, locale: 'fa' });
      const tex = latexAnswerKey(lines, { locale: 'fa', diagram: 'backprop-summary.png' });
      const runs = tex.match(/\\lr\{(?:[^{}]|\{[^{}]*\})*\}/g) ?? [];
      expect(runs.length).toBeGreaterThan(4);
      for (const run of runs) {
        let depth = 0;
        for (const char of run) {
          depth += char === '(' ? 1 : char === ')' ? -1 : 0;
          expect(depth, run).toBeGreaterThanOrEqual(0);
        }
        expect(depth, run).toBe(0);
      }
      // η and its value are one left-to-right run, not "0.5 = η" in the right-to-left line.
      expect(tex).toMatch(/\\lr\{\$\\eta\$ = \d/);
    },
  );
});
