// One shard of the gateway mode, spawned by discord.js's ShardingManager (DISCORD_SHARDS): answers the
// interactions of the guilds Discord routes to this shard (guild_id >> 22 mod shard count; discord.js reads
// the shard ids from the environment the manager sets), with the same configuration, dependencies, worker
// pool and platform adapter as the main process, and the same clean stop on SIGTERM.
import { setTimeout as sleep } from 'node:timers/promises';
import { createCommandRunner, createDeps } from '../../compose.js';
import { configOrExit, platformConfig } from '../../config.js';
import { createDiscordPlatform } from './index.js';
import { managerLink } from './manager-link.js';
import { discordPlatform } from './platform.js';

const settings = configOrExit(process.env, 'backprop-tutor shard');
const config = platformConfig(settings, discordPlatform);
// The database is the manager's: the place's defaults and the commands that use it are asked of it (manager-link.ts).
const link = managerLink(settings.COMMAND_TIME_LIMIT_MS + 10_000);
const deps = { ...(await createDeps(settings)), ...(link ? { placeDefaults: link.placeDefaults } : {}) };
if (!config) {
  deps.log.error('DISCORD_TOKEN is not set; a shard cannot start');
  process.exit(1);
}
const runner = createCommandRunner(settings, deps.log);
let accepting = true;
const gateway = createDiscordPlatform(
  { ...config, shards: undefined },
  {
    deps,
    server: { addRoute() {} },
    dispatchOptions: { ...runner.dispatchOptions, ...(link ? { storeElsewhere: link.dispatch } : {}) },
    accepting: () => accepting,
  },
);
// The workers do not hold the process open: until the gateway's connection does, this timer does.
const keepAlive = setInterval(() => {}, 60_000);
await runner.pool?.ready();
await gateway.start();
clearInterval(keepAlive);

// The manager stops a shard with SIGTERM: refuse new commands politely, deliver those in flight, then go.
process.once('SIGTERM', () => {
  accepting = false;
  void Promise.race([gateway.drain(), sleep(settings.SHUTDOWN_GRACE_MS, undefined, { ref: false })])
    .then(() => gateway.stop())
    .then(() => runner.pool?.close())
    .finally(() => process.exit(0));
});
// The manager is our parent process: when it goes away, so does the shard.
process.on('disconnect', () => process.exit(0));
