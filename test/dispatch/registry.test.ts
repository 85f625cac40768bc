import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { optionInfos, slackUsage, toDiscordCommand } from '../../src/dispatch/define-command.js';
import { validateOptions } from '../../src/dispatch/dispatcher.js';
import { parseLine } from '../../src/dispatch/run-command-line.js';

const DISCORD_NAME = /^[-_\p{Ll}\p{N}]{1,32}$/u;

describe('every registered command', () => {
  it('has a unique name', () => {
    const names = commands.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
  });

  for (const command of commands) {
    describe(`/${command.name}`, () => {
      it('is a valid Discord application command', () => {
        const discord = toDiscordCommand(command);
        expect(discord.name).toMatch(DISCORD_NAME);
        expect(discord.description.length).toBeGreaterThan(0);
        expect(discord.description.length).toBeLessThanOrEqual(100);
        expect(discord.options.length).toBeLessThanOrEqual(25);
        const firstOptional = discord.options.findIndex((o) => !o.required);
        if (firstOptional >= 0)
          expect(discord.options.slice(firstOptional).every((o) => !o.required)).toBe(true);
        for (const option of discord.options) {
          expect(option.name).toMatch(DISCORD_NAME);
          expect(option.description.length).toBeLessThanOrEqual(100);
          expect(option.choices === undefined || option.autocomplete === undefined).toBe(true);
          expect(option.choices?.length ?? 0).toBeLessThanOrEqual(25);
        }
      });

      it('explains every option in English and Persian', () => {
        for (const info of optionInfos(command)) {
          expect(info.description.en.trim(), info.name).not.toBe('');
          expect(info.description.fa, info.name).toMatch(/[\u0600-\u06FF]/);
        }
        expect(command.description.fa).toMatch(/[\u0600-\u06FF]/);
        expect(slackUsage(command, 'fa').text).toContain(command.description.fa);
      });

      it('has examples that parse and pass its option checks', () => {
        expect(command.examples.length).toBeGreaterThan(0);
        for (const example of command.examples) {
          const parsed = parseLine(example, commands);
          expect(parsed.ok, example).toBe(true);
          if (!parsed.ok) continue;
          expect(parsed.value.command).toBe(command.name);
          const validated = validateOptions(command, parsed.value.options);
          expect(validated.ok, `${example}: ${JSON.stringify(validated.ok ? '' : validated.error)}`).toBe(
            true,
          );
        }
      });
    });
  }
});
