// The server as production runs it (src/server.ts): readiness, metrics, request ids, and a clean stop that
// delivers what was acknowledged, on Discord and on Slack, against the local stand-ins of their APIs.
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { configFromEnv } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { startServer, type RunningServer } from '../src/server.js';
import { startDiscordStandIn, type DiscordStandIn } from './platforms/discord/discord-stand-in.js';
import { signedHeaders, testApplicationKey } from './platforms/discord/signing.js';
import { signedSlackHeaders, slashCommandBody } from './platforms/slack/harness.js';
import { startSlackStandIn, type SlackStandIn } from './platforms/slack/slack-stand-in.js';
import { discordStandInEnv, slackStandInEnv } from './helpers/stand-in-env.js';

/** A pino logger writing JSON lines into `lines` (the production logger, request-id mixin included). */
function capturedLogger(lines: Record<string, unknown>[]) {
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return createLogger('info', sink);
}

const base = {
  PORT: '0',
  HOST: '127.0.0.1',
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  RATE_LIMIT_USER_BURST: '100',
};
const cleanup: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const close of cleanup.splice(0).reverse()) await close();
});

function get(server: RunningServer, path: string) {
  return fetch(`http://127.0.0.1:${server.port}${path}`);
}

const discordFixture = (token: string, id: string) => ({
  ...(JSON.parse(
    readFileSync(
      new URL('./platforms/discord/fixtures/chat-input-backprop-preset.json', import.meta.url),
      'utf8',
    ),
  ) as Record<string, unknown>),
  token,
  id,
});

async function postDiscord(
  server: RunningServer,
  key: ReturnType<typeof testApplicationKey>,
  payload: object,
) {
  const body = JSON.stringify(payload);
  const response = await fetch(`http://127.0.0.1:${server.port}/discord/interactions`, {
    method: 'POST',
    headers: signedHeaders(key, body),
    body,
  });
  return (await response.json()) as { type: number; data?: { content?: string; flags?: number } };
}

/** The server with one worker on Discord HTTP interactions, against a fresh stand-in of Discord's API. */
async function startOnDiscord() {
  const standIn = await startDiscordStandIn();
  cleanup.push(() => standIn.close());
  const key = testApplicationKey();
  const running = await startServer(
    configFromEnv({ ...base, WORKERS: '1', ...discordStandInEnv(standIn, key) }),
    { log: capturedLogger([]) },
  );
  return { standIn, key, running };
}

describe('the server on Discord HTTP interactions, with a worker', () => {
  let standIn: DiscordStandIn;
  let key: ReturnType<typeof testApplicationKey>;
  let running: RunningServer;

  it('is live at once, ready (200) only once its worker is warm, and counts commands in /metrics', async () => {
    ({ standIn, key, running } = await startOnDiscord());
    cleanup.push(() => running.stop(5000));
    // The worker needs far longer to load and warm than this request takes to arrive.
    expect((await get(running, '/readyz')).status).toBe(503);
    expect((await get(running, '/healthz')).status).toBe(200);
    expect((await get(running, '/discord/interactions')).status).toBe(404); // not mounted before ready
    await running.ready;
    expect((await get(running, '/readyz')).status).toBe(200);

    const ack = await postDiscord(running, key, discordFixture('TOKEN-METRICS', '1180000000000009001'));
    expect(ack.type).toBe(5);
    await standIn.waitFor(
      (c) => c.method === 'PATCH' && c.path.includes('/TOKEN-METRICS/messages/@original'),
    );
    const metrics = await (await get(running, '/metrics')).text();
    expect(metrics).toContain(
      'backprop_commands_total{command="backprop",platform="discord",outcome="ok"} 1',
    );
    expect(metrics).toMatch(
      /backprop_command_duration_seconds_count\{command="backprop",platform="discord"\} 1/,
    );
    expect(metrics).toContain('backprop_queue_depth 0');
    expect(metrics).toContain('backprop_worker_restarts_total 0');
    expect(metrics).toContain('backprop_rate_limit_refusals_total');
  }, 120_000);

  it('on stop: delivers the command acknowledged before, answers a new one "restarting", then closes', async () => {
    ({ standIn, key, running } = await startOnDiscord());
    await running.ready;
    const ack = await postDiscord(running, key, discordFixture('TOKEN-IN-FLIGHT', '1180000000000009002'));
    expect(ack.type).toBe(5);
    // SIGTERM's handler: stop() with the grace period.
    const stopped = running.stop(60_000);
    expect((await get(running, '/readyz')).status).toBe(503);
    const refused = await postDiscord(running, key, discordFixture('TOKEN-LATE', '1180000000000009003'));
    expect(refused.type).toBe(4);
    expect(refused.data?.content).toContain('راه‌اندازی دوباره'); // the fixture asks lang:fa
    expect(refused.data?.flags).toBe(64); // ephemeral
    expect(await stopped).toEqual({ drained: true });
    // The acknowledged command was answered before stop() resolved.
    const delivered = standIn.calls.filter(
      (c) => c.method === 'PATCH' && c.path.includes('/TOKEN-IN-FLIGHT/'),
    );
    expect(delivered).toHaveLength(1);
    expect(JSON.stringify(delivered[0]!.json)).toContain('backward');
    expect(standIn.calls.some((c) => c.path.includes('/TOKEN-LATE/messages'))).toBe(false);
    await expect(get(running, '/healthz')).rejects.toThrow(); // the server is closed
  }, 120_000);
});

describe('the server on Slack HTTP, commands on the main thread', () => {
  let standIn: SlackStandIn;

  it('on stop: delivers the acknowledged command, answers a new one "restarting"; one request id per command', async () => {
    standIn = await startSlackStandIn();
    cleanup.push(() => standIn.close());
    const lines: Record<string, unknown>[] = [];
    const running = await startServer(configFromEnv({ ...base, WORKERS: '0', ...slackStandInEnv(standIn) }), {
      log: capturedLogger(lines),
    });
    await running.ready;
    const post = async (text: string) => {
      const body = slashCommandBody(standIn, '/backprop', text, { channel_id: 'C0DRAIN' });
      const response = await fetch(`http://127.0.0.1:${running.port}/slack/events`, {
        method: 'POST',
        headers: signedSlackHeaders(body),
        body,
      });
      expect(response.status).toBe(200);
      return response.text();
    };
    await post('preset:mazur');
    const stopped = running.stop(60_000);
    const refused = JSON.parse(await post('preset:mazur')) as { text: string; response_type: string };
    expect(refused.response_type).toBe('ephemeral');
    expect(refused.text).toContain('restarting');
    expect(await stopped).toEqual({ drained: true });
    const posted = standIn.calls.filter(
      (c) => c.api === 'chat.postMessage' && c.params.channel === 'C0DRAIN',
    );
    expect(posted).toHaveLength(1);
    expect(String(posted[0]!.params.text)).toContain('0.2984');

    const answered = lines.filter((l) => l.msg === 'command answered');
    expect(answered).toHaveLength(1);
    const id = answered[0]!.requestId;
    expect(id).toMatch(/^[0-9a-f]{12}$/);
    // No other command's lines share it, and the refused request had an id of its own.
    expect(lines.filter((l) => l.requestId === id).every((l) => l.msg !== 'shutting down')).toBe(true);
  }, 120_000);
});
