// Every lesson file in both languages: valid front matter, short enough for one chat message, every number filled.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeholdersOf } from '../../src/lessons/build-lesson.js';
import {
  buildLesson,
  lessonTopics,
  listLessonTopics,
  loadLessons,
  resolveLessonParameters,
} from '../../src/lessons/index.js';
import { LESSONS_DIRECTORY, type Topic } from '../../src/lessons/lesson-catalogue.js';
import { lessonValues } from '../../src/lessons/lesson-values.js';
import { CHAT_MESSAGE_LIMIT } from '../../src/text/limits.js';

/** The topics and aliases of issue 7, in its order. */
const ISSUE_TOPICS: Record<string, string[]> = {
  backprop: ['chain-rule'],
  'logreg-vs-perceptron': [],
  'mse-vs-ce': ['cross-entropy', 'ce', 'bce'],
  xavier: ['glorot'],
  he: ['kaiming'],
  lecun: [],
  'zero-init': ['symmetry'],
  'sigmoid-vs-relu': [],
  'vanishing-gradient': [],
  'dying-relu': [],
  'sparse-connections': [],
  pruning: ['magnitude', 'sensitivity'],
  obd: ['optimal-brain-damage'],
  'batch-vs-sgd': ['mini-batch', 'minibatch', 'online', 'sgd', 'batch-size', 'stochastic-gradient-descent'],
  momentum: ['nesterov', 'heavy-ball', 'velocity'],
  adam: ['bias-correction', 'adaptive-moments'],
  'weight-decay': ['l2', 'adamw', 'l2-regularization'],
  'softmax-cross-entropy': ['softmax', 'softmax-ce', 'categorical-cross-entropy'],
  xor: ['exclusive-or', 'linear-separability'],
};

const CORE_LIMIT = 1500;
const PERSIAN = /[\u0600-\u06FF]/;
const topics = lessonTopics();

/** The parameter sets to try: defaults, every parameter at its minimum, every parameter at its maximum. */
function parameterSets(topic: Topic): Record<string, number>[] {
  const specs = Object.entries(topic.lessons.en.meta.parameters);
  if (specs.length === 0) return [{}];
  return [
    Object.fromEntries(specs.map(([name, spec]) => [name, spec.default])),
    Object.fromEntries(specs.map(([name, spec]) => [name, spec.min])),
    Object.fromEntries(specs.map(([name, spec]) => [name, spec.max])),
  ];
}

