// Gateway mode with the real discord.js Client: a local WebSocket plays Discord's gateway (HELLO, READY, then a
// recorded INTERACTION_CREATE) and the REST stand-in receives the interaction callback and the edited reply.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import type { Deps } from '../../../src/dispatch/types.js';
import { discordConfigFromEnv } from '../../../src/platforms/discord/config.js';
import { startGateway, type GatewayHandle } from '../../../src/platforms/discord/gateway.js';
import { createDiscordRuntime, followUpRunner } from '../../../src/platforms/discord/runtime.js';
import { createRenderer } from '../../../src/render/index.js';
import { startDiscordStandIn, type DiscordStandIn } from './discord-stand-in.js';
import { APPLICATION_ID, recordingLogger } from './harness.js';

let standIn: DiscordStandIn;
let gatewayServer: WebSocketServer;
let gateway: GatewayHandle;
const identified: unknown[] = [];
let sendDispatch: (t: string, d: unknown) => void = () => {};

beforeAll(async () => {
  standIn = await startDiscordStandIn();
  gatewayServer = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise((resolve) => gatewayServer.once('listening', resolve));
  const url = `ws://127.0.0.1:${(gatewayServer.address() as { port: number }).port}`;
  standIn.respondWith((c) => c.path === '/api/v10/gateway/bot', 200, {
    url,
    shards: 1,
    session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
  });
  gatewayServer.on('connection', (socket) => {
    let sequence = 0;
    sendDispatch = (t, d) => socket.send(JSON.stringify({ op: 0, s: ++sequence, t, d }));
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 } }));
    socket.on('message', (raw) => {
      const packet = JSON.parse(String(raw)) as { op: number; d: unknown };
      if (packet.op === 1) socket.send(JSON.stringify({ op: 11 }));
      if (packet.op === 2) {
        identified.push(packet.d);
        sendDispatch('READY', {
          v: 10,
          user: {
            id: APPLICATION_ID,
            username: 'backprop-tutor',
            discriminator: '0',
            bot: true,
            avatar: null,
          },
          guilds: [],
          session_id: 'session-1',
          resume_gateway_url: url,
          shard: [0, 1],
          application: { id: APPLICATION_ID, flags: 0 },
        });
      }
    });
  });
  const config = discordConfigFromEnv({
    DISCORD_TOKEN: 'gateway-bot-token',
    DISCORD_API_URL: standIn.apiUrl,
  })!;
  const log = recordingLogger();
  const deps: Deps = { render: createRenderer(), random: Math.random, log };
  gateway = await startGateway(
    config.token,
    config.apiUrl,
    (client) => createDiscordRuntime(config, deps, client.rest),
    followUpRunner(),
    log,
  );
});

afterAll(async () => {
  await gateway?.stop();
  gatewayServer?.clients.forEach((socket) => socket.terminate());
  await new Promise((resolve) => gatewayServer?.close(resolve));
  await standIn?.close();
});

describe('gateway mode with the discord.js Client', () => {
  it('identifies with the token and only the Guilds intent (nothing privileged)', () => {
    expect(identified[0]).toMatchObject({ token: 'gateway-bot-token', intents: 1 });
  });

  it('answers an INTERACTION_CREATE through the callback route, then edits the reply with the PNG', async () => {
    const payload = JSON.parse(
      readFileSync(new URL('./fixtures/chat-input-backprop-preset.json', import.meta.url), 'utf8'),
    ) as { id: string; token: string };
    sendDispatch('INTERACTION_CREATE', { ...payload, token: 'GATEWAY-LIVE' });
    const [callback] = await standIn.waitFor(
      (c) => c.path === `/api/v10/interactions/${payload.id}/GATEWAY-LIVE/callback`,
    );
    expect(callback!.json).toEqual({ type: 5 });
    const [edit] = await standIn.waitFor(
      (c) =>
        c.method === 'PATCH' &&
        c.path === `/api/v10/webhooks/${APPLICATION_ID}/GATEWAY-LIVE/messages/@original`,
    );
    expect(edit!.files[0]!.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect((edit!.json as { content: string }).content).toContain('0.2984');
  });
});
