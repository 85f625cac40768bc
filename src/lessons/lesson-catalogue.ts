// Reads every lesson under assets/lessons once: one file per topic and language, both languages required.
import { readdirSync, readFileSync } from 'node:fs';
import { projectPath } from '../paths.js';
import { fail, ok, type Result, type UserError } from '../errors.js';
import type { Locale } from '../dispatch/types.js';
import { type LessonFile, parseLessonFile } from './front-matter.js';

export const LESSON_LOCALES: readonly Locale[] = ['en', 'fa'];

/** A topic with its lesson in each language. */
export interface Topic {
  id: string;
  lessons: Record<Locale, LessonFile>;
}

export const LESSONS_DIRECTORY = projectPath('assets', 'lessons');

const FILE_NAME = /^([a-z][a-z0-9-]*)\.(en|fa)\.md$/;

/** Loads and cross-checks the lesson files of `directory`: every problem of every file, or the topics in order. */
export function loadLessons(directory: string = LESSONS_DIRECTORY): Result<Topic[]> {
  const errors: UserError[] = [];
  const byTopic = new Map<string, Partial<Record<Locale, LessonFile>>>();
  for (const name of readdirSync(directory).sort()) {
    if (!name.endsWith('.md')) continue;
    const match = FILE_NAME.exec(name);
    if (!match) {
      errors.push({ id: 'lessons.bad_lesson_file', message: `${name}: expected <topic>.<en|fa>.md` });
      continue;
    }
    const parsed = parseLessonFile(readFileSync(`${directory}/${name}`, 'utf8'), name);
    if (!parsed.ok) {
      errors.push(...parsed.error);
      continue;
    }
    const [, topic, lang] = match as unknown as [string, string, Locale];
    if (parsed.value.meta.topic !== topic || parsed.value.meta.lang !== lang) {
      errors.push({
        id: 'lessons.bad_lesson_file',
        message: `${name}: front matter topic/lang do not match the file name`,
      });
      continue;
    }
    byTopic.set(topic, { ...byTopic.get(topic), [lang]: parsed.value });
  }
  const topics: Topic[] = [];
  for (const [id, lessons] of byTopic) {
    const missing = LESSON_LOCALES.filter((locale) => !lessons[locale]);
    if (missing.length > 0) {
      errors.push({ id: 'lessons.bad_lesson_file', message: `${id}: no lesson in ${missing.join(', ')}` });
      continue;
    }
    const { en, fa } = lessons as Record<Locale, LessonFile>;
    // What the code reads from a topic must not depend on the language it was read in.
    for (const key of ['order', 'aliases', 'figure', 'parameters'] as const) {
      if (JSON.stringify(en.meta[key]) !== JSON.stringify(fa.meta[key])) {
        errors.push({ id: 'lessons.bad_lesson_file', message: `${id}: '${key}' differs between en and fa` });
      }
    }
    topics.push({ id, lessons: lessons as Record<Locale, LessonFile> });
  }
  const seen = new Map<string, string>();
  for (const topic of topics) {
    for (const name of [topic.id, ...topic.lessons.en.meta.aliases]) {
      const owner = seen.get(name);
      if (owner)
        errors.push({
          id: 'lessons.bad_lesson_file',
          message: `'${name}' names both ${owner} and ${topic.id}`,
        });
      seen.set(name, topic.id);
    }
  }
  if (errors.length > 0) return fail(errors);
  return ok(topics.sort((a, b) => a.lessons.en.meta.order - b.lessons.en.meta.order));
}

let cached: Topic[] | undefined;

/** The bot's lessons, read on first use; a broken lesson file is our bug, so it throws (the dispatcher logs it). */
export function lessonTopics(): Topic[] {
  if (!cached) {
    const loaded = loadLessons();
    if (!loaded.ok)
      throw new Error(`invalid lesson files:\n${loaded.error.map((e) => e.message).join('\n')}`);
    cached = loaded.value;
  }
  return cached;
}
