// /explain: a short lesson in the user's language, with a figure the core computes for the user's numbers.
import { z } from 'zod';
import { defineCommand, type Bilingual } from '../src/dispatch/define-command.js';
import { bilingual, type ButtonState } from '../src/dispatch/interactions.js';
import type { Reply, ReplyImage, Request } from '../src/dispatch/types.js';
import { UserFacingError } from '../src/errors.js';
import {
  buildLesson,
  findTopic,
  lessonTopics,
  resolveLessonParameters,
  suggestTopics,
  type Topic,
} from '../src/lessons/index.js';
import { t } from '../src/text/i18n.js';
import { fitSections } from '../src/text/fit-message.js';
import { CHAT_MESSAGE_LIMIT } from '../src/text/limits.js';

/** What each lesson parameter means; a parameter added to a lesson's front matter needs a line here. */
export const PARAMETER_TEXT: Record<string, Bilingual> = {
  fan_in: { en: 'Inputs per unit of the layer, n_in', fa: 'ورودی‌های هر نورون لایه، n_in' },
  fan_out: { en: 'Units of the layer, n_out', fa: 'نورون‌های لایه، n_out' },
  lr: { en: 'Learning rate η', fa: 'نرخ یادگیری η' },
  z: {
    en: 'A net input z to evaluate (in softmax-cross-entropy, class 1’s logit)',
    fa: 'ورودی خالص z (در softmax-cross-entropy لوجیت دستهٔ 1)',
  },
  y_hat: {
    en: 'A prediction ŷ in (0, 1) for target y = 1',
    fa: 'پیش‌بینی ŷ در (0, 1) برای هدف y = 1',
  },
  layers: { en: 'Depth of the net', fa: 'عمق شبکه' },
  fraction: { en: 'Fraction of weights to prune', fa: 'کسر وزن‌های هرس‌شده' },
  epochs: { en: 'Passes over the data', fa: 'دوره‌ها' },
  batch: { en: 'Mini-batch size', fa: 'اندازهٔ دستهٔ کوچک' },
  momentum: { en: 'Momentum μ', fa: 'ضریب تکانه μ' },
  beta1: { en: 'Adam’s β₁ (average of g)', fa: 'ضریب β₁ (میانگین g)' },
  beta2: { en: 'Adam’s β₂ (average of g²)', fa: 'ضریب β₂ (میانگین g²)' },
  steps: { en: 'Steps shown', fa: 'گام‌های نشان‌داده‌شده' },
  l2: { en: 'Weight decay λ (the L2 penalty’s factor)', fa: 'ضریب کاهش وزن λ (جریمهٔ L2)' },
  true_class: {
    en: 'The true class in the three-class example',
    fa: 'دستهٔ درست در مثال سه‌دسته‌ای',
  },
};

const minus = (x: number): string => String(x).replace('-', '−');

/**
 * "Learning rate η: backprop 0.0001…10, dying-relu, …": the lessons that take the option (whose whole range the help's
 * `lr:0.0001…100` states), each with its own range where that is narrower, from the front matter that checks it.
 */
export function parameterHelp(name: string, topics: Topic[]): Bilingual {
  const specs = topics.flatMap((topic) => {
    const spec = topic.lessons.en.meta.parameters[name];
    return spec ? [{ id: topic.id, spec }] : [];
  });
  const min = Math.min(...specs.map(({ spec }) => spec.min));
  const max = Math.max(...specs.map(({ spec }) => spec.max));
  const lessons = specs.map(({ id, spec }) =>
    spec.min === min && spec.max === max ? id : `${id} ${minus(spec.min)}…${minus(spec.max)}`,
  );
  const text = PARAMETER_TEXT[name] ?? { en: name, fa: name };
  return { en: `${text.en}: ${lessons.join(', ')}.`, fa: `${text.fa}: ${lessons.join('، ')}.` };
}

/** One option per lesson parameter, bounded by the widest range any lesson allows (each lesson checks its own). */
function parameterOptions(topics: Topic[]): Record<string, z.ZodOptional<z.ZodNumber>> {
  const ranges = new Map<string, { min: number; max: number; integer: boolean }>();
  for (const topic of topics) {
    for (const [name, spec] of Object.entries(topic.lessons.en.meta.parameters)) {
      const known = ranges.get(name);
      ranges.set(name, {
        min: Math.min(known?.min ?? Infinity, spec.min),
        max: Math.max(known?.max ?? -Infinity, spec.max),
        integer: (known?.integer ?? true) && spec.integer,
      });
    }
  }
  return Object.fromEntries(
    [...ranges].map(([name, range]) => [
      name,
      (range.integer ? z.int() : z.number()).min(range.min).max(range.max).optional(),
    ]),
  );
}

/** Chat platforms show a "More" button for the derivations; the CLI and the playground keep the attached file. */
const hasMoreButton = (request: Request) => /^(discord|slack)/.test(request.place ?? '');

