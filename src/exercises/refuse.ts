// A refused /exercise request: a typed error the dispatcher answers privately in the user's language.
import { UserFacingError } from '../errors.js';

export function refuse(id: string, params: Record<string, string | number> = {}, field?: string): never {
  throw new UserFacingError([
    {
      id: `exercise.${id}`,
      message: `exercise: ${id} ${JSON.stringify(params)}`,
      params,
      ...(field ? { location: { field } } : {}),
    },
  ]);
}

/** `2026-12-20 23:59 UTC`: the same in every language and time zone. */
export function formatDue(date: Date | undefined): string {
  if (!date) return '';
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
