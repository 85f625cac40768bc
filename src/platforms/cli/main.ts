// The `backprop-tutor` command line: picks a subcommand; no stack trace ever reaches the terminal.
import { randomBytes } from 'node:crypto';

/** A subcommand returns its exit code: 0 ok, 2 usage or input error, 1 anything else. */
export type Subcommand = (args: string[]) => Promise<number>;

const subcommands: Record<string, { summary: string; load: () => Promise<{ default: Subcommand }> }> = {
  trace: {
    summary: 'trace <file|-> [--json] [--png DIR]   compute a full backpropagation trace',
    load: () => import('./trace.js'),
  },
  presets: {
    summary: 'presets                             list the built-in networks',
    load: () => import('./presets.js'),
  },
  run: {
    summary: 'run "<command line>" [--out DIR]     run a chat command as the bot would',
    load: () => import('./run.js'),
  },
  check: {
    summary: 'check --net <file|preset> --answers <file> [--json]   check worked answers',
    load: () => import('./check.js'),
  },
  exercise: {
    summary: "exercise export <name> [--json]     an exercise's grades (CSV) or everything (JSON)",
    load: () => import('./exercise.js'),
  },
};

export function usage(): string {
  return [
    'usage: backprop-tutor <command> …',
    '',
    ...Object.values(subcommands).map((s) => `  backprop-tutor ${s.summary}`),
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage() + '\n');
    return name ? 0 : 2;
  }
  const entry = subcommands[name];
  if (!entry) {
    process.stderr.write(`backprop-tutor: unknown command '${name}'\n${usage()}\n`);
    return 2;
  }
  try {
    const { default: run } = await entry.load();
    return await run(rest);
  } catch (error) {
    const reference = randomBytes(3).toString('hex');
    process.stderr.write(`backprop-tutor: something went wrong (reference ${reference}).\n`);
    if (process.env.BACKPROP_TUTOR_DEBUG) process.stderr.write(`${(error as Error).stack}\n`);
    return 1;
  }
}
