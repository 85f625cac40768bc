// Fakes for command tests: a renderer that returns a tiny PNG, a logger that records, fixed randomness.
import { z } from 'zod';
import { defineCommand } from '../../src/dispatch/define-command.js';
import type { Deps, Logger, Request } from '../../src/dispatch/types.js';
import { UserFacingError } from '../../src/errors.js';
import type { FigureRequest } from '../../src/render/types.js';

/** A 1×1 PNG: enough for a reply to carry an image. */
export const TINY_PNG = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  ),
);

/** A request as an adapter would hand it over, from user u1. */
export function chatRequest(
  command: string,
  options: Request['options'] = {},
  locale: Request['locale'] = 'en',
): Request {
  return { command, options, user: { id: 'u1' }, locale };
}

export interface RecordingLogger extends Logger {
  entries: { level: 'info' | 'warn' | 'error'; obj: object | string; msg?: string }[];
}

export function recordingLogger(): RecordingLogger {
  const entries: RecordingLogger['entries'] = [];
  return {
    entries,
    info: (obj, msg) => void entries.push({ level: 'info', obj, ...(msg ? { msg } : {}) }),
    warn: (obj, msg) => void entries.push({ level: 'warn', obj, ...(msg ? { msg } : {}) }),
    error: (obj, msg) => void entries.push({ level: 'error', obj, ...(msg ? { msg } : {}) }),
  };
}

export function fakeDeps(rendered: FigureRequest[] = []): Deps & { log: RecordingLogger } {
  return {
    render: {
      async render(request) {
        rendered.push(request);
        return { png: TINY_PNG, width: 1, height: 1, alt: `a ${request.kind}` };
      },
    },
    random: () => 0.5,
    log: recordingLogger(),
    limits: { commandTimeLimitMs: 20_000 },
  } satisfies Deps;
}

/** A command with one option of every kind, for testing the dispatcher and the generators. */
export const echoCommand = defineCommand({
  name: 'echo',
  description: { en: 'Repeats its options.', fa: 'گزینه‌هایش را تکرار می‌کند.' },
  options: z.object({
    word: z.string().max(50).optional(),
    count: z.int().min(1).max(10).default(1),
    scale: z.number().optional(),
    loud: z.boolean().optional(),
    mood: z.enum(['calm', 'angry']).optional(),
    lang: z.enum(['en', 'fa']).optional(),
  }),
  optionText: {
    word: { en: 'The word to repeat.', fa: 'واژه‌ای که تکرار می‌شود.' },
    count: { en: 'How many times.', fa: 'چند بار.' },
    scale: { en: 'A factor.', fa: 'یک ضریب.' },
    loud: { en: 'Shout it.', fa: 'بلند بگو.' },
    mood: { en: 'The mood.', fa: 'حال.' },
    lang: { en: 'Language.', fa: 'زبان.' },
  },
  firstOption: 'word',
  suggest: { word: (partial) => ['hello', 'help'].filter((w) => w.startsWith(partial)) },
  examples: ['/echo hello count:2'],
  async run(request) {
    const { word, count, loud } = request.options;
    const text = Array.from({ length: count }, () => word ?? '').join(' ');
    return { text: loud ? text.toUpperCase() : text, kind: 'ok' };
  },
});

/** A command that fails in each way a command can. */
export const failingCommand = defineCommand({
  name: 'fail',
  description: { en: 'Fails.', fa: 'شکست می‌خورد.' },
  options: z.object({ how: z.enum(['user', 'crash', 'slow', 'plain-user-error', 'verbose']) }),
  optionText: { how: { en: 'How to fail.', fa: 'چگونه.' } },
  firstOption: 'how',
  examples: ['/fail crash'],
  async run(request) {
    switch (request.options.how) {
      case 'user':
        throw new UserFacingError([
          {
            id: 'commands.option_not_number',
            message: 'x must be a number',
            params: { option: 'x', value: 'abc' },
            location: { line: 2, column: 7, excerpt: 'x = abc' },
            hint: 'x = 0.5',
          },
        ]);
      case 'plain-user-error':
        throw { id: 'test.unknown_id', message: 'an English message for an id without a catalogue entry' };
      case 'slow':
        return new Promise(() => {});
      case 'verbose':
        return {
          text: Array.from({ length: 300 }, (_, i) => `line ${i + 1}: 0.123456789`).join('\n'),
          kind: 'ok',
        };
      case 'crash':
        throw new TypeError("Cannot read properties of undefined (reading 'weights')");
    }
  },
});
