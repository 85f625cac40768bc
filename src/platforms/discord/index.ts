// The Discord adapter: HTTP interactions on the shared server, or the gateway (sharded when DISCORD_SHARDS is set).
import { fileURLToPath } from 'node:url';
import type { REST } from '@discordjs/rest';
import { Routes } from 'discord-api-types/v10';
import type { ShardingManager } from 'discord.js';
import { commands } from '../../../commands/index.js';
import type { Logger } from '../../dispatch/types.js';
import { RUNNING_BUILT } from '../../paths.js';
import { InFlight } from '../in-flight.js';
import { countedLimiter, deliveryCountingLog, observedDispatch, type Observer } from '../observe.js';
import type { Platform, PlatformHost } from '../platform.js';
import type { DiscordConfig } from './config.js';
import type { GatewayHandle } from './gateway.js';
import { discordInteractionsHandler } from './http.js';
import { createRest } from './rest.js';
import type { DiscordRuntime } from './interactions.js';
import { createDiscordRuntime, followUpRunner } from './runtime.js';
import { answerShard, type ManagerAnswers } from './manager-link.js';
import { dispatch } from '../../dispatch/dispatcher.js';
import { defaultsLookup } from '../../settings/defaults-cache.js';
import { ed25519PublicKey } from './verify.js';
import { PLATFORM_BODY_LIMIT_BYTES } from '../body-limits.js';

export type { DiscordConfig } from './config.js';

export const DISCORD_INTERACTIONS_PATH = '/discord/interactions';

/** The runtime of one REST client, with the host's request ids, metrics and shutdown refusals. */
function hostedRuntime(
  config: DiscordConfig,
  host: PlatformHost,
  rest: REST,
  observer: Observer,
): DiscordRuntime {
  const runtime = createDiscordRuntime(config, host.deps, rest, host.dispatchOptions);
  runtime.dispatch = observedDispatch(observer, runtime.dispatch);
  runtime.limiter = countedLimiter(observer, runtime.limiter);
  runtime.log = deliveryCountingLog(observer, runtime.log);
  if (host.accepting) runtime.accepting = host.accepting;
  runtime.onRestartingRefusal = () => host.metrics?.restartingRefusals.inc({ platform: 'discord' });
  return runtime;
}

/** Discord in the mode its variables select, behind the platform contract. */
export function createDiscordPlatform(config: DiscordConfig, host: PlatformHost): Platform {
  const log = host.deps.log;
  const observer: Observer = {
    platform: 'discord',
    metrics: host.metrics,
    known: new Set(commands.map((command) => command.name)),
  };
  const inFlight = new InFlight();
  const followUps = followUpRunner(undefined, (work) => inFlight.track(work));
  let gateway: GatewayHandle | undefined;
  let manager: ShardingManager | undefined;
  return {
    async start() {
      if (config.mode === 'http') {
        const rest = createRest(config.token, config.apiUrl);
        const runtime = hostedRuntime(config, host, rest, observer);
        host.server.addRoute(
          'POST',
          DISCORD_INTERACTIONS_PATH,
          discordInteractionsHandler(ed25519PublicKey(config.publicKey!), runtime, followUps),
          { bodyLimitBytes: PLATFORM_BODY_LIMIT_BYTES },
        );
        log.info({ path: DISCORD_INTERACTIONS_PATH }, 'discord HTTP interactions endpoint mounted');
        return `discord (http ${DISCORD_INTERACTIONS_PATH})`;
      }
      if (config.shards !== undefined) {
        // The shards read /settings and run the database's commands here, where the store is (manager-link.ts).
        const lookup = defaultsLookup(host.deps);
        manager = await startShards(config, log, undefined, {
          ...(lookup ? { placeDefaults: lookup } : {}),
          dispatch: (request) => dispatch(request, host.deps, { ...host.dispatchOptions, source: 'discord' }),
        });
        return `discord (gateway, ${manager.totalShards} shards)`;
      }
      // discord.js (its Client, the WebSocket) loads only in the gateway modes.
      const { startGateway } = await import('./gateway.js');
      gateway = await startGateway(
        config.token,
        config.apiUrl,
        (client) => hostedRuntime(config, host, client.rest, observer),
        followUps,
        log,
      );
      return 'discord (gateway)';
    },
    drain: () => inFlight.idle(),
    async stop() {
      await gateway?.stop();
      // Each shard drains on its own SIGTERM (src/platforms/discord/shard.ts); wait until each has exited.
      if (manager) {
        manager.respawn = false;
        await Promise.all(
          manager.shards.map(
            (shard) =>
              new Promise<void>((resolve) => {
                const child = shard.process;
                if (!child || child.exitCode !== null) return resolve();
                child.once('exit', () => resolve());
                child.kill('SIGTERM');
              }),
          ),
        );
      }
    },
  };
}

/**
 * Gateway mode over several shards: discord.js's ShardingManager runs `shard` once per shard as a child
 * process. `auto` asks Discord (through DISCORD_API_URL when set) how many shards it recommends.
 */
export async function startShards(
  config: DiscordConfig,
  log: Logger,
  delayMs = 5500,
  answers?: ManagerAnswers,
): Promise<ShardingManager> {
  const totalShards =
    config.shards === 'auto'
      ? ((await createRest(config.token, config.apiUrl).get(Routes.gatewayBot())) as { shards: number })
          .shards
      : (config.shards ?? 1);
  // Built: dist/shard.js; from the sources (tests, tsx) the TypeScript shard through tsx.
  const script = RUNNING_BUILT ? './shard.js' : './shard.ts';
  const { ShardingManager } = await import('discord.js');
  const manager = new ShardingManager(fileURLToPath(new URL(script, import.meta.url)), {
    token: config.token,
    totalShards,
    execArgv: RUNNING_BUILT ? [] : ['--import', 'tsx'],
  });
  manager.on('shardCreate', (shard) => {
    log.info({ shard: shard.id }, 'discord shard spawned');
    if (answers) answerShard(shard, answers);
  });
  // Discord allows one identify per 5 s per bucket: the default delay keeps to it. A shard starts its own
  // worker pool before it logs in, which on a busy machine takes longer than discord.js's 30 s default.
  await manager.spawn({ delay: delayMs, timeout: 120_000 });
  return manager;
}
