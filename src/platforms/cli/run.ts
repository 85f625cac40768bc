// `backprop-tutor run "<command line>"`: any chat command exactly as the bot would answer it, in a terminal.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { createDeps } from '../../compose.js';
import { configOrExit } from '../../config.js';
import { runCommandLine } from '../../dispatch/run-command-line.js';
import type { Locale, Reply } from '../../dispatch/types.js';
import { createLogger } from '../../logger.js';
import { StoreStartError } from '../../store/open-store.js';
import type { Subcommand } from './main.js';

const USAGE = `usage: backprop-tutor run "<command line>" [--out DIR] [--json] [--text-file FILE|-] [--lang en|fa]
                          [--user ID] [--role ta|student]   (who runs /exercise, /settings; default a TA)
                          [--place cli|playground|discord:GUILD|slack:TEAM]   (whose /settings apply)
  e.g. backprop-tutor run "/backprop preset:mazur view:all"
       backprop-tutor run "/backprop steps:100" --text-file net.txt
       backprop-tutor run "/exercise submit name:hw3" --user s1 --role student --text-file solution.txt
       backprop-tutor run "/backprop preset:mazur" --place discord:1180000000000000100
Options are written name:value as in Discord (quotes for values with spaces); a bare word fills the
command's first option. The reply's images and files are written to --out (default ./out).
The command line is its own place, cli (its /settings: run "/settings lang:fa"). A place's defaults are read
from the database, which is opened for /exercise and /settings, and for any command given --place; without
it nothing is opened and only the flags apply. --lang, when given, goes before the place's language.`;

async function readText(file: string): Promise<string> {
  if (file !== '-') return readFile(file, 'utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Writes the reply's images and files into `directory`; returns their paths by name. */
async function writeAttachments(reply: Reply, directory: string): Promise<Map<string, string>> {
  const paths = new Map<string, string>();
  const attachments = [
    ...(reply.images ?? []).map((image) => ({ name: image.name, data: image.png as Uint8Array | string })),
    ...(reply.files ?? []).map((file) => ({ name: file.name, data: file.content as Uint8Array | string })),
  ];
  if (attachments.length === 0) return paths;
  await mkdir(directory, { recursive: true });
  for (const { name, data } of attachments) {
    const path = join(directory, name.replace(/[/\\]/g, '_'));
    await writeFile(path, data);
    paths.set(name, path);
  }
  return paths;
}

const run: Subcommand = async (args) => {
  // `run … | head` closes the pipe early: stop quietly instead of crashing with EPIPE.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        out: { type: 'string', default: 'out' },
        json: { type: 'boolean', default: false },
        'text-file': { type: 'string' },
        lang: { type: 'string' },
        place: { type: 'string' },
        user: { type: 'string', default: 'cli' },
        role: { type: 'string', default: 'ta' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    process.stderr.write(`backprop-tutor run: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (
    positionals.length !== 1 ||
    (values.lang !== undefined && values.lang !== 'en' && values.lang !== 'fa') ||
    values.place?.trim() === '' ||
    (values.role !== 'ta' && values.role !== 'student')
  ) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let text: string | undefined;
  if (values['text-file'] !== undefined) {
    try {
      text = await readText(values['text-file']);
    } catch (error) {
      process.stderr.write(
        `backprop-tutor run: cannot read ${values['text-file']}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`,
      );
      return 2;
    }
  }
  // Only /exercise, /settings and a --place need the database (DATA_DIR or DATABASE_URL); other commands leave
  // no ./data behind (and never open a server's PGlite directory, which one process at a time may hold).
  const usesStore = /^\s*\/?(?:exercise|settings)\b/i.test(positionals[0]!) || values.place !== undefined;
  let deps;
  try {
    deps = await createDeps(configOrExit(process.env, 'backprop-tutor run'), {
      log: createLogger('error', pino.destination({ dest: 2, sync: true })),
      ...(usesStore ? { store: 'open' as const } : {}),
    });
  } catch (error) {
    // A DATA_DIR that cannot be written, or a PostgreSQL server out of reach: the message says what to do.
    if (!(error instanceof StoreStartError)) throw error;
    process.stderr.write(`backprop-tutor run: ${error.message}\n`);
    return 1;
  }
  const locale = (values.lang ?? 'en') as Locale;
  const user = { id: values.user, role: values.role as 'ta' | 'student' };
  const reply = await runCommandLine(
    positionals[0]!,
    {
      locale,
      user,
      place: values.place?.trim() ?? 'cli',
      // --lang is the user's own choice, like `lang:` on the line: it goes before the place's default.
      ...(values.lang !== undefined ? { defaults: { lang: values.lang } } : {}),
      ...(text !== undefined ? { text } : {}),
    },
    deps,
  ).finally(() => deps.store?.close());
  const paths = await writeAttachments(reply, values.out);
  if (values.json) {
    const json = {
      ...reply,
      images: (reply.images ?? []).map((image) => ({
        name: image.name,
        alt: image.alt,
        path: paths.get(image.name),
      })),
      files: (reply.files ?? []).map((file) => ({ name: file.name, path: paths.get(file.name) })),
    };
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    const stream = reply.kind === 'user-error' ? process.stderr : process.stdout;
    stream.write(`${reply.text}\n`);
    for (const path of paths.values()) process.stdout.write(`wrote ${path}\n`);
  }
  if (reply.reference !== undefined) return 1;
  return reply.kind === 'user-error' ? 2 : 0;
};

export default run;
