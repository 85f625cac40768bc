// A lesson file: YAML front matter (title, aliases, figure, parameters) between `---` lines, then Markdown.
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { fail, ok, type Result, type UserError } from '../errors.js';
import { FIGURE_IDS } from './figure-ids.js';

/** The line that separates the short lesson from its "more" part (derivations, sent as a file). */
export const MORE_MARKER = '<!-- more -->';

const parameterSchema = z
  .object({
    default: z.number(),
    min: z.number(),
    max: z.number(),
    integer: z.boolean().default(false),
  })
  .strict()
  .refine((p) => p.min <= p.default && p.default <= p.max, { message: 'default must lie within [min, max]' });

export const frontMatterSchema = z
  .object({
    topic: z.string().regex(/^[a-z][a-z0-9-]*$/),
    lang: z.enum(['en', 'fa']),
    order: z.int().min(1),
    title: z.string().min(1).max(80),
    aliases: z.array(z.string().regex(/^[a-z][a-z0-9-]*$/)).default([]),
    figure: z.enum(FIGURE_IDS),
    parameters: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/), parameterSchema).default({}),
    /** The lesson's key formulas in LaTeX, typeset as an image beside the figure ({{placeholders}} allowed). */
    formulas: z.array(z.string().min(1).max(300)).max(6).default([]),
  })
  .strict();

export type LessonFrontMatter = z.output<typeof frontMatterSchema>;
export type ParameterSpec = LessonFrontMatter['parameters'][string];

export interface LessonFile {
  meta: LessonFrontMatter;
  /** The chat message: what, why, formulas, mistakes, references (with {{placeholders}}). */
  core: string;
  /** Derivations and details, delivered as an attached Markdown file. */
  more: string;
}

function fileError(file: string, message: string, field?: string): UserError {
  return {
    id: 'lessons.bad_lesson_file',
    message: `${file}: ${message}`,
    params: { file, message },
    location: { field },
  };
}

/** Parses one lesson file; `file` names it in errors. */
export function parseLessonFile(text: string, file: string): Result<LessonFile> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text);
  if (!match) return fail([fileError(file, 'no front matter between --- lines')]);
  let yaml: unknown;
  try {
    yaml = parseYaml(match[1]!);
  } catch (error) {
    return fail([fileError(file, `front matter is not YAML: ${(error as Error).message}`)]);
  }
  const parsed = frontMatterSchema.safeParse(yaml);
  if (!parsed.success) {
    return fail(parsed.error.issues.map((issue) => fileError(file, issue.message, issue.path.join('.'))));
  }
  const body = match[2]!;
  const parts = body.split(MORE_MARKER);
  if (parts.length !== 2) return fail([fileError(file, `the body needs exactly one ${MORE_MARKER} line`)]);
  return ok({ meta: parsed.data, core: parts[0]!.trim(), more: parts[1]!.trim() });
}
