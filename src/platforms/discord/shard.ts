// One shard of the gateway mode, spawned by discord.js's ShardingManager (DISCORD_SHARDS): answers
// the interactions of the guilds Discord routes to this shard (guild_id >> 22 mod shard count), with the
// same configuration, dependencies and worker pool as the main process (src/compose.ts).
import { createCommandRunner, createDeps } from '../../compose.js';
import { configOrExit, platformConfig } from '../../config.js';
import { startGateway } from './gateway.js';
import { discordPlatform } from './platform.js';
import { createDiscordRuntime, followUpRunner } from './runtime.js';

const settings = configOrExit(process.env, 'backprop-tutor shard');
const config = platformConfig(settings, discordPlatform);
const deps = await createDeps(settings);
if (!config) {
  deps.log.error('DISCORD_TOKEN is not set; a shard cannot start');
  process.exit(1);
}
const runner = createCommandRunner(settings, deps.log);
await startGateway(
  config.token,
  config.apiUrl,
  (client) => createDiscordRuntime(config, deps, client.rest, runner.dispatchOptions),
  followUpRunner(),
  deps.log,
);
// The manager is our parent process: when it goes away, so does the shard.
process.on('disconnect', () => process.exit(0));
