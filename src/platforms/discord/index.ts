// startDiscord: HTTP interactions on the shared server, or the gateway (sharded when DISCORD_SHARDS is set).
import { fileURLToPath } from 'node:url';
import { ShardingManager } from 'discord.js';
import type { Deps } from '../../dispatch/types.js';
import type { HttpServer } from '../http-server.js';
import type { DiscordConfig } from './config.js';
import { startGateway } from './gateway.js';
import { discordInteractionsHandler } from './http.js';
import { createRest } from './rest.js';
import { createDiscordRuntime, followUpRunner } from './runtime.js';
import { ed25519PublicKey } from './verify.js';

export { discordConfigFromEnv, type DiscordConfig } from './config.js';

export interface PlatformHost {
  deps: Deps;
  /** Mounts a route on the one HTTP server on PORT (shared with the playground). */
  addRoute: HttpServer['addRoute'];
}

export interface PlatformHandle {
  stop(): Promise<void>;
}

export const DISCORD_INTERACTIONS_PATH = '/discord/interactions';

export async function startDiscord(config: DiscordConfig, host: PlatformHost): Promise<PlatformHandle> {
  const log = host.deps.log;
  if (config.mode === 'http') {
    const rest = createRest(config.token, config.apiUrl);
    const runtime = createDiscordRuntime(config, host.deps, rest);
    host.addRoute(
      'POST',
      DISCORD_INTERACTIONS_PATH,
      discordInteractionsHandler(ed25519PublicKey(config.publicKey!), runtime, followUpRunner()),
    );
    log.info({ path: DISCORD_INTERACTIONS_PATH }, 'discord HTTP interactions endpoint mounted');
    return { stop: async () => {} };
  }
  if (config.shards !== undefined) {
    const shardScript = fileURLToPath(new URL('./shard.ts', import.meta.url));
    const manager = new ShardingManager(shardScript, {
      token: config.token,
      totalShards: config.shards,
      // The shard script is TypeScript, run through tsx like the main process.
      execArgv: ['--import', 'tsx'],
    });
    manager.on('shardCreate', (shard) => log.info({ shard: shard.id }, 'discord shard spawned'));
    await manager.spawn();
    return {
      stop: async () => {
        manager.shards.forEach((shard) => shard.kill());
      },
    };
  }
  const gateway = await startGateway(
    config.token,
    config.apiUrl,
    (client) => createDiscordRuntime(config, host.deps, client.rest),
    followUpRunner(),
    log,
  );
  return gateway;
}
