// Pieces every platform's environment fragment is built from (the one schema lives in src/config.ts).
import { z } from 'zod';

/** An unset variable and an empty one (`DISCORD_TOKEN=` in .env) both mean "not configured"; text is trimmed. */
export const optionalText = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim() : v),
  z.string().optional(),
);

/** Optional text that, when given, must pass `test` (the message says what would be right). */
export function optionalMatching(test: (v: string) => boolean, message: string) {
  return optionalText.refine((v) => v === undefined || test(v), { message });
}

export const optionalLocale = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
  z.enum(['en', 'fa']).optional(),
);

/** Reports a problem that involves several variables, under the variable to change. */
export type ReportIssue = (variable: string, message: string) => void;