/** The derivations as a private reply: whole when they fit one message, else the start and the file. */
function moreReply(lesson: { more: { name: string; content: string } }, locale: Request['locale']): Reply {
  const content = lesson.more.content;
  if (content.length <= CHAT_MESSAGE_LIMIT) return { text: content, visibility: 'private', kind: 'ok' };
  const text = fitSections(
    [
      {
        lines: content.split('\n'),
        droppableRows: true,
        required: true,
        more: () => t(locale, 'lessons.more_continued', { file: lesson.more.name }),
      },
    ],
    CHAT_MESSAGE_LIMIT,
  );
  return { text, files: [lesson.more], visibility: 'private', kind: 'ok' };
}

/** What a "More" click needs to build the same lesson again: its topic and every option given. */
function moreState(request: Request): ButtonState | undefined {
  if (request.options.more === true) return undefined;
  const state: ButtonState = {};
  for (const [name, value] of Object.entries(request.options))
    if (value !== undefined && name !== 'more') state[name] = String(value);
  if (!state.topic && request.text) state.topic = request.text.trim().slice(0, 60);
  return state;
}

const topics = lessonTopics();
const parameters = parameterOptions(topics);
const parameterNames = Object.keys(parameters);

const options = z.object({
  topic: z.string().max(60).optional(),
  lang: z.enum(['en', 'fa']).optional(),
  theme: z.enum(['dark', 'light']).default('dark'),
  more: z.boolean().optional(),
  ...parameters,
});

const optionText: Record<string, Bilingual> = {
  topic: {
    en: 'What to explain (aliases such as glorot work too).',
    fa: 'موضوع درس (نام‌های دیگر مثل glorot هم پذیرفته می‌شوند).',
  },
  lang: { en: 'Language of the lesson: en or fa.', fa: 'زبان درس: en یا fa.' },
  theme: {
    en: 'Colours of the figure: dark (default) or light.',
    fa: 'رنگ‌بندی نمودار: dark (تیره، پیش‌فرض) یا light (روشن).',
  },
  more: {
    en: 'true: the derivations and details instead of the short lesson (the "More" button).',
    fa: 'true: اثبات‌ها و جزئیات به جای درس کوتاه (دکمهٔ «بیشتر»).',
  },
  ...Object.fromEntries(parameterNames.map((name) => [name, parameterHelp(name, topics)])),
};

export default defineCommand({
  name: 'explain',
  description: {
    en: 'A short lesson (what, why, formulas, common mistakes) with a figure computed for your numbers.',
    fa: 'یک درس کوتاه (چیست، چرا مهم است، فرمول‌ها، اشتباه‌های رایج) با نموداری که برای عددهای شما محاسبه می‌شود.',
  },
  options,
  optionText: optionText as { [K in keyof typeof options.shape]: Bilingual },
  firstOption: 'topic',
  suggest: { topic: (partial) => suggestTopics(partial) },
  interactions: {
    buttons: {
      state: (request, reply) => (reply.kind === 'ok' ? moreState(request) : undefined),
      buttons: [
        {
          id: 'more',
          label: bilingual('lessons.button.more'),
          click: (state) => ({ ...state, more: 'true' }),
          answer: 'private',
        },
      ],
    },
  },
  examples: [
    '/explain xavier fan_in:256 fan_out:128',
    '/explain dying-relu lr:1.5',
    '/explain topic:mse-vs-ce lang:fa',
  ],
  async run(request, deps): Promise<Reply> {
    const locale = request.locale;
    const found = findTopic(request.options.topic ?? request.text ?? '');
    if (!found.ok) throw new UserFacingError(found.error);
    const topic = topics.find((candidate) => candidate.id === found.value)!;
    const given = Object.fromEntries(
      parameterNames.map((name) => [
        name,
        (request.options as unknown as Record<string, number | undefined>)[name],
      ]),
    );
    const resolved = resolveLessonParameters(topic, given);
    if (!resolved.ok) throw new UserFacingError(resolved.error);
    const lesson = buildLesson(topic, locale, resolved.value, request.options.theme);
    if (request.options.more === true) return moreReply(lesson, locale);

    const images: ReplyImage[] = [];
    let text = lesson.text;
    try {
      const image = await deps.render.render(lesson.figure);
      images.push({ name: lesson.figureName, png: image.png, alt: lesson.figureAlt });
    } catch (error) {
      // The text is the lesson; a figure that fails to draw is logged, not fatal.
      deps.log.warn({ err: error, topic: topic.id }, 'lesson figure failed to render');
      text = `${text}\n${t(locale, 'lessons.figure_failed')}`;
    }
    if (lesson.formulas) {
      try {
        const image = await deps.render.render(lesson.formulas);
        images.push({ name: lesson.formulasName, png: image.png, alt: image.alt });
      } catch (error) {
        // The formulas are in the text too; an image that fails to typeset is logged, not fatal.
        deps.log.warn({ err: error, topic: topic.id }, 'lesson formulas failed to typeset');
      }
    }
    if (hasMoreButton(request))
      text = text.replace(`_${t(locale, 'lessons.more_attached')}_`, `_${t(locale, 'lessons.more_button')}_`);
    const files = hasMoreButton(request) ? [] : [lesson.more];
    return { text, images, files, visibility: 'public', kind: 'ok' };
  },
});
