// Typeset formulas: every lesson's LaTeX is valid for MathJax and draws as a PNG in both themes.
import { describe, expect, it } from 'vitest';
import { buildLesson } from '../../src/lessons/build-lesson.js';
import { lessonTopics } from '../../src/lessons/lesson-catalogue.js';
import { resolveLessonParameters } from '../../src/lessons/parameters.js';
import { renderFormulasCanvas, typeset } from '../../src/render/formulas.js';
import { createRenderer } from '../../src/render/index.js';
import type { FormulasRequest } from '../../src/render/types.js';

const topics = lessonTopics();

describe('typeset formulas', () => {
  it('turns LaTeX into a sized SVG in the colour asked for, its glyphs as paths', () => {
    const { svg, width, height } = typeset(
      '\\frac{\\partial E}{\\partial w_5} = \\delta_{o_1} h_1',
      '#abcdef',
    );
    expect(width).toBeGreaterThan(50);
    expect(height).toBeGreaterThan(20);
    expect(svg).toContain('fill="#abcdef"');
    expect(svg).toContain('<path');
    expect(svg).not.toContain('currentColor');
  });

  it('refuses LaTeX MathJax cannot read instead of drawing an error box', () => {
    expect(() => typeset('\\frac{1}{', '#000')).toThrow();
    expect(() => typeset('\\notacommand x', '#000')).toThrow();
  });

  it('every lesson with formulas has the same LaTeX in English and Persian', () => {
    const withFormulas = topics.filter((topic) => topic.lessons.en.meta.formulas.length > 0);
    expect(withFormulas.length).toBeGreaterThanOrEqual(13);
    for (const topic of withFormulas) {
      expect(topic.lessons.fa.meta.formulas, topic.id).toEqual(topic.lessons.en.meta.formulas);
      // No words inside a formula: the Persian lesson shows the same image, so it must need no translation.
      expect(topic.lessons.en.meta.formulas.join(' '), topic.id).not.toMatch(/\\text/);
    }
  });

  it.each(topics.filter((topic) => topic.lessons.en.meta.formulas.length > 0).map((topic) => topic.id))(
    '%s: its formulas, filled with the default numbers, typeset and draw in both themes',
    async (id) => {
      const topic = topics.find((candidate) => candidate.id === id)!;
      const parameters = resolveLessonParameters(topic, {});
      if (!parameters.ok) throw new Error('parameters');
      for (const theme of ['dark', 'light'] as const) {
        const lesson = buildLesson(topic, 'fa', parameters.value, theme);
        const request = lesson.formulas as FormulasRequest;
        expect(request.formulas.join(' ')).not.toMatch(/\{\{|−|·10/);
        const canvas = renderFormulasCanvas(request);
        expect(canvas.width).toBeGreaterThan(200);
        const image = await createRenderer().render(request);
        expect([...image.png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
      }
    },
  );
});
