// The lessons of /explain: topics, their lookup, and lessons built for a language and the user's numbers.
import { lessonTopics } from './lesson-catalogue.js';

export { buildLesson, type Lesson } from './build-lesson.js';
export { lessonDataTasks, precomputeLessonData } from './figure-data.js';
export { findTopic, suggestTopics, normaliseTopicName } from './find-topic.js';
export { lessonTopics, loadLessons, type Topic } from './lesson-catalogue.js';
export { resolveLessonParameters } from './parameters.js';
export type { LessonParameters } from './lesson-values.js';

export interface LessonTopicInfo {
  id: string;
  aliases: string[];
  title: { en: string; fa: string };
}

/** Every topic with its aliases and titles, in the course's order (Discord autocomplete reads this). */
export function listLessonTopics(): LessonTopicInfo[] {
  return lessonTopics().map((topic) => ({
    id: topic.id,
    aliases: [...topic.lessons.en.meta.aliases],
    title: { en: topic.lessons.en.meta.title, fa: topic.lessons.fa.meta.title },
  }));
}
