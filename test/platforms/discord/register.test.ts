import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.js';
import { discordConfigFromEnv } from '../../helpers/platform-config.js';
import { applicationCommands, registerCommands } from '../../../src/platforms/discord/register.js';
import { createRest } from '../../../src/platforms/discord/rest.js';
import { startDiscordStandIn, type DiscordStandIn } from './discord-stand-in.js';

let standIn: DiscordStandIn;
beforeAll(async () => {
  standIn = await startDiscordStandIn();
});
afterAll(async () => {
  await standIn?.close();
});

describe('npm run register', () => {
  it('generates one slash command per command file, plus the "Run backprop" message menu', () => {
    const body = applicationCommands() as {
      type: number;
      name: string;
      description?: string;
      options?: { name: string; autocomplete?: boolean }[];
    }[];
    expect(body.filter((c) => c.type === 1).map((c) => c.name)).toEqual(commands.map((c) => c.name));
    expect(body.find((c) => c.type === 3)).toEqual({ type: 3, name: 'Run backprop' });
    const backprop = body.find((c) => c.name === 'backprop')!;
    expect(backprop.options!.find((o) => o.name === 'preset')!.autocomplete).toBe(true);
    for (const command of body.filter((c) => c.type === 1))
      expect(command.description!.length).toBeLessThanOrEqual(100);
  });

  it('overwrites the guild’s commands when DISCORD_GUILD_ID is set, the global ones otherwise', async () => {
    const rest = createRest('register-token', standIn.apiUrl);
    const guild = await registerCommands(rest, '1180000000000000001', '1180000000000000100');
    expect(guild).toEqual({ scope: 'guild 1180000000000000100', count: commands.length + 1 });
    const global = await registerCommands(rest, '1180000000000000001', undefined);
    expect(global.scope).toBe('global');
    const puts = standIn.calls.filter((c) => c.method === 'PUT').map((c) => c.path);
    expect(puts).toEqual([
      '/api/v10/applications/1180000000000000001/guilds/1180000000000000100/commands',
      '/api/v10/applications/1180000000000000001/commands',
    ]);
    expect(standIn.calls[0]!.headers.authorization).toBe('Bot register-token');
  });

  it('reads its settings from the environment and refuses bad ones by name', () => {
    expect(discordConfigFromEnv({})).toBeUndefined();
    expect(discordConfigFromEnv({ DISCORD_TOKEN: 't' })!.mode).toBe('gateway');
    expect(discordConfigFromEnv({ DISCORD_TOKEN: 't', DISCORD_SHARDS: 'auto' })!.shards).toBe('auto');
    expect(() => discordConfigFromEnv({ DISCORD_TOKEN: 't', DISCORD_SHARDS: 'many' })).toThrow(
      /DISCORD_SHARDS/,
    );
    expect(() => discordConfigFromEnv({ DISCORD_TOKEN: 't', DISCORD_PUBLIC_KEY: 'ab'.repeat(32) })).toThrow(
      /DISCORD_APPLICATION_ID/,
    );
  });
});