describe('the lesson files', () => {
  it('load without a problem, one topic per issue topic, in the issue’s order, with its aliases', () => {
    const loaded = loadLessons();
    expect(loaded.ok ? [] : loaded.error.map((e) => e.message)).toEqual([]);
    expect(listLessonTopics().map((t) => [t.id, t.aliases])).toEqual(Object.entries(ISSUE_TOPICS));
  });

  it('name every topic and alias once across all topics', () => {
    const names = listLessonTopics().flatMap((t) => [t.id, ...t.aliases]);
    expect(new Set(names).size).toBe(names.length);
  });

  it('exist in both languages for every topic, and nothing else lives in the directory', () => {
    const files = readdirSync(LESSONS_DIRECTORY).sort();
    expect(files).toEqual(
      Object.keys(ISSUE_TOPICS)
        .flatMap((id) => [`${id}.en.md`, `${id}.fa.md`])
        .sort(),
    );
  });

  for (const topic of topics) {
    describe(topic.id, () => {
      for (const locale of ['en', 'fa'] as const) {
        const lesson = topic.lessons[locale];

        it(`${locale}: keeps the core within ${CORE_LIMIT} characters and the reply within one chat message, for defaults and extremes`, () => {
          for (const parameters of parameterSets(topic)) {
            const built = buildLesson(topic, locale, parameters, 'dark');
            const core = built.text.slice(built.text.indexOf('\n\n') + 2, built.text.lastIndexOf('\n\n'));
            expect(core.length, JSON.stringify(parameters)).toBeLessThanOrEqual(CORE_LIMIT);
            expect(built.text.length).toBeLessThanOrEqual(CHAT_MESSAGE_LIMIT);
            expect(built.text).not.toMatch(/\{\{|\}\}|NaN|undefined/);
            expect(built.more.content).not.toMatch(/\{\{|\}\}|NaN|undefined/);
          }
        });

        it(`${locale}: uses only placeholders its topic computes`, () => {
          const values = lessonValues(topic.id, parameterSets(topic)[0]!);
          for (const name of placeholdersOf(lesson.core + lesson.more))
            expect(Object.keys(values)).toContain(name);
        });

        it(`${locale}: has the sections of a lesson, and references in both parts`, () => {
          const sections =
            locale === 'en'
              ? ['**What.**', '**Why it matters.**', '**Formulas**', '**Common mistakes**', '**References:**']
              : ['**چیست؟**', '**چرا مهم است؟**', '**فرمول‌ها**', '**اشتباه‌های رایج**', '**منابع:**'];
          for (const section of sections) expect(lesson.core).toContain(section);
          expect(lesson.more).toMatch(locale === 'en' ? /## References/ : /## منابع/);
          const bullets = lesson.core.split('\n').filter((line) => line.startsWith('• '));
          expect(bullets.length).toBeGreaterThanOrEqual(3);
        });

        it(`${locale}: is written in its language`, () => {
          if (locale === 'fa') expect(lesson.core.replace(/`[^`]*`/g, '')).toMatch(PERSIAN);
          else expect(lesson.core + lesson.more + lesson.meta.title).not.toMatch(PERSIAN);
        });
      }
    });
  }
});

describe('the facts the lessons must teach', () => {
  const core = (id: string, locale: 'en' | 'fa' = 'en') => {
    const topic = topics.find((t) => t.id === id)!;
    const parameters = resolveLessonParameters(topic, {});
    if (!parameters.ok) throw new Error('defaults');
    return buildLesson(topic, locale, parameters.value, 'dark').text;
  };

  it('gives the papers’ variances', () => {
    expect(core('xavier')).toContain('Var(w) = 2/(n_in + n_out)');
    expect(core('xavier')).toContain('a = √(6/(n_in + n_out))');
    expect(core('he')).toContain('Var(w) = 2/n_in');
    expect(core('lecun')).toContain('Var(w) = 1/n_in');
    expect(core('sigmoid-vs-relu')).toContain('σ′(z) = σ(z)·(1 − σ(z)) ≤ σ′(0) = 0.25');
    // the Persian lessons carry the very same formula lines
    for (const id of ['xavier', 'he', 'lecun', 'sigmoid-vs-relu']) {
      const formula = core(id).match(/`(Var\(w\) = [^`]*|σ\(z\) = [^`]*)`/)![0];
      expect(core(id, 'fa')).toContain(formula);
    }
  });

  it('names the course notes’ errata as pitfalls in both languages', () => {
    expect(core('backprop')).toMatch(/∂E\/∂o as 1[\s\S]*o − t[\s\S]*0\.3668[\s\S]*0\.37535/);
    expect(core('backprop', 'fa')).toMatch(/∂E\/∂o = 1[\s\S]*o − t[\s\S]*0\.3668[\s\S]*0\.37535/);
    expect(core('mse-vs-ce')).toMatch(/Dropping CE's minus sign/);
    expect(core('mse-vs-ce')).toMatch(/for y = 0, MSE is ŷ² and CE is −ln\(1 − ŷ\)/);
    expect(core('mse-vs-ce')).toMatch(/MSE is not convex in the weights but CE is/);
    expect(core('mse-vs-ce', 'fa')).toMatch(/علامت منفی CE/);
    expect(core('logreg-vs-perceptron')).toMatch(
      /"Logistic regression is nonlinear"[\s\S]*linear classifier/,
    );
    expect(core('logreg-vs-perceptron', 'fa')).toMatch(/غیرخطی است[\s\S]*دسته‌بند خطی/);
    expect(core('sigmoid-vs-relu')).toMatch(/overfits more[\s\S]*an opinion, not a property of ReLU/);
    expect(core('sigmoid-vs-relu', 'fa')).toMatch(/بیش‌برازش[\s\S]*یک نظر است، نه ویژگی ReLU/);
  });

  it('cites the papers the issue asks for', () => {
    expect(core('xavier')).toContain('Glorot & Bengio 2010');
    expect(core('he')).toContain('He et al. 2015');
    expect(core('lecun')).toContain('LeCun et al. 1998 "Efficient BackProp"');
    expect(core('obd')).toContain('LeCun, Denker & Solla 1990');
    expect(core('backprop')).toContain('Rumelhart, Hinton & Williams 1986');
  });
});

describe('loadLessons on broken lesson files', () => {
  const good = readFileSync(join(LESSONS_DIRECTORY, 'he.en.md'), 'utf8');
  const goodFa = readFileSync(join(LESSONS_DIRECTORY, 'he.fa.md'), 'utf8');
  const directoryWith = (files: Record<string, string>): string => {
    const directory = mkdtempSync(join(tmpdir(), 'lessons-'));
    for (const [name, content] of Object.entries(files)) writeFileSync(join(directory, name), content);
    return directory;
  };
  const problems = (files: Record<string, string>): string[] => {
    const loaded = loadLessons(directoryWith(files));
    return loaded.ok ? [] : loaded.error.map((e) => e.message);
  };

  it('accepts a well-formed pair', () => {
    expect(problems({ 'he.en.md': good, 'he.fa.md': goodFa })).toEqual([]);
  });

  it('reports a missing language', () => {
    expect(problems({ 'he.en.md': good })).toEqual(['he: no lesson in fa']);
  });

  it('reports parameters that differ between the languages', () => {
    expect(problems({ 'he.en.md': good, 'he.fa.md': goodFa.replace('max: 100000', 'max: 50000') })).toEqual([
      "he: 'parameters' differs between en and fa",
    ]);
  });

  it('reports a default outside its range, an unknown figure and a missing more-marker, by file', () => {
    const broken = problems({
      'he.en.md': good.replace('default: 256', 'default: 0'),
      'he.fa.md': goodFa.replace('figure: init-activation-std', 'figure: nonsense'),
      'lecun.en.md': readFileSync(join(LESSONS_DIRECTORY, 'lecun.en.md'), 'utf8').replace(
        '<!-- more -->',
        '',
      ),
    });
    expect(broken).toEqual([
      expect.stringMatching(/^he\.en\.md: default must lie within/),
      expect.stringMatching(/^he\.fa\.md: /),
      'lecun.en.md: the body needs exactly one <!-- more --> line',
    ]);
  });

  it('reports an alias used by two topics', () => {
    const lecun = readFileSync(join(LESSONS_DIRECTORY, 'lecun.en.md'), 'utf8').replace(
      'aliases: []',
      'aliases: [kaiming]',
    );
    const lecunFa = readFileSync(join(LESSONS_DIRECTORY, 'lecun.fa.md'), 'utf8').replace(
      'aliases: []',
      'aliases: [kaiming]',
    );
    expect(
      problems({ 'he.en.md': good, 'he.fa.md': goodFa, 'lecun.en.md': lecun, 'lecun.fa.md': lecunFa }),
    ).toEqual(["'kaiming' names both he and lecun"]);
  });
});
