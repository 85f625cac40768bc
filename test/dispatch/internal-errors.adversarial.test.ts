// Issue #17 item 11: every internal error is logged under a reference, the user is shown that reference in
// their language, and never a stack trace. A bug inside the definition reader once became "please report it
// with the text you sent", logged nowhere; a Discord payload that could not be translated logged no reference.
import { REST } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseDefinition, type DefinitionOptions } from '../../src/definition/index.js';
import { defineCommand } from '../../src/dispatch/define-command.js';
import { dispatch } from '../../src/dispatch/dispatcher.js';
import { handleInteraction } from '../../src/platforms/discord/interactions.js';
import type { DiscordInteraction } from '../../src/platforms/discord/payload.js';
import { RateLimiter } from '../../src/platforms/rate-limit.js';
import { chatRequest, fakeDeps, recordingLogger } from './fakes.js';

/** Options whose reading throws: a stand-in for a bug deep in the reader, reached through its real entry point. */
const buggyOptions = {
  get numbering(): DefinitionOptions['numbering'] {
    throw new Error('a bug of ours');
  },
} as DefinitionOptions;

const readsADefinition = defineCommand({
  name: 'reads',
  description: { en: 'Reads a definition.', fa: 'یک تعریف را می‌خواند.' },
  options: z.object({}),
  optionText: {},
  examples: ['/reads'],
  async run() {
    const parsed = parseDefinition('layers: 2-2-1', buggyOptions);
    return { text: parsed.ok ? 'read' : 'not read', kind: 'ok' as const };
  },
});

const STACK_LINE = /\bat .*\.(?:ts|js):\d+|Error: a bug of ours/;

describe('internal errors', () => {
  it('the definition reader throws its own bugs on instead of answering a vague typed error', () => {
    expect(() => parseDefinition('layers: 2-2-1', buggyOptions)).toThrow('a bug of ours');
  });

  it.each(['en', 'fa'] as const)(
    'a bug while reading is logged under the reference the user sees (%s), no stack trace',
    async (locale) => {
      const deps = fakeDeps();
      const reply = await dispatch(chatRequest('reads', {}, locale), deps, { commands: [readsADefinition] });
      expect(reply.reference).toMatch(/^[0-9a-f]{6}$/);
      expect(reply.text).toContain(reply.reference!);
      expect(reply.text).not.toMatch(STACK_LINE);
      const logged = deps.log.entries.filter((e) => e.level === 'error');
      expect(logged).toHaveLength(1);
      expect(logged[0]!.obj).toMatchObject({ reference: reply.reference, command: 'reads' });
    },
  );

  it('a Discord interaction that cannot be translated: the reference shown is the one logged', async () => {
    const log = recordingLogger();
    const interaction = {
      id: '1180000000000100001',
      type: 2,
      token: 'T',
      get data(): never {
        throw new Error('a bug of ours');
      },
    } as unknown as DiscordInteraction;
    const handled = await handleInteraction(interaction, {
      rest: new REST(),
      defaultLocale: 'fa',
      guildLocales: {},
      commands: [],
      dispatch: () => Promise.reject(new Error('not reached')),
      limiter: new RateLimiter({ user: { burst: 0, perMinute: 0 }, channel: { burst: 0, perMinute: 0 } }),
      log,
    });
    const content = String((handled.response as { data?: { content?: string } }).data?.content);
    const reference = /([0-9a-f]{6})/.exec(content)?.[1];
    expect(reference).toBeDefined();
    expect(content).not.toMatch(STACK_LINE);
    expect(log.entries.filter((e) => e.level === 'error').map((e) => e.obj)).toEqual([
      expect.objectContaining({ reference }),
    ]);
  });
});
