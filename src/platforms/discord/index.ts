// startDiscord: HTTP interactions on the shared server, or the gateway (sharded when DISCORD_SHARDS is set).
import { fileURLToPath } from 'node:url';
import { Routes, ShardingManager } from 'discord.js';
import type { Logger } from '../../dispatch/types.js';
import type { PlatformHost } from '../host.js';
import type { DiscordConfig } from './config.js';
import { startGateway } from './gateway.js';
import { discordInteractionsHandler } from './http.js';
import { createRest } from './rest.js';
import { createDiscordRuntime, followUpRunner } from './runtime.js';
import { ed25519PublicKey } from './verify.js';

export { discordConfigFromEnv, type DiscordConfig } from './config.js';

export const DISCORD_INTERACTIONS_PATH = '/discord/interactions';

/** Starts Discord in the mode its variables select; resolves with a label for the start-up log. */
export async function startDiscord(config: DiscordConfig, host: PlatformHost): Promise<string> {
  const log = host.deps.log;
  if (config.mode === 'http') {
    const rest = createRest(config.token, config.apiUrl);
    const runtime = createDiscordRuntime(config, host.deps, rest, host.dispatchOptions);
    host.server.addRoute(
      'POST',
      DISCORD_INTERACTIONS_PATH,
      discordInteractionsHandler(ed25519PublicKey(config.publicKey!), runtime, followUpRunner()),
    );
    log.info({ path: DISCORD_INTERACTIONS_PATH }, 'discord HTTP interactions endpoint mounted');
    return `discord (http ${DISCORD_INTERACTIONS_PATH})`;
  }
  if (config.shards !== undefined) {
    const manager = await startShards(config, log);
    return `discord (gateway, ${manager.totalShards} shards)`;
  }
  await startGateway(
    config.token,
    config.apiUrl,
    (client) => createDiscordRuntime(config, host.deps, client.rest, host.dispatchOptions),
    followUpRunner(),
    log,
  );
  return 'discord (gateway)';
}

/**
 * Gateway mode over several shards: discord.js's ShardingManager runs `shard.ts` once per shard as a child
 * process. `auto` asks Discord (through DISCORD_API_URL when set) how many shards it recommends.
 */
export async function startShards(
  config: DiscordConfig,
  log: Logger,
  delayMs = 5500,
): Promise<ShardingManager> {
  const totalShards =
    config.shards === 'auto'
      ? ((await createRest(config.token, config.apiUrl).get(Routes.gatewayBot())) as { shards: number })
          .shards
      : (config.shards ?? 1);
  const manager = new ShardingManager(fileURLToPath(new URL('./shard.ts', import.meta.url)), {
    token: config.token,
    totalShards,
    // The shard script is TypeScript, run through tsx like the main process.
    execArgv: ['--import', 'tsx'],
  });
  manager.on('shardCreate', (shard) => log.info({ shard: shard.id }, 'discord shard spawned'));
  // Discord allows one identify per 5 s per bucket: the default delay keeps to it.
  await manager.spawn({ delay: delayMs });
  return manager;
}
