// A platform's config from an environment, through the one configuration (src/config.ts); throws naming the bad variables.
import { configFromEnv, platformConfig } from '../../src/config.js';
import type { DiscordConfig } from '../../src/platforms/discord/config.js';
import { discordPlatform } from '../../src/platforms/discord/platform.js';
import type { SlackConfig } from '../../src/platforms/slack/config.js';
import { slackPlatform } from '../../src/platforms/slack/platform.js';

export function discordConfigFromEnv(env: NodeJS.ProcessEnv): DiscordConfig | undefined {
  return platformConfig(configFromEnv(env), discordPlatform);
}

export function slackConfigFromEnv(env: NodeJS.ProcessEnv): SlackConfig | undefined {
  return platformConfig(configFromEnv(env), slackPlatform);
}
