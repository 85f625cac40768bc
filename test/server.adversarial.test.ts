// Issue #17 items 1 and 2 against the real server (startServer: worker pool, playground, Discord and Slack over
// HTTP) with the local Discord and Slack stand-ins: a playground flood does not hold the workers, the
// playground API refuses what it should, and large bodies are refused before they are parsed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configFromEnv } from '../src/config.js';
import { startServer, type RunningServer } from '../src/server.js';
import { recordingLogger } from './dispatch/fakes.js';
import { startDiscordStandIn, type DiscordStandIn } from './platforms/discord/discord-stand-in.js';
import { signedHeaders, testApplicationKey } from './platforms/discord/signing.js';
import { signedSlackHeaders, slashCommandBody } from './platforms/slack/harness.js';
import { startSlackStandIn, type SlackStandIn } from './platforms/slack/slack-stand-in.js';
import { discordStandInEnv, slackStandInEnv } from './helpers/stand-in-env.js';

const APPLICATION_ID = '1180000000000000001';
const HEAVY = '/backprop preset:mazur steps:3000 view:all';

let server: RunningServer;
let discord: DiscordStandIn;
let slack: SlackStandIn;
let base = '';
const key = testApplicationKey();

beforeAll(async () => {
  [discord, slack] = await Promise.all([startDiscordStandIn(), startSlackStandIn()]);
  const config = configFromEnv({
    PORT: '0',
    HOST: '127.0.0.1',
    WORKERS: '2',
    PLAYGROUND: 'on',
    LOG_LEVEL: 'silent',
    ...discordStandInEnv(discord, key),
    ...slackStandInEnv(slack),
    RATE_LIMIT_USER_BURST: '1000',
    RATE_LIMIT_CHANNEL_BURST: '1000',
  });
  server = await startServer(config, { log: recordingLogger() });
  base = `http://127.0.0.1:${server.port}`;
  // Both workers up before the flood (GET /readyz).
  for (let tries = 0; tries < 200; tries++) {
    const state = (await (await fetch(`${base}/readyz`)).json()) as { workers: number };
    if (state.workers === 2) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
});
afterAll(async () => {
  await server?.stop();
  await Promise.allSettled([discord?.close(), slack?.close()]);
});

const playground = (line: string, init: RequestInit = {}) =>
  fetch(`${base}/api/command`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ line, locale: 'en' }),
    ...init,
  });

describe('the real server under a playground flood', () => {
  it('answers Discord and Slack while ten heavy playground commands wait, after at most one of them', async () => {
    const finished: string[] = [];
    const flood = Array.from({ length: 10 }, () =>
      playground(HEAVY).then(async (response) => {
        await response.arrayBuffer();
        finished.push(`playground ${response.status}`);
      }),
    );
    // Let the flood reach the server and the queue first.
    await new Promise((resolve) => setTimeout(resolve, 300));

    const slashBody = slashCommandBody(slack, '/backprop', 'preset:mazur', { channel_id: 'C0FLOOD' });
    const slackAck = await fetch(`${base}/slack/events`, {
      method: 'POST',
      body: slashBody,
      headers: signedSlackHeaders(slashBody),
    });
    expect(slackAck.status).toBe(200);
    const interaction = {
      id: '1180000000000009001',
      application_id: APPLICATION_ID,
      type: 2,
      token: 'TOKEN-FLOOD',
      version: 1,
      channel_id: '1180000000000000200',
      guild_id: '1180000000000000100',
      member: { user: { id: '1180000000000000700', username: 'sara', global_name: 'Sara' } },
      data: { id: '1', name: 'backprop', type: 1, options: [{ name: 'preset', type: 3, value: 'mazur' }] },
    };
    const text = JSON.stringify(interaction);
    const discordAck = await fetch(`${base}/discord/interactions`, {
      method: 'POST',
      body: text,
      headers: signedHeaders(key, text),
    });
    expect(discordAck.status).toBe(200);

    await slack.waitFor((c) => c.api === 'chat.postMessage' && c.params.channel === 'C0FLOOD', 1, 60_000);
    finished.push('slack');
    await discord.waitFor((c) => c.method === 'PATCH' && c.path.includes('TOKEN-FLOOD'), 1, 60_000);
    finished.push('discord');
    // The playground may hold one of the two workers, never both, so the chat commands overtake the flood.
    // With first-come order and no shares all ten heavy commands finish first (index 10, seen with the shares
    // broken); heavy ones finishing one by one on the playground's worker while a loaded machine delivers the
    // chat replies stay under that (6 seen with five test runs at once, 8 once with six helpers' tests beside it);
    // 8 still fails broken shares. The exact order is tested without timing in test/dispatch/fair-queue.test.ts.
    expect(finished.indexOf('slack')).toBeLessThanOrEqual(8);
    expect(finished.indexOf('discord')).toBeLessThanOrEqual(8);
    await Promise.all(flood);
  });

  it('refuses text/plain (415), another origin (403), an oversized line (413) and a flood from one address (429)', async () => {
    expect((await playground('/help', { headers: { 'content-type': 'text/plain' } })).status).toBe(415);
    expect(
      (
        await playground('/help', {
          headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
        })
      ).status,
    ).toBe(403);
    const huge = await fetch(`${base}/api/command`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ line: `/backprop ${'['.repeat(200_000)}` }),
    });
    expect(huge.status).toBe(413);
    // The flood above used the burst of this address: more commands now are refused with Retry-After.
    const statuses: number[] = [];
    for (let n = 0; n < 12; n++) statuses.push((await playground('/backprop-help')).status);
    expect(statuses).toContain(429);
  });

  it('refuses platform bodies over their route limit before reading them', async () => {
    const body = slashCommandBody(slack, '/backprop', 'x'.repeat(200_000));
    const response = await fetch(`${base}/slack/events`, {
      method: 'POST',
      body,
      headers: signedSlackHeaders(body),
    });
    expect(response.status).toBe(413);
  });
});
