// A lesson for one topic, language and set of numbers: the chat text, the "more" file and the figure to draw.
import type { Locale } from '../dispatch/types.js';
import type { FigureRequest, Theme } from '../render/types.js';
import { toLatexMath } from '../text/export-latex.js';
import { ltr, t } from '../text/i18n.js';
import { persianCount } from '../text/line-list.js';
import { buildFigure } from './figures.js';
import type { Topic } from './lesson-catalogue.js';
import { type LessonParameters, type LessonValues, lessonValues } from './lesson-values.js';

export interface Lesson {
  topic: string;
  title: string;
  /** One chat message: the title and the short lesson. */
  text: string;
  /** The whole lesson with its derivations, as an attached Markdown file. */
  more: { name: string; content: string };
  figure: FigureRequest;
  figureName: string;
  figureAlt: string;
  /** The key formulas typeset from LaTeX (none when the lesson lists none). */
  formulas?: FigureRequest;
  formulasName: string;
}

/** `{{name}}` is a value; `{{#name}}` a count of things, written in the reader's digits (Persian in fa). */
const PLACEHOLDER = /\{\{(#?)([a-z][a-z0-9_]*)\}\}/gi;

/** The placeholders a lesson text uses. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[2]!);
}

/** Inside `code` on its line: an odd number of backticks before it. */
function insideCode(text: string, index: number): boolean {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  return (text.slice(lineStart, index).match(/`/g)?.length ?? 0) % 2 === 1;
}

/**
 * Fills {{name}}; in Persian a value outside code is isolated left-to-right so the sentence keeps its order, and a
 * count ({{#name}}) is a word of the sentence, in Persian digits (test/text/digits.test.ts).
 */
export function fillPlaceholders(text: string, values: LessonValues, locale: Locale): string {
  return text.replace(PLACEHOLDER, (_, count: string, name: string, offset: number) => {
    const value = values[name];
    if (value === undefined) throw new Error(`lesson placeholder {{${count}${name}}} has no value`);
    if (locale !== 'fa' || insideCode(text, offset)) return value;
    return count ? persianCount(value) : ltr(value);
  });
}

/** {{name}} in a LaTeX formula: the lesson's number written as LaTeX (−0.5 → -0.5, 2.1·10⁻⁹ → 2.1 \\cdot 10^{-9}). */
export function fillLatexPlaceholders(latex: string, values: LessonValues): string {
  return latex.replace(PLACEHOLDER, (_, _count: string, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`lesson formula placeholder {{${name}}} has no value`);
    return toLatexMath(value).replace(/%/g, '\\%');
  });
}

export function buildLesson(
  topic: Topic,
  locale: Locale,
  parameters: LessonParameters,
  theme: Theme,
): Lesson {
  const lesson = topic.lessons[locale];
  const values = lessonValues(topic.id, parameters);
  const title = lesson.meta.title;
  const core = fillPlaceholders(lesson.core, values, locale);
  const more = fillPlaceholders(lesson.more, values, locale);
  return {
    topic: topic.id,
    title,
    text: `**${title}**\n\n${core}\n\n_${t(locale, 'lessons.more_attached')}_`,
    more: { name: `${topic.id}.${locale}.md`, content: `# ${title}\n\n${core}\n\n${more}\n` },
    figure: buildFigure(lesson.meta.figure, parameters, locale, theme),
    figureName: `${topic.id}.png`,
    figureAlt: t(locale, 'lessons.figure_alt', { title }),
    ...(lesson.meta.formulas.length > 0
      ? {
          formulas: {
            kind: 'formulas' as const,
            formulas: lesson.meta.formulas.map((latex) => fillLatexPlaceholders(latex, values)),
            title,
            theme,
            locale,
          },
        }
      : {}),
    formulasName: `${topic.id}-formulas.png`,
  };
}
