// Discord as the runtime sees it before loading discord.js: its variables, its config and its lazy adapter.
import { definePlatform } from '../platform.js';
import { discordConfig, discordEnv, type DiscordConfig } from './config.js';

export const discordPlatform = definePlatform<DiscordConfig>({
  name: 'discord',
  env: discordEnv,
  configure: (env, shared, issue) => discordConfig(env, shared, issue),
  load: async () => (await import('./index.js')).createDiscordPlatform,
});
