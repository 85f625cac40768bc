// Reading the CLI's inputs: a file or standard input, with size limits and errors that say what was wrong.
import { readFile } from 'node:fs/promises';
import { fail, ok, type Result, type UserError } from '../../errors.js';

/** The largest input file read (a chat definition is at most 8000 characters; JSON specs may be larger). */
export const MAX_INPUT_BYTES = 2 * 1024 * 1024;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > MAX_INPUT_BYTES) break;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function readInput(path: string): Promise<Result<string, UserError>> {
  try {
    const text = path === '-' ? await readStdin() : await readFile(path, 'utf8');
    if (Buffer.byteLength(text) > MAX_INPUT_BYTES) {
      return fail({
        id: 'cli.input_too_large',
        message: `${path}: the input is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MiB.`,
      });
    }
    return ok(text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory, expected a file'
          : code === 'EACCES'
            ? 'permission denied'
            : 'cannot be read';
    return fail({ id: 'cli.unreadable_input', message: `${path}: ${reason}.` });
  }
}

/** One error as the terminal shows it: the message, then where, then the hint. */
export function formatCliError(
  error: UserError,
  describe: (e: UserError) => string = (e) => e.message,
): string {
  const lines = [`error: ${describe(error)}`];
  const where = error.location;
  if (where?.line !== undefined)
    lines.push(
      `  at line ${where.line}${where.column !== undefined ? `, column ${where.column}` : ''}${where.excerpt ? `: ${where.excerpt}` : ''}`,
    );
  else if (where?.field && !describe(error).includes(where.field)) lines.push(`  in ${where.field}`);
  if (error.hint && !describe(error).includes(error.hint)) lines.push(`  hint: ${error.hint}`);
  return lines.join('\n');
}
