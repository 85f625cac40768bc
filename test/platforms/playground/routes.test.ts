import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineCommand } from '../../../src/dispatch/define-command.js';
import { createHttpServer, type HttpServer } from '../../../src/platforms/http-server.js';
import { mountPlayground } from '../../../src/platforms/playground/routes.js';
import { echoCommand, fakeDeps, TINY_PNG } from '../../dispatch/fakes.js';

/** Echoes the options it received, with an image and a file, so the JSON shape can be checked. */
const pictureCommand = defineCommand({
  name: 'picture',
  description: { en: 'Draws.', fa: 'می‌کشد.' },
  options: z.object({
    theme: z.enum(['dark', 'light']).default('dark'),
    lang: z.enum(['en', 'fa']).optional(),
  }),
  optionText: { theme: { en: 'Theme.', fa: 'پوسته.' }, lang: { en: 'Language.', fa: 'زبان.' } },
  examples: ['/picture'],
  async run(request) {
    return {
      text: `theme=${request.options.theme} locale=${request.locale}`,
      images: [{ name: 'a.png', png: TINY_PNG, alt: 'a dot' }],
      files: [{ name: 'notes.md', content: '# notes' }],
    };
  },
});

let server: HttpServer;
let base: string;

beforeAll(async () => {
  server = createHttpServer({ log: fakeDeps().log });
  mountPlayground(server, { deps: fakeDeps(), commands: [echoCommand, pictureCommand] });
  base = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}`;
});
afterAll(() => server.close());

/** As the page posts: JSON, from its own origin. */
const post = (body: unknown) =>
  fetch(`${base}/api/command`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('the playground routes', () => {
  it('serves the page and its assets from this server only', async () => {
    const page = await fetch(`${base}/`);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    for (const asset of ['/playground.js', '/markdown.js', '/playground.css', '/fonts/vazirmatn.woff2']) {
      expect((await fetch(`${base}${asset}`)).status).toBe(200);
    }
  });

  it('lists the commands with descriptions in the asked language', async () => {
    const { commands } = await (await fetch(`${base}/api/commands?lang=fa`)).json();
    expect(commands.map((c: { name: string }) => c.name)).toEqual(['echo', 'picture']);
    expect(commands[0].description).toBe('گزینه‌هایش را تکرار می‌کند.');
  });

  it('runs a command line with the page theme and language, images as data URLs', async () => {
    const { reply } = await (await post({ line: '/picture', locale: 'fa', theme: 'light' })).json();
    expect(reply.text).toBe('theme=light locale=fa');
    expect(reply.images[0].src).toMatch(/^data:image\/png;base64,iVBOR/);
    expect(reply.files).toEqual([{ name: 'notes.md', content: '# notes' }]);
    expect(reply.kind).toBe('ok');
  });

  it('lets an option typed in the line win over the page setting', async () => {
    const { reply } = await (
      await post({ line: '/picture theme:dark lang:en', locale: 'fa', theme: 'light' })
    ).json();
    expect(reply.text).toBe('theme=dark locale=en');
  });

  it('answers command-line mistakes as located user errors', async () => {
    const { reply } = await (await post({ line: '/echo count:1 count:2' })).json();
    expect(reply.kind).toBe('user-error');
    expect(reply.text).toContain('`count` is given twice');
  });

  it('rejects a body that is not JSON or lacks the line with 400', async () => {
    expect((await post('not json')).status).toBe(400);
    expect((await post({ locale: 'en' })).status).toBe(400);
    expect((await post({ line: '/echo', locale: 'de' })).status).toBe(400);
  });
});
