// The student's side: their own network (start), and a worked solution graded against it and stored (submit).
import { MAX_ANSWERS_LENGTH } from '../check/check-answers.js';
import { computeTrace, resolveSpec, type ResolvedSpec } from '../core/index.js';
import { formatDefinition } from '../definition/index.js';
import type { Reply, ReplyImage } from '../dispatch/types.js';
import { UserFacingError } from '../errors.js';
import { t } from '../text/i18n.js';
import { MAX_STUDENTS_PER_EXERCISE, type Exercise } from '../store/types.js';
import { existingExercise, type ExerciseContext } from './context.js';
import { grade } from './grade.js';
import { formatDue, refuse } from './refuse.js';
import { decimalsOf, studentNetwork, studentSeed } from './student-network.js';

/** The network of one student of an exercise (the same every time for the same student). */
export function networkOf(
  exercise: Pick<Exercise, 'template' | 'vary' | 'place' | 'name'>,
  userId: string,
): ResolvedSpec {
  const template = resolveSpec(exercise.template);
  if (!template.ok) throw new UserFacingError(template.error);
  const network = studentNetwork(
    template.value,
    exercise.vary,
    studentSeed(exercise.place, exercise.name, userId),
  );
  // Named after the exercise, not the preset it came from.
  return { ...network, name: exercise.name };
}

function refuseIfShut(exercise: Exercise, now: Date): void {
  if (exercise.closed) refuse('closed', { name: exercise.name });
  if (exercise.dueAt && now > exercise.dueAt)
    refuse('past_due', { name: exercise.name, due: formatDue(exercise.dueAt) });
}

async function diagram(context: ExerciseContext, network: ResolvedSpec): Promise<ReplyImage[]> {
  // The diagram of the network alone: weights, biases, inputs and targets, none of the values to compute.
  const trace = computeTrace(network);
  const values = [...network.weights.flat(2), ...network.biases.flat(), ...network.input, ...network.target];
  const image = await context.deps.render.render({
    kind: 'diagram',
    trace,
    view: 'network',
    locale: context.locale,
    // The template's decimals, so the picture reads like the homework sheet.
    precision: Math.max(...values.map(decimalsOf)),
  });
  return [{ name: 'network.png', png: image.png, alt: image.alt }];
}

export async function startExercise(context: ExerciseContext): Promise<Reply> {
  const exercise = await existingExercise(context);
  refuseIfShut(exercise, new Date());
  const enrolled = await context.store.enrol(exercise.id, context.user.id, context.user.name);
  if (enrolled === 'limit') refuse('class_full', { name: exercise.name, max: MAX_STUDENTS_PER_EXERCISE });
  const network = networkOf(exercise, context.user.id);
  const text = [
    t(context.locale, 'exercise.your_network', {
      name: exercise.name,
      attempts: exercise.attemptsAllowed,
      due: formatDue(exercise.dueAt),
    }),
    '```',
    formatDefinition(network, t(context.locale, 'exercise.shared_bias_comment')),
    '```',
  ].join('\n');
  return {
    text,
    images: await diagram(context, network),
    files: [{ name: `${exercise.name}-network.json`, content: `${JSON.stringify(network, null, 2)}\n` }],
    visibility: 'private',
    kind: 'ok',
  };
}

export async function submitExercise(context: ExerciseContext): Promise<Reply> {
  const exercise = await existingExercise(context);
  refuseIfShut(exercise, new Date());
  const solution = context.options.answers ?? context.text ?? '';
  if (solution.trim() === '') refuse('no_solution', {}, 'answers');
  // Read like /check: a longer text is refused before it costs an attempt.
  if (solution.length > MAX_ANSWERS_LENGTH)
    refuse('too_long', { length: solution.length, limit: MAX_ANSWERS_LENGTH }, 'answers');
  const started = (await context.store.students(exercise.id)).some((s) => s.userId === context.user.id);
  if (!started) refuse('start_first', { name: exercise.name });
  const made = (await context.store.submissions(exercise.id, context.user.id)).length;
  if (made >= exercise.attemptsAllowed)
    refuse('no_attempts_left', { name: exercise.name, attempts: exercise.attemptsAllowed });

  // Graded by the /check engine against this student's own network, on a worker when there is a pool.
  const order = {
    template: exercise.template,
    vary: exercise.vary,
    place: exercise.place,
    name: exercise.name,
    showAnswers: exercise.showAnswers,
  };
  const graded = await grade(context.deps, context, order, solution);
  if ('instead' in graded) return graded.instead;
  const { score, verdicts, misconceptions } = graded.graded;
  // Committed before the reply says it is stored.
  const stored = await context.store.submit(
    {
      exerciseId: exercise.id,
      userId: context.user.id,
      ...(context.user.name ? { userName: context.user.name } : {}),
      score,
      verdicts,
      misconceptions,
      solution,
    },
    exercise.attemptsAllowed,
  );
  if ('refused' in stored)
    refuse('no_attempts_left', { name: exercise.name, attempts: exercise.attemptsAllowed });
  const header = t(context.locale, 'exercise.stored', {
    attempt: stored.stored.attempt,
    attempts: exercise.attemptsAllowed,
    name: exercise.name,
    percent: Math.round(score * 100),
    left: exercise.attemptsAllowed - stored.stored.attempt,
  });
  const report = graded.graded;
  const files = report.complete ? [] : [{ name: 'check-report.md', content: report.reportFull }];
  return { text: `${header}\n\n${report.reportText}`, files, visibility: 'private', kind: 'ok' };
}
