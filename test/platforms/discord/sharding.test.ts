// DISCORD_SHARDS: discord.js's ShardingManager runs src/platforms/discord/shard.ts as child processes, each
// identifying as its own shard against a local gateway; an interaction sent to one shard is answered by it.
import { readFileSync } from 'node:fs';
import type { ShardingManager } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocketServer, type WebSocket } from 'ws';
import { discordConfigFromEnv } from '../../../src/platforms/discord/config.js';
import { startShards } from '../../../src/platforms/discord/index.js';
import { startDiscordStandIn, type DiscordStandIn } from './discord-stand-in.js';
import { APPLICATION_ID, recordingLogger } from './harness.js';

let standIn: DiscordStandIn;
let gatewayServer: WebSocketServer;
let manager: ShardingManager | undefined;
const shardSockets = new Map<number, (t: string, d: unknown) => void>();

beforeAll(async () => {
  standIn = await startDiscordStandIn();
  gatewayServer = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise((resolve) => gatewayServer.once('listening', resolve));
  const url = `ws://127.0.0.1:${(gatewayServer.address() as { port: number }).port}`;
  standIn.respondWith((c) => c.path === '/api/v10/gateway/bot', 200, {
    url,
    shards: 2,
    session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 2 },
  });
  gatewayServer.on('connection', (socket: WebSocket) => {
    let sequence = 0;
    const send = (t: string, d: unknown) => socket.send(JSON.stringify({ op: 0, s: ++sequence, t, d }));
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 } }));
    socket.on('message', (raw) => {
      const packet = JSON.parse(String(raw)) as { op: number; d: { shard?: [number, number] } };
      if (packet.op === 1) socket.send(JSON.stringify({ op: 11 }));
      if (packet.op === 2) {
        const shard = packet.d.shard ?? [0, 1];
        shardSockets.set(shard[0], send);
        send('READY', {
          v: 10,
          user: {
            id: APPLICATION_ID,
            username: 'backprop-tutor',
            discriminator: '0',
            bot: true,
            avatar: null,
          },
          guilds: [],
          session_id: `session-${shard[0]}`,
          resume_gateway_url: url,
          shard,
          application: { id: APPLICATION_ID, flags: 0 },
        });
      }
    });
  });
  // The shards are child processes: they read their settings from the inherited environment.
  process.env.DISCORD_API_URL = standIn.apiUrl;
  process.env.LOG_LEVEL = 'silent';
  const config = discordConfigFromEnv({
    DISCORD_TOKEN: 'sharded-token',
    DISCORD_API_URL: standIn.apiUrl,
    DISCORD_SHARDS: 'auto',
  })!;
  manager = await startShards(config, recordingLogger(), 0);
}, 90_000);

afterAll(async () => {
  manager?.shards.forEach((shard) => shard.kill());
  gatewayServer?.clients.forEach((socket) => socket.terminate());
  await new Promise((resolve) => gatewayServer?.close(resolve));
  await standIn?.close();
});

describe('sharded gateway mode', () => {
  it('spawns the number of shards Discord recommends, each identifying as its own shard', () => {
    expect(manager!.totalShards).toBe(2);
    expect([...shardSockets.keys()].sort()).toEqual([0, 1]);
  });

  it('answers an interaction on the shard it arrived on', async () => {
    const payload = JSON.parse(
      readFileSync(new URL('./fixtures/chat-input-help.json', import.meta.url), 'utf8'),
    ) as { id: string };
    shardSockets.get(1)!('INTERACTION_CREATE', { ...payload, token: 'SHARD-ONE' });
    const [callback] = await standIn.waitFor(
      (c) => c.path === `/api/v10/interactions/${payload.id}/SHARD-ONE/callback`,
    );
    expect(callback!.json).toEqual({ type: 5 });
    const [edit] = await standIn.waitFor(
      (c) => c.method === 'PATCH' && c.path.includes('/SHARD-ONE/messages/@original'),
    );
    expect((edit!.json as { content: string }).content).toContain('/backprop');
  }, 60_000);
});
