// /exercise: a class's exercise. TAs create it from a network; each student gets their own numbers, submits a
// worked solution graded by the /check engine, and the TA gets a report with the grades as CSV.
import { z } from 'zod';
import { describePreset, presetNamesStartingWith } from '../src/definition/index.js';
import { attachmentOption, defineCommand, LANG_OPTION_HELP } from '../src/dispatch/define-command.js';
import type { Reply } from '../src/dispatch/types.js';
import { startExercise, submitExercise } from '../src/exercises/attempt.js';
import type { ExerciseContext } from '../src/exercises/context.js';
import { gradeReply } from '../src/exercises/grade.js';
import { closeExercise, createExercise, deleteExercise, listExercises } from '../src/exercises/manage.js';
import { refuse } from '../src/exercises/refuse.js';
import { exerciseReport } from '../src/exercises/report.js';
import { exerciseInteractions } from './interactions/exercise.js';

/** Discord's string option limit; longer solutions come as a modal, a message or a file (`text`). */
const MAX_OPTION_LENGTH = 6000;

export const EXERCISE_ACTIONS = ['new', 'list', 'start', 'submit', 'report', 'close', 'delete'] as const;

const options = z.object({
  action: z.enum(EXERCISE_ACTIONS),
  name: z.string().max(64).optional(),
  preset: z.string().max(60).optional(),
  definition: z.string().max(MAX_OPTION_LENGTH).optional(),
  vary: z.string().max(60).default('weights'),
  due: z.string().max(40).optional(),
  attempts: z.int().min(1).max(20).default(3),
  show_answers: z.boolean().default(false),
  answers: z.string().max(MAX_OPTION_LENGTH).optional(),
  file: attachmentOption().optional(),
  confirm: z.boolean().default(false),
  lang: z.enum(['en', 'fa']).optional(),
});

const ACTIONS: Record<(typeof EXERCISE_ACTIONS)[number], (context: ExerciseContext) => Promise<Reply>> = {
  new: createExercise,
  list: listExercises,
  start: startExercise,
  submit: submitExercise,
  report: exerciseReport,
  close: closeExercise,
  delete: deleteExercise,
};

export default defineCommand({
  name: 'exercise',
  description: {
    en: 'Class exercises: each student gets their own network, submits a worked solution, and the TA gets the grades.',
    fa: 'تمرین کلاسی: هر دانشجو شبکهٔ خودش را می‌گیرد و حل خود را می‌فرستد و دستیار آموزشی نمره‌ها را می‌گیرد.',
  },
  options,
  optionText: {
    action: {
      en: 'new, list, close, delete, report (TAs); start, submit (students).',
      fa: 'new، list، close، delete، report (دستیار آموزشی)؛ start، submit (دانشجو).',
    },
    name: { en: 'The exercise, e.g. hw3.', fa: 'نام تمرین، مثلاً hw3.' },
    preset: {
      en: 'new: the template network as a preset (course-q6, mazur, …).',
      fa: 'new: شبکهٔ الگو به صورت نمونهٔ آماده (course-q6، mazur، …).',
    },
    definition: {
      en: 'new: the template network as the homework writes it.',
      fa: 'new: شبکهٔ الگو همان‌طور که در تمرین آمده.',
    },
    vary: {
      en: 'new: what differs per student: weights, inputs, targets, lr (comma-separated; default weights).',
      fa: 'new: آنچه برای هر دانشجو فرق می‌کند: weights، inputs، targets، lr (با ویرگول؛ پیش‌فرض weights).',
    },
    due: {
      en: 'new: due date in UTC, 2026-12-20 or 2026-12-20T23:59.',
      fa: 'new: مهلت به وقت UTC، مثل 2026-12-20 یا 2026-12-20T23:59.',
    },
    attempts: { en: 'new: attempts per student (default 3).', fa: 'new: تعداد فرصت هر دانشجو (پیش‌فرض ۳).' },
    show_answers: {
      en: 'new: show students the right values after they submit (default no).',
      fa: 'new: پس از ارسال، مقادیر درست به دانشجو نشان داده شود (پیش‌فرض خیر).',
    },
    answers: {
      en: 'submit: the worked solution (or use the form, the message text or a file).',
      fa: 'submit: حل کامل (یا از فرم، متن پیام یا فایل استفاده کنید).',
    },
    file: {
      en: 'submit: the worked solution as an attached text file (.txt, at most 20 000 characters).',
      fa: 'submit: حل کامل به صورت فایل متنی پیوست (‎.txt‎، حداکثر ۲۰٬۰۰۰ نویسه).',
    },
    confirm: { en: 'delete: really delete.', fa: 'delete: واقعاً حذف شود.' },
    lang: LANG_OPTION_HELP,
  },
  firstOption: 'action',
  suggest: {
    preset: presetNamesStartingWith,
  },
  describeChoice: { preset: describePreset },
  examples: [
    '/exercise new name:hw3 preset:course-q6 vary:weights,inputs due:2026-12-20 attempts:3',
    '/exercise start name:hw3',
    '/exercise submit name:hw3 answers:"net_h1 = 0.3775 out_h1 = 0.5933"',
    '/exercise report name:hw3',
  ],
  interactions: exerciseInteractions,
  usesStore: true,
  async run(request, deps): Promise<Reply> {
    // On a worker: grade one solution for /exercise submit on the main thread (src/exercises/grade.ts).
    if (request.grade) return gradeReply({ ...request, grade: request.grade });
    if (!deps.store) refuse('no_store');
    const context: ExerciseContext = {
      store: deps.store,
      place: request.place ?? 'default',
      user: request.user,
      isTa: request.user.role === 'ta',
      locale: request.locale,
      options: request.options,
      ...(request.text !== undefined ? { text: request.text } : {}),
      ...(request.id !== undefined ? { requestId: request.id } : {}),
      deps,
    };
    return ACTIONS[request.options.action](context);
  },
});
