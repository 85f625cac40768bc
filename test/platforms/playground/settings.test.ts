// /settings in the playground, through its real HTTP API and the "Act as" switch, with PGlite: the TA sets the
// playground's defaults, a student is refused with the reason, and later commands use them; the page's own
// language and theme switches are the user's choice and go before them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import backprop from '../../../commands/backprop.js';
import help from '../../../commands/help.js';
import settings from '../../../commands/settings.js';
import { createHttpServer, type HttpServer } from '../../../src/platforms/http-server.js';
import { mountPlayground } from '../../../src/platforms/playground/routes.js';
import type { FigureRequest } from '../../../src/render/types.js';
import type { Store } from '../../../src/store/types.js';
import { withoutIsolates } from '../../../src/text/bidi.js';
import { fakeDeps } from '../../dispatch/fakes.js';
import { openTestStore } from '../../helpers/store.js';

let server: HttpServer;
let base: string;
let store: Store;
const rendered: FigureRequest[] = [];

beforeAll(async () => {
  store = await openTestStore();
  server = createHttpServer({ log: fakeDeps().log });
  mountPlayground(server, { deps: { ...fakeDeps(rendered), store }, commands: [backprop, settings, help] });
  base = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}`;
});
afterAll(async () => {
  await server.close();
  await store.close();
});

interface Reply {
  text: string;
  kind: string;
  visibility: string;
}

async function say(
  line: string,
  as?: { role: 'ta' | 'student'; name: string },
  locale: 'en' | 'fa' = 'en',
): Promise<Reply> {
  const response = await fetch(`${base}/api/command`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ line, locale, theme: 'dark', ...(as ? { as } : {}) }),
  });
  expect(response.status).toBe(200);
  const { reply } = (await response.json()) as { reply: Reply };
  return { ...reply, text: withoutIsolates(reply.text) };
}

const SARA = { role: 'student' as const, name: 'Sara' };

describe('/settings in the playground', () => {
  it('refuses a student with the reason, in the language of the switch', async () => {
    const refused = await say('/settings decimals:6', SARA);
    expect(refused.kind).toBe('user-error');
    expect(refused.text).toContain('Only a TA may change the defaults of the playground');
    const persian = await say('/settings decimals:6', SARA, 'fa');
    expect(persian.text).toContain('فقط دستیار آموزشی می‌تواند پیش‌فرض‌های زمین بازی را تغییر دهد');
  });

  it("sets the TA's defaults, which later commands use; the page's switches go first", async () => {
    const saved = await say('/settings decimals:6 notation:course theme:light lang:fa');
    expect(saved.kind).toBe('ok');
    expect(await store.placeSettings('playground')).toEqual({
      lang: 'fa',
      notation: 'course',
      decimals: 6,
      theme: 'light',
    });
    rendered.length = 0;
    const reply = await say('/backprop preset:course-q6', SARA);
    expect(reply.text).toContain('a_h1 = 0.377500, h1 = 0.593270');
    // The switches (English, dark) are this user's own choice.
    expect(reply.text).toContain('**Outputs**');
    expect(rendered[0]).toMatchObject({ theme: 'dark', precision: 6, notation: 'course' });
    const shown = await say('/help', SARA);
    expect(shown.text).toContain(
      'Defaults here (`/settings`): language: Persian (fa) · notation: course · decimals: 6',
    );
  });
});
