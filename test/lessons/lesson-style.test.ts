// One number style and Persian laid out right to left in every lesson (#15 items 13, 15, 17).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildLesson, lessonTopics, resolveLessonParameters } from '../../src/lessons/index.js';
import { LESSONS_DIRECTORY } from '../../src/lessons/lesson-catalogue.js';
import { lessonNumber } from '../../src/lessons/lesson-values.js';

const RLM = '\u200F';
const PERSIAN = /[\u0600-\u06FF]/;

/** Every lesson in both languages, with its defaults and with each parameter at its extremes. */
function everyLesson(): { name: string; text: string }[] {
  const lessons: { name: string; text: string }[] = [];
  for (const topic of lessonTopics()) {
    const specs = topic.lessons.en.meta.parameters;
    const settings: Record<string, number>[] = [{}];
    for (const [name, spec] of Object.entries(specs))
      settings.push({ [name]: spec.min }, { [name]: spec.max });
    for (const locale of ['en', 'fa'] as const) {
      for (const given of settings) {
        const resolved = resolveLessonParameters(topic, given);
        if (!resolved.ok) continue;
        const lesson = buildLesson(topic, locale, resolved.value, 'dark');
        lessons.push({
          name: `${topic.id}.${locale} ${JSON.stringify(given)}`,
          text: `${lesson.text}\n${lesson.more ?? ''}`,
        });
      }
    }
  }
  return lessons;
}

// Built once for the two checks that read them, before the tests: the lessons' numbers come from training and
// measuring networks (seconds of work), under the hook's time limit rather than the first test's.
let allLessons: { name: string; text: string }[] = [];
beforeAll(() => {
  allLessons = everyLesson();
});

describe('numbers in lessons', () => {
  it('writes exactly 0, a Unicode minus, 2.1·10⁻⁹ for tiny and huge values, plain decimals in between', () => {
    expect(lessonNumber(0)).toBe('0');
    expect(lessonNumber(-0.21707, 5)).toBe('−0.21707');
    expect(lessonNumber(2.1e-9)).toBe('2.1·10⁻⁹');
    expect(lessonNumber(0.41)).toBe('0.4100');
    expect(lessonNumber(6.7e8)).toBe('6.7·10⁸');
  });

  it('never writes an ASCII minus before a number, 0.0000…, or a power of ten between 10⁻³ and 10³', () => {
    expect(allLessons.length).toBeGreaterThan(100);
    const problems: string[] = [];
    for (const { name, text } of allLessons) {
      const withoutCode = text.replace(/```[\s\S]*?```/g, '');
      for (const bad of [/(?<![\w)\]])-\d/, /\b0\.0{4,}\d/, /·10(?:⁻[12]|[⁰¹²])(?![⁰-⁹])/]) {
        const found = withoutCode.match(bad);
        if (found) problems.push(`${name}: ${found[0]}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('Persian lesson files', () => {
  it('start every Persian line that begins with Latin text or code with a right-to-left mark (item 17)', () => {
    const problems: string[] = [];
    for (const file of readdirSync(LESSONS_DIRECTORY).filter((f) => f.endsWith('.fa.md'))) {
      const lines = readFileSync(join(LESSONS_DIRECTORY, file), 'utf8').split('\n');
      let fence = false;
      const body = lines.slice(lines.indexOf('---', 1) + 1);
      body.forEach((line, k) => {
        if (line.startsWith('```')) fence = !fence;
        if (fence || !PERSIAN.test(line)) return;
        const rest = line.replace(/^(#{1,6} |- |• |\d+\. )/, '');
        const first = /[A-Za-z0-9\u0370-\u03FF\u0600-\u06FF∂√Σ|]/.exec(rest)?.[0] ?? '';
        if (!PERSIAN.test(first) && !rest.startsWith(RLM)) problems.push(`${file}: ${line.slice(0, 40)}`);
        void k;
      });
    }
    expect(problems).toEqual([]);
  });

  it('leave no English word untranslated outside code and formulas (item 16)', () => {
    const untranslated = /\b(normal|uniform|seed|output|hidden|saliency|otherwise)\b/i;
    const problems = allLessons
      .filter(({ name }) => name.includes('.fa '))
      .flatMap(({ name, text }) =>
        text
          .split('\n')
          .map((line) => line.replace(/`[^`]*`/g, ''))
          .filter((line) => PERSIAN.test(line) && untranslated.test(line))
          .map((line) => `${name}: ${line.slice(0, 60)}`),
      );
    expect(problems).toEqual([]);
  });

  it('list topics with the Persian comma (item 15)', async () => {
    const { dispatch } = await import('../../src/dispatch/dispatcher.js');
    const { chatRequest, fakeDeps } = await import('../dispatch/fakes.js');
    const reply = await dispatch(chatRequest('explain', { topic: 'xavir', lang: 'fa' }), fakeDeps());
    expect(reply.text).toMatch(/xavier[^,\n]*، /);
    expect(reply.text).not.toMatch(/[a-z]`?, `?[a-z]/);
  });
});
