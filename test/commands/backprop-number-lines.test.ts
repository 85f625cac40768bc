// /backprop on a pasted page: right under "The network as I understood it", the line(s) each number came from.
import { describe, expect, it } from 'vitest';
import { loadCase } from '../../bench/corpus/cases.js';
import backprop from '../../commands/backprop.js';
import { dispatch } from '../../src/dispatch/dispatcher.js';
import type { Request } from '../../src/dispatch/types.js';
import { withoutDirectionMarks } from '../../src/text/bidi.js';
import { DISCORD_MESSAGE_LIMIT } from '../../src/text/limits.js';
import { fakeDeps } from '../dispatch/fakes.js';

const ask = async (options: Request['options'], text?: string, locale: 'en' | 'fa' = 'en') =>
  (
    await dispatch(
      {
        command: 'backprop',
        options: { ...options, ...(locale === 'fa' ? { lang: 'fa' } : {}) },
        user: { id: 'student' },
        locale,
        ...(text === undefined ? {} : { text }),
      },
      fakeDeps([]),
      { commands: [backprop] },
    )
  ).text;

/** The first line written under the echoed one-line network (past the blank line between sections). */
const afterEcho = (reply: string) => {
  const lines = withoutDirectionMarks(reply).split('\n');
  const echo = lines.findIndex((line) => line.startsWith('`layers:'));
  return lines
    .slice(echo + 1)
    .filter(Boolean)
    .slice(0, 1);
};

describe('/backprop says where a pasted page’s numbers came from', () => {
  const aiml = loadCase('aiml-notes-relu').setupText;

  it('in English, first under the network as understood, and the reply still fits one message', async () => {
    const reply = await ask({}, aiml);
    expect(afterEcho(reply)).toEqual([
      '• From the page: input line 18 · target line 19 · W1 lines 22–23 · b1 line 25 · W2 line 28 · b2 line 30.',
    ]);
    expect(reply.length).toBeLessThanOrEqual(DISCORD_MESSAGE_LIMIT);
  });

  it('in Persian, line numbers in Persian digits', async () => {
    const reply = await ask({}, aiml, 'fa');
    expect(afterEcho(reply)).toEqual([
      '• از صفحه: ورودی سطر ۱۸ · هدف سطر ۱۹ · `W1` سطرهای ۲۲–۲۳ · `b1` سطر ۲۵ · `W2` سطر ۲۸ · `b2` سطر ۳۰.',
    ]);
    expect(reply.length).toBeLessThanOrEqual(DISCORD_MESSAGE_LIMIT);
  });

  it('not for a preset or our own notation (there it is noise)', async () => {
    expect(await ask({ preset: 'mazur' })).not.toContain('From the page');
    const own =
      'layers: 2-2-1\nW1 = [[0.1, 0.2], [0.3, 0.4]]\nW2 = [[0.5, 0.6]]\ninput = [0.5, 0.8]\ntarget = [1]';
    expect(await ask({}, own)).not.toContain('From the page');
  });
});
