// One shard of the gateway mode, spawned by discord.js's ShardingManager (DISCORD_SHARDS): answers
// the interactions of the guilds Discord routes to this shard (guild_id >> 22 mod shard count).
import { loadConfig } from '../../config.js';
import { createLogger } from '../../logger.js';
import { createRenderer } from '../../render/index.js';
import { discordConfigFromEnv } from './config.js';
import { startGateway } from './gateway.js';
import { createDiscordRuntime, followUpRunner } from './runtime.js';

const config = discordConfigFromEnv();
const log = createLogger(process.env.LOG_LEVEL ?? 'info');
if (!config) {
  log.error('DISCORD_TOKEN is not set; a shard cannot start');
  process.exit(1);
}
const settings = loadConfig();
const dispatchOptions = settings.ok ? { timeLimitMs: settings.value.COMMAND_TIME_LIMIT_MS } : {};
const deps = { render: createRenderer(), random: Math.random, log };
await startGateway(
  config.token,
  config.apiUrl,
  (client) => createDiscordRuntime(config, deps, client.rest, dispatchOptions),
  followUpRunner(),
  log,
);
// The manager is our parent process: when it goes away, so does the shard.
process.on('disconnect', () => process.exit(0));
