// From what a student typed (`Glorot`, `dying relu`, `xavir`) to a topic id, or a "did you mean …" error with the list.
import { didYouMean } from '../did-you-mean.js';
import { fail, ok, type Result } from '../errors.js';
import { lessonTopics } from './lesson-catalogue.js';

/** `Dying ReLU`, `dying_relu` and `/dying-relu` all mean `dying-relu`. */
export function normaliseTopicName(query: string): string {
  return query
    .trim()
    .toLowerCase()
    .replace(/^\/+/, '')
    .replace(/[\s_]+/g, '-')
    .replace(/-+/g, '-');
}

/** Every name a topic answers to: its id and its aliases, mapped to the id. */
function namesToTopics(): Map<string, string> {
  const names = new Map<string, string>();
  for (const topic of lessonTopics()) {
    names.set(topic.id, topic.id);
    for (const alias of topic.lessons.en.meta.aliases) names.set(alias, topic.id);
  }
  return names;
}

/** A lesson's title typed out in either language (`گرادیان محوشونده`, `Dying ReLU`) names its topic too. */
function topicByTitle(query: string): string | undefined {
  const typed = query.trim().replace(/\s+/g, ' ').toLowerCase();
  return lessonTopics().find((topic) =>
    [topic.lessons.en.meta.title, topic.lessons.fa.meta.title].some((title) => title.toLowerCase() === typed),
  )?.id;
}

export const topicList = (): string =>
  lessonTopics()
    .map((topic) => `\`${topic.id}\``)
    .join(', ');

/** The closest name when it is near enough to be a typo (or a unique prefix of at least 3 letters). */
function suggestion(name: string, names: string[]): string | undefined {
  const prefixed = names.filter((candidate) => name.length >= 3 && candidate.startsWith(name));
  if (prefixed.length === 1) return prefixed[0];
  return didYouMean(name, names);
}

export function findTopic(query: string): Result<string> {
  const name = normaliseTopicName(query);
  if (name === '') {
    return fail([
      {
        id: 'lessons.no_topic',
        message: 'no topic given',
        params: { topics: topicList() },
        location: { field: 'topic' },
      },
    ]);
  }
  const names = namesToTopics();
  const found = names.get(name) ?? topicByTitle(query);
  if (found) return ok(found);
  const near = suggestion(name, [...names.keys()]);
  return fail([
    {
      id: 'lessons.unknown_topic',
      message: `no lesson called ${name}`,
      params: { topic: query.trim(), topics: topicList(), ...(near ? { suggestion: near } : {}) },
      location: { field: 'topic', excerpt: query.trim() },
      ...(near ? { hint: `/explain ${near}` } : {}),
    },
  ]);
}

/** Topic ids (and the alias that matched) for a partly typed name: Discord autocomplete offers at most 25. */
export function suggestTopics(partial: string, limit = 25): string[] {
  const name = normaliseTopicName(partial);
  const topics = lessonTopics();
  if (name === '') return topics.map((topic) => topic.id).slice(0, limit);
  const matches = topics.filter(
    (topic) =>
      topic.id.includes(name) ||
      topic.lessons.en.meta.aliases.some((alias) => alias.includes(name)) ||
      topic.lessons.en.meta.title.toLowerCase().includes(name) ||
      topic.lessons.fa.meta.title.includes(partial.trim()),
  );
  return matches.map((topic) => topic.id).slice(0, limit);
}
