// What every /exercise action needs: the store, the place, the caller and their role.
import type { Deps, Locale, Request } from '../dispatch/types.js';
import type { Exercise, Store } from '../store/types.js';
import { refuse } from './refuse.js';

export interface ExerciseOptions {
  action: string;
  name?: string;
  preset?: string;
  definition?: string;
  vary: string;
  due?: string;
  attempts: number;
  show_answers: boolean;
  answers?: string;
  file?: string;
  confirm: boolean;
  lang?: Locale;
}

export interface ExerciseContext {
  store: Store;
  place: string;
  user: Request['user'];
  isTa: boolean;
  locale: Locale;
  options: ExerciseOptions;
  text?: string;
  deps: Deps;
  /** The request id its log lines carry (the grading worker's too). */
  requestId?: string;
}

const NAME = /^[A-Za-z0-9_-]{1,32}$/;

/** The exercise's name as given (checked), or a refusal that says how to write one. */
export function exerciseName(context: ExerciseContext): string {
  const name = context.options.name?.trim();
  if (!name) refuse('name_required', {}, 'name');
  if (!NAME.test(name)) refuse('bad_name', { name }, 'name');
  return name.toLowerCase();
}

export function requireTa(context: ExerciseContext): void {
  if (!context.isTa) refuse('ta_only', { action: context.options.action });
}

export async function existingExercise(context: ExerciseContext): Promise<Exercise> {
  const name = exerciseName(context);
  const exercise = await context.store.findExercise(context.place, name);
  if (!exercise) refuse('not_found', { name }, 'name');
  return exercise;
}
