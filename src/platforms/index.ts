// Every chat platform the bot can run on; each is one folder with a platform.ts (see ./platform.ts).
import { discordPlatform } from './discord/platform.js';
import type { PlatformDefinition } from './platform.js';
import { slackPlatform } from './slack/platform.js';

export const platforms: readonly PlatformDefinition[] = [
  discordPlatform as PlatformDefinition,
  slackPlatform as PlatformDefinition,
];
