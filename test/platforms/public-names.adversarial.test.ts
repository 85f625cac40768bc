// Issue #17 item 8: a network's `name` is shown as plain text in public replies on both platforms: no masked
// link, no `<url|text>`, no mention, no right-to-left override survives.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPLICATION_ID, startDiscordHarness, type DiscordHarness } from './discord/harness.js';
import type { RecordedCall } from './discord/discord-stand-in.js';
import { slashCommandBody, startSlackHarness, type SlackHarness } from './slack/harness.js';

const NAME =
  'Q6 [click me](https://evil.example/x) <https://evil.example|here> <!channel> @everyone \u202Eevil\u202C';
const DEFINITION = `name: ${JSON.stringify(NAME)}\nlayers: 1-1\ninput: 1\ntarget: 0\nw1: 0.5\nb1: 0`;
const HIDDEN = /[\u202a-\u202e\u2066-\u2069\u200e\u200f]/;

let discord: DiscordHarness;
let slack: SlackHarness;
beforeAll(async () => {
  [discord, slack] = await Promise.all([startDiscordHarness(), startSlackHarness()]);
});
afterAll(async () => {
  await Promise.allSettled([discord?.close(), slack?.close()]);
});

describe('a network name in a public reply', () => {
  it('is a plain code span on Discord', async () => {
    const payload = JSON.parse(
      readFileSync(new URL('./discord/fixtures/chat-input-backprop-preset.json', import.meta.url), 'utf8'),
    ) as { token: string; data: { options: { name: string; type: number; value: string }[] } };
    payload.token = 'TOKEN-NAMED';
    payload.data.options = [
      { name: 'definition', type: 3, value: DEFINITION },
      { name: 'lang', type: 3, value: 'en' },
    ];
    expect((await discord.post(payload)).status).toBe(200);
    const [edit] = await discord.standIn.waitFor(
      (call: RecordedCall) =>
        call.method === 'PATCH' &&
        call.path === `/api/v10/webhooks/${APPLICATION_ID}/TOKEN-NAMED/messages/@original`,
    );
    const content = (edit!.json as { content: string }).content;
    const title = content.split('\n')[0]!;
    expect(title).toContain('`Q6 [click me](https://evil.example/x)');
    // Everything the user typed sits inside one code span: nothing of it is formatted or linked.
    expect(title.replace(/`[^`]*`/g, '')).not.toMatch(/evil|\[|<|@/);
    expect(content).not.toMatch(HIDDEN);
  });

  it('is a plain code span on Slack', async () => {
    // Slack sends the text with &, < and > escaped, the network on the lines after the options.
    const typed = `lang:en\n${DEFINITION}`.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const body = slashCommandBody(slack.standIn, '/backprop', typed, { channel_id: 'C0NAMED' });
    expect((await slack.post(body)).status).toBe(200);
    const [post] = await slack.standIn.waitFor(
      (c) => c.api === 'chat.postMessage' && c.params.channel === 'C0NAMED',
    );
    const text = String(post!.params.text);
    const title = text.split('\n')[0]!;
    expect(title).toContain(
      '`Q6 [click me](https://evil.example/x) &lt;https://evil.example|here&gt; &lt;!channel&gt;',
    );
    expect(title.replace(/`[^`]*`/g, '')).not.toMatch(/evil|<|@/);
    // The title's bold still converts to Slack's (the code span sits outside it).
    expect(title).toMatch(/^\*Backpropagation, one step:\* `/);
    expect(text).not.toMatch(HIDDEN);
  });
});
