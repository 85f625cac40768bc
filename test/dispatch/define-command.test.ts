import { describe, expect, it } from 'vitest';
import {
  optionInfos,
  slackUsage,
  toDiscordCommand,
  toPlaygroundCommand,
  usageLine,
} from '../../src/dispatch/define-command.js';
import { echoCommand } from './fakes.js';

describe('options declared once, read back for every platform', () => {
  it('reads kinds, limits, defaults and choices from the zod schema', () => {
    expect(optionInfos(echoCommand)).toEqual([
      expect.objectContaining({
        name: 'word',
        kind: 'string',
        required: false,
        maxLength: 50,
        autocomplete: true,
      }),
      expect.objectContaining({
        name: 'count',
        kind: 'integer',
        required: false,
        min: 1,
        max: 10,
        defaultValue: 1,
      }),
      expect.objectContaining({ name: 'scale', kind: 'number', required: false, autocomplete: false }),
      expect.objectContaining({ name: 'loud', kind: 'boolean' }),
      expect.objectContaining({ name: 'mood', kind: 'string', choices: ['calm', 'angry'] }),
      expect.objectContaining({ name: 'lang', kind: 'string', choices: ['en', 'fa'] }),
    ]);
  });

  it('generates Discord application-command JSON with the right option types', () => {
    const command = toDiscordCommand(echoCommand);
    expect(command).toMatchObject({ type: 1, name: 'echo', description: 'Repeats its options.' });
    const byName = Object.fromEntries(command.options.map((o) => [o.name, o]));
    expect(byName.word).toEqual({
      type: 3,
      name: 'word',
      description: 'The word to repeat.',
      required: false,
      autocomplete: true,
      max_length: 50,
    });
    expect(byName.count).toMatchObject({ type: 4, min_value: 1, max_value: 10 });
    expect(byName.scale?.type).toBe(10);
    expect(byName.loud?.type).toBe(5);
    expect(byName.mood?.choices).toEqual([
      { name: 'calm', value: 'calm' },
      { name: 'angry', value: 'angry' },
    ]);
    for (const option of command.options) expect(option.description.length).toBeLessThanOrEqual(100);
  });

  it('writes a usage line and Slack usage text naming every option', () => {
    expect(usageLine(echoCommand)).toBe(
      '/echo [word] [count:1…10] [scale:x] [loud:true|false] [mood:calm|angry] [lang:en|fa]',
    );
    const slack = slackUsage(echoCommand, 'fa');
    expect(slack.usageHint).toBe(
      '[word] [count:1…10] [scale:x] [loud:true|false] [mood:calm|angry] [lang:en|fa]',
    );
    expect(slack.text).toContain('گزینه‌هایش را تکرار می‌کند.');
    expect(slack.text).toContain('`mood:calm|angry` حال.');
  });

  it('gives the playground descriptions in the chosen language and suggestions as choices', () => {
    const command = toPlaygroundCommand(echoCommand, 'fa');
    expect(command.description).toBe('گزینه‌هایش را تکرار می‌کند.');
    expect(command.firstOption).toBe('word');
    expect(command.options.find((o) => o.name === 'word')?.choices).toEqual(['hello', 'help']);
    expect(command.options.find((o) => o.name === 'count')?.defaultValue).toBe(1);
  });
});
