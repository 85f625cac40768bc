// DISCORD_SHARDS: discord.js's ShardingManager runs src/platforms/discord/shard.ts as child processes, each
// identifying as its own shard against a local gateway; an interaction sent to one shard is answered by it.
import { readFileSync } from 'node:fs';
import type { ShardingManager } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discordConfigFromEnv } from '../../helpers/platform-config.js';
import { startShards } from '../../../src/platforms/discord/index.js';
import { startDiscordStandIn, type DiscordStandIn } from './discord-stand-in.js';
import { startGatewayStandIn, type GatewayStandIn } from './gateway-stand-in.js';
import { recordingLogger } from './harness.js';

let standIn: DiscordStandIn;
let gatewayStandIn: GatewayStandIn;
let manager: ShardingManager | undefined;

beforeAll(async () => {
  standIn = await startDiscordStandIn();
  gatewayStandIn = await startGatewayStandIn(standIn, 2);
  // The shards are child processes: they read their settings from the inherited environment.
  process.env.DISCORD_API_URL = standIn.apiUrl;
  process.env.LOG_LEVEL = 'silent';
  // Each shard runs its own worker pool (as in production); one worker each keeps the test light.
  process.env.WORKERS = '1';
  const config = discordConfigFromEnv({
    DISCORD_TOKEN: 'sharded-token',
    DISCORD_API_URL: standIn.apiUrl,
    DISCORD_SHARDS: 'auto',
  })!;
  manager = await startShards(config, recordingLogger(), 0);
}, 90_000);

afterAll(async () => {
  manager?.shards.forEach((shard) => shard.kill());
  await gatewayStandIn?.close();
  await standIn?.close();
});

describe('sharded gateway mode', () => {
  it('spawns the number of shards Discord recommends, each identifying as its own shard', () => {
    expect(manager!.totalShards).toBe(2);
    expect(gatewayStandIn.shards()).toEqual([0, 1]);
  });

  it('answers an interaction on the shard it arrived on', async () => {
    const payload = JSON.parse(
      readFileSync(new URL('./fixtures/chat-input-help.json', import.meta.url), 'utf8'),
    ) as { id: string };
    gatewayStandIn.dispatch(1, 'INTERACTION_CREATE', { ...payload, token: 'SHARD-ONE' });
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
