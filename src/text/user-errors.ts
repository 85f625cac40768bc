// Typed user errors as one chat message: where the problem is, what is wrong, what would work.
import type { Locale } from '../dispatch/types.js';
import type { UserError } from '../errors.js';
import { fitSections } from './fit-message.js';
import { describeError, t } from './i18n.js';
import { CHAT_MESSAGE_LIMIT } from './limits.js';

/** Errors beyond this many are counted, not listed: the reply must stay one short message. */
const MAX_LISTED = 5;
/** Long excerpts (a whole pasted line) are shortened at a word, never mid-number. */
const MAX_EXCERPT = 80;

function shortExcerpt(excerpt: string): string {
  const oneLine = excerpt.replace(/\s+/g, ' ').trim();
  if (oneLine.length <= MAX_EXCERPT) return oneLine;
  const cut = oneLine.slice(0, MAX_EXCERPT);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 20))} …`;
}

/** `line 2, column 9` / `option view` / `weights[1]`: where the error is, in the user's language. */
export function describeLocation(error: UserError, locale: Locale): string | undefined {
  const location = error.location;
  if (!location) return undefined;
  if (location.line !== undefined) {
    return location.column !== undefined
      ? t(locale, 'commands.location_line_column', { line: location.line, column: location.column })
      : t(locale, 'commands.location_line', { line: location.line });
  }
  if (location.field !== undefined) return t(locale, 'commands.location_field', { field: location.field });
  return undefined;
}

/** A field the message already names (`\`count\` must be …`) needs no separate location. */
function namesField(message: string, error: UserError): boolean {
  const field = error.location?.field;
  return field !== undefined && error.location?.line === undefined && message.includes(field);
}

/** One error as a bullet: `**line 2, column 9** · \`sigmod\`: message (hint)`. */
export function formatUserError(error: UserError, locale: Locale): string {
  const message = describeError(error, locale);
  const where = describeLocation(error, locale);
  const excerpt = error.location?.excerpt;
  const parts: string[] = [];
  if (where && !namesField(message, error)) parts.push(`**${where}**`);
  if (excerpt && !message.includes(excerpt)) parts.push(`\`${shortExcerpt(excerpt).replace(/`/g, "'")}\``);
  const prefix = parts.length > 0 ? `${parts.join(' · ')}: ` : '';
  const hint =
    error.hint && !message.includes(error.hint)
      ? `\n  ${t(locale, 'commands.hint', { hint: error.hint })}`
      : '';
  return `${prefix}${message}${hint}`;
}

/** All errors of one request as a reply text, heading first, at most MAX_LISTED listed, within one chat message. */
export function formatUserErrors(
  errors: readonly UserError[],
  locale: Locale,
  limit = CHAT_MESSAGE_LIMIT,
): string {
  const heading = t(locale, errors.length === 1 ? 'commands.problem_heading' : 'commands.problems_heading');
  const rows = errors.map((error) => `• ${formatUserError(error, locale)}`);
  return fitSections(
    [
      {
        lines: [heading, ...rows],
        droppableRows: true,
        maxRows: MAX_LISTED,
        more: (count) => t(locale, 'commands.more_problems', { count }),
        required: true,
      },
    ],
    limit,
  );
}
