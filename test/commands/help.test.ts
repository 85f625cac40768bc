import { describe, expect, it } from 'vitest';
import { PARAMETER_TEXT } from '../../commands/explain.js';
import { commands } from '../../commands/index.js';
import { details } from '../../commands/help.js';
import { optionInfos } from '../../src/dispatch/define-command.js';
import { dispatch } from '../../src/dispatch/dispatcher.js';
import type { Request } from '../../src/dispatch/types.js';
import { DISCORD_MESSAGE_LIMIT } from '../../src/text/limits.js';
import { fakeDeps } from '../dispatch/fakes.js';
import { withoutDirectionMarks } from '../../src/text/bidi.js';

const help = (options: Request['options'], locale: Request['locale'] = 'en') =>
  dispatch({ command: 'help', options, user: { id: 'u' }, locale }, fakeDeps(), { commands });

describe('/help', () => {
  for (const locale of ['en', 'fa'] as const) {
    it(`lists every registered command with an example (${locale})`, async () => {
      const reply = await help({}, locale);
      expect(reply.kind).toBe('ok');
      expect(reply.text.length).toBeLessThanOrEqual(DISCORD_MESSAGE_LIMIT);
      for (const command of commands) {
        const text = withoutDirectionMarks(reply.text);
        expect(text).toContain(`**/${command.name}**: ${withoutDirectionMarks(command.description[locale])}`);
        expect(text).toContain(`\`${command.examples[0]}\``);
      }
    });
  }

  it('answers in Persian when asked with lang:fa, with examples that answer in Persian too', async () => {
    const reply = await help({ lang: 'fa' });
    expect(reply.text).toContain('فرمان');
    const text = withoutDirectionMarks(reply.text);
    expect(text).toContain('`/backprop preset:mazur lang:fa`');
    const check = withoutDirectionMarks((await help({ command: 'check', lang: 'fa' })).text);
    expect(check).toContain('`/check public:true lang:fa   (then paste');
    // /settings's lang: would change the default, so its examples stay as they are.
    expect(text).toContain('`/settings`');
    expect(text).not.toContain('/settings lang:fa notation:course lang:fa');
  });

  it('details one command: every option with its values', async () => {
    const reply = await help({ command: 'backprop' });
    expect(reply.text).toContain('`/backprop [definition] [preset:…] [view:forward|backward|update|all]');
    expect(reply.text).toContain('`view:forward|backward|update|all`');
    expect(reply.text).toContain('`steps:1…100000`');
    expect(reply.text).toContain('/backprop preset:mazur');
  });

  // Every command's help whole on Discord (the smallest limit): every option row and every example, nothing cut.
  for (const command of commands) {
    for (const [locale, lang] of [
      ['en', undefined],
      ['en', 'fa'],
      ['fa', undefined],
    ] as const) {
      it(`/help ${command.name} fits whole (${locale}${lang ? `, lang:${lang}` : ''})`, async () => {
        const reply = await help({ command: command.name, ...(lang ? { lang } : {}) }, locale);
        expect(reply.kind).toBe('ok');
        expect(reply.text.length).toBeLessThanOrEqual(DISCORD_MESSAGE_LIMIT);
        const text = withoutDirectionMarks(reply.text);
        expect(text.trimEnd()).not.toMatch(/…$/);
        for (const info of optionInfos(command)) expect(text).toContain(`• \`${info.name}:`);
        for (const example of command.examples) expect(text).toContain(`\`${example.split('  (')[0]}`);
      });
    }
  }

  // /explain gains an option row with each new lesson parameter: its help keeps room for one more, as long as its longest.
  for (const [locale, inPersian] of [
    ['en', false],
    ['fa', true],
    ['fa', false],
  ] as const) {
    it(`/help explain leaves room for one more option row (${locale}${inPersian ? ', lang:fa' : ''})`, () => {
      const explain = commands.find((command) => command.name === 'explain')!;
      const isParameterRow = (line: string) =>
        Object.keys(PARAMETER_TEXT).some((name) => withoutDirectionMarks(line).startsWith(`• \`${name}:`));
      const rows = details(explain, locale, inPersian).split('\n').filter(isParameterRow);
      const longest = Math.max(...rows.map((row) => row.length + 1));
      const text = details(explain, locale, inPersian, DISCORD_MESSAGE_LIMIT - longest);
      expect(text.length + longest).toBeLessThanOrEqual(DISCORD_MESSAGE_LIMIT);
      expect(withoutDirectionMarks(text).trimEnd()).not.toMatch(/…$/);
      for (const info of optionInfos(explain))
        expect(withoutDirectionMarks(text)).toContain(`• \`${info.name}:`);
      for (const example of explain.examples) expect(withoutDirectionMarks(text)).toContain(`\`${example}`);
    });
  }

  it('states the ranges the commands enforce, in the rows when the usage line is shortened', async () => {
    const text = withoutDirectionMarks((await help({ command: 'explain', lang: 'fa' })).text);
    const explain = commands.find((command) => command.name === 'explain')!;
    const lr = optionInfos(explain).find((info) => info.name === 'lr')!;
    expect(text).toContain(`\`lr:${lr.min}…${lr.max}\``);
    // The backprop lesson refuses lr above its own limit, and the row says so.
    expect(text).toMatch(/backprop 0\.0001…10\b/);
  });

  it('suggests the right command for a typo', async () => {
    const reply = await help({ command: 'bakprop' });
    expect(reply.kind).toBe('user-error');
    expect(reply.text).toContain('Did you mean `/backprop`?');
  });
});
