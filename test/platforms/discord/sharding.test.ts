// DISCORD_SHARDS: discord.js's ShardingManager runs src/platforms/discord/shard.ts as child processes, each
// identifying as its own shard against a local gateway; an interaction sent to one shard is answered by it.
import { readFileSync } from 'node:fs';
import type { ShardingManager } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discordConfigFromEnv } from '../../helpers/platform-config.js';
import { startShards } from '../../../src/platforms/discord/index.js';
import { startDiscordStandIn, type DiscordStandIn } from './discord-stand-in.js';
import { startGatewayStandIn, type GatewayStandIn } from './gateway-stand-in.js';
import { recordingLogger, type DiscordHarness } from './harness.js';
import { answerTo, memberCommand } from './member-command.js';
import { dispatch } from '../../../src/dispatch/dispatcher.js';
import type { Store } from '../../../src/store/types.js';
import { defaultsLookup } from '../../../src/settings/defaults-cache.js';
import { withoutIsolates } from '../../../src/text/bidi.js';
import { openTestStore } from '../../helpers/store.js';
import { testDeps } from '../../helpers/deps.js';

let standIn: DiscordStandIn;
let gatewayStandIn: GatewayStandIn;
let manager: ShardingManager | undefined;
let store: Store;

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
  // The manager holds the database, as the main process does: the shards ask it (manager-link.ts).
  store = await openTestStore();
  const deps = { ...(await testDeps(recordingLogger())), store };
  manager = await startShards(config, recordingLogger(), 0, {
    placeDefaults: defaultsLookup(deps)!,
    dispatch: (request) => dispatch(request, deps),
  });
}, 90_000);

afterAll(async () => {
  manager?.shards.forEach((shard) => shard.kill());
  await gatewayStandIn?.close();
  await standIn?.close();
  await store?.close();
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

  it("applies the server's /settings in every shard: set through one, followed by another", async () => {
    const ta = { id: '1180000000000000602', name: 'Mod', permissions: String(1 << 13) };
    const settings = memberCommand('SHARD-SETTINGS', ta, 'settings', { lang: 'fa' });
    gatewayStandIn.dispatch(0, 'INTERACTION_CREATE', { ...settings, id: '1180000000000001101' });
    const saved = await answerTo({ standIn } as DiscordHarness, 'SHARD-SETTINGS');
    expect(withoutIsolates(saved.content)).toContain('ذخیره شد: پیش‌فرض‌های این سرور');
    expect(await store.placeSettings(`discord:${settings.guild_id}`)).toMatchObject({ lang: 'fa' });
    const student = { id: '1180000000000000601', name: 'Sara', permissions: '0' };
    const help = memberCommand('SHARD-HELP-FA', student, 'help', {});
    gatewayStandIn.dispatch(1, 'INTERACTION_CREATE', { ...help, id: '1180000000000001102' });
    const persian = await answerTo({ standIn } as DiscordHarness, 'SHARD-HELP-FA');
    expect(withoutIsolates(persian.content)).toContain('پیش‌فرض‌های اینجا (`/settings`): زبان: فارسی (fa)');
  }, 60_000);
});
