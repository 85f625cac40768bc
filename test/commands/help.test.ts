import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
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

  it('suggests the right command for a typo', async () => {
    const reply = await help({ command: 'bakprop' });
    expect(reply.kind).toBe('user-error');
    expect(reply.text).toContain('Did you mean `/backprop`?');
  });
});
