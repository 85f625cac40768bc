// The TA's side of an exercise: create it from a template network, list, close and delete (with a confirmation).
import { resolveSpec, type ResolvedSpec } from '../core/index.js';
import { resolveNetworkInput } from '../definition/index.js';
import type { Reply } from '../dispatch/types.js';
import { UserFacingError } from '../errors.js';
import { t } from '../text/i18n.js';
import { MAX_EXERCISES_PER_PLACE, VARIABLE_PARTS, type VariablePart } from '../store/types.js';
import { exerciseName, existingExercise, requireTa, type ExerciseContext } from './context.js';
import { formatDue, refuse } from './refuse.js';

function templateNetwork(context: ExerciseContext): ResolvedSpec {
  const { preset, definition } = context.options;
  // The one reader of "a preset, a definition or the text" every command uses: both at once is refused, not ranked.
  const parsed = resolveNetworkInput(
    { preset, definition, text: context.text },
    { both: 'commands.backprop_preset_and_definition', none: 'exercise.no_network' },
  );
  if (!parsed.ok) throw new UserFacingError(parsed.error);
  return parsed.value.spec;
}

function variedParts(value: string): VariablePart[] {
  const parts = value
    .split(/[,\s]+/)
    .map((part) => part.trim().toLowerCase())
    .filter(Boolean);
  if (parts.length === 0 || parts.some((part) => !(VARIABLE_PARTS as readonly string[]).includes(part)))
    refuse('bad_vary', { value }, 'vary');
  return [...new Set(parts)] as VariablePart[];
}

function dueDate(value: string | undefined): Date | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const text = value.trim();
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?$/.exec(text);
  // A date alone means the end of that day (UTC).
  const date = match
    ? new Date(`${match[1]}-${match[2]}-${match[3]}T${match[4] ?? '23'}:${match[5] ?? '59'}:00Z`)
    : undefined;
  if (!date || Number.isNaN(date.getTime())) refuse('bad_due', { value: text }, 'due');
  return date;
}

export async function createExercise(context: ExerciseContext): Promise<Reply> {
  requireTa(context);
  const name = exerciseName(context);
  const template = templateNetwork(context);
  // The template is stored as a complete, validated spec.
  const resolved = resolveSpec(template);
  if (!resolved.ok) throw new UserFacingError(resolved.error);
  const vary = variedParts(context.options.vary);
  const dueAt = dueDate(context.options.due);
  const result = await context.store.createExercise({
    place: context.place,
    name,
    template: resolved.value,
    vary,
    ...(dueAt ? { dueAt } : {}),
    attemptsAllowed: context.options.attempts,
    showAnswers: context.options.show_answers,
    createdBy: context.user.id,
  });
  if ('refused' in result) {
    if (result.refused === 'limit') refuse('too_many', { max: MAX_EXERCISES_PER_PLACE });
    refuse('exists', { name }, 'name');
  }
  const text = t(context.locale, 'exercise.created', {
    name,
    layers: resolved.value.layers.join('-'),
    vary: vary.join(', '),
    attempts: context.options.attempts,
    due: formatDue(dueAt),
    show: context.options.show_answers ? 'yes' : 'no',
  });
  return { text, visibility: 'public', kind: 'ok' };
}

export async function listExercises(context: ExerciseContext): Promise<Reply> {
  const exercises = await context.store.listExercises(context.place);
  const rows = exercises.map((exercise) =>
    t(context.locale, 'exercise.list_row', {
      name: exercise.name,
      closed: exercise.closed ? 'yes' : 'no',
      due: formatDue(exercise.dueAt),
      // Students see which exercises exist, not how their classmates are doing.
      submitted: context.isTa ? exercise.submitted : '?',
      students: context.isTa ? exercise.students : '?',
    }),
  );
  const text =
    rows.length === 0
      ? t(context.locale, 'exercise.list_empty')
      : [t(context.locale, 'exercise.list_title'), ...rows].join('\n');
  return { text, visibility: 'private', kind: 'ok' };
}

export async function closeExercise(context: ExerciseContext): Promise<Reply> {
  requireTa(context);
  const exercise = await existingExercise(context);
  await context.store.setClosed(exercise.id, true);
  return {
    text: t(context.locale, 'exercise.closed_now', { name: exercise.name }),
    visibility: 'public',
    kind: 'ok',
  };
}

export async function deleteExercise(context: ExerciseContext): Promise<Reply> {
  requireTa(context);
  const exercise = await existingExercise(context);
  if (!context.options.confirm) {
    const [students, submissions] = await Promise.all([
      context.store.students(exercise.id),
      context.store.submissions(exercise.id),
    ]);
    const text = t(context.locale, 'exercise.confirm_delete', {
      name: exercise.name,
      students: students.length,
      submissions: submissions.length,
    });
    // The "Delete for good" button (declared on the command) carries action, name and confirm.
    return { text, visibility: 'private', kind: 'ok' };
  }
  await context.store.deleteExercise(exercise.id);
  return {
    text: t(context.locale, 'exercise.deleted', { name: exercise.name }),
    visibility: 'private',
    kind: 'ok',
  };
}
