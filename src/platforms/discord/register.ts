// `npm run register`: puts the slash commands (generated from commands/) and the "Run backprop" message
// menu on Discord: on one server when DISCORD_GUILD_ID is set (instant), else globally.
import { pathToFileURL } from 'node:url';
import dotenv from 'dotenv';
import type { REST } from '@discordjs/rest';
import { ApplicationCommandType, Routes } from 'discord-api-types/v10';
import { commands } from '../../../commands/index.js';
import { toDiscordCommand, type Command } from '../../dispatch/define-command.js';
import { configOrExit, platformConfig } from '../../config.js';
import { RUN_BACKPROP_MENU } from './interactions.js';
import { discordPlatform } from './platform.js';
import { createRest } from './rest.js';

/** Everything Discord should know about: one chat-input command per command file, plus the message menu. */
export function applicationCommands(list: readonly Command[] = commands): object[] {
  return [...list.map(toDiscordCommand), { type: ApplicationCommandType.Message, name: RUN_BACKPROP_MENU }];
}

/** Bulk-overwrites the application's commands; returns where they went and how many. */
export async function registerCommands(
  rest: REST,
  applicationId: string,
  guildId: string | undefined,
  body: object[] = applicationCommands(),
): Promise<{ scope: string; count: number }> {
  const route = guildId
    ? Routes.applicationGuildCommands(applicationId, guildId)
    : Routes.applicationCommands(applicationId);
  const result = (await rest.put(route, { body })) as unknown[];
  return { scope: guildId ? `guild ${guildId}` : 'global', count: result.length };
}

async function main(): Promise<number> {
  dotenv.config({ quiet: true });
  const config = platformConfig(configOrExit(process.env, 'register'), discordPlatform);
  if (!config) {
    process.stderr.write(
      'register: set DISCORD_TOKEN (and DISCORD_GUILD_ID for a test server) in .env first\n',
    );
    return 2;
  }
  const rest = createRest(config.token, config.apiUrl);
  const applicationId =
    config.applicationId ?? ((await rest.get(Routes.currentApplication())) as { id: string }).id;
  const { scope, count } = await registerCommands(rest, applicationId, config.guildId);
  process.stdout.write(
    `Registered ${count} commands (${scope}).` +
      (config.guildId ? '\n' : ' Global commands can take up to an hour to appear everywhere.\n'),
  );
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(
    (code) => process.exit(code),
    (error: Error) => {
      process.stderr.write(`register: ${error.message}\n`);
      process.exit(1);
    },
  );
}
