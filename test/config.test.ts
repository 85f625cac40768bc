import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadConfig, platformConfig } from '../src/config.js';
import { discordPlatform } from '../src/platforms/discord/platform.js';
import { slackPlatform } from '../src/platforms/slack/platform.js';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('loadConfig', () => {
  it('fills defaults for an empty environment (the playground on port 3000)', () => {
    expect(loadConfig({})).toMatchObject({
      ok: true,
      value: {
        PORT: 3000,
        LOG_LEVEL: 'info',
        PLAYGROUND: true,
        COMMAND_TIME_LIMIT_MS: 20_000,
        platforms: [],
      },
    });
  });

  it('treats empty platform variables as not set', () => {
    const config = loadConfig({ DISCORD_TOKEN: '', PLAYGROUND: 'off', PORT: '8080' });
    expect(config).toMatchObject({ ok: true, value: { PORT: 8080, PLAYGROUND: false } });
    if (config.ok) expect(platformConfig(config.value, discordPlatform)).toBeUndefined();
  });

  it('names each bad variable and never echoes a secret', () => {
    const config = loadConfig({
      PORT: 'eighty',
      LOG_LEVEL: 'loud',
      SLACK_SIGNING_SECRET: 42 as unknown as string,
    });
    expect(config.ok).toBe(false);
    if (!config.ok) {
      expect(config.error.some((e) => e.startsWith('PORT="eighty"'))).toBe(true);
      expect(config.error.some((e) => e.startsWith('LOG_LEVEL="loud"'))).toBe(true);
      expect(config.error.some((e) => e.startsWith('SLACK_SIGNING_SECRET=(hidden)'))).toBe(true);
    }
  });

  it('lists the platform variables with the others, every one of them at once', () => {
    const config = loadConfig({
      PORT: '-1',
      WORKERS: 'many',
      DISCORD_TOKEN: 'token',
      DISCORD_SHARDS: 'abc',
      DISCORD_GUILD_LANGS: '123:de',
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_COMMANDS: 'backprop=/b p',
      RATE_LIMIT_USER_BURST: 'lots',
    });
    expect(config.ok).toBe(false);
    if (!config.ok) {
      const named = config.error.map((e) => e.split('=')[0]);
      expect(named).toEqual(
        expect.arrayContaining([
          'PORT',
          'WORKERS',
          'DISCORD_SHARDS',
          'DISCORD_GUILD_LANGS',
          'SLACK_COMMANDS',
          'RATE_LIMIT_USER_BURST',
          // Slack over HTTP (no app token) needs its signing secret: checked even though others failed.
          'SLACK_SIGNING_SECRET',
        ]),
      );
      expect(config.error.find((e) => e.startsWith('DISCORD_SHARDS'))).toBe(
        'DISCORD_SHARDS="abc": DISCORD_SHARDS must be auto or a positive number',
      );
      expect(config.error.join('\n')).not.toContain('token');
    }
  });

  it('reads each configured platform into its config, with the shared defaults', () => {
    const config = loadConfig({
      DEFAULT_LOCALE: 'fa',
      DISCORD_TOKEN: 't',
      DISCORD_SHARDS: '2',
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_APP_TOKEN: 'xapp-1',
      SLACK_DEFAULT_LANG: 'en',
      RATE_LIMIT_CHANNEL_BURST: '7',
    });
    expect(config.ok).toBe(true);
    if (!config.ok) return;
    expect(config.value.platforms.map((p) => p.definition.name)).toEqual(['discord', 'slack']);
    expect(platformConfig(config.value, discordPlatform)).toMatchObject({
      mode: 'gateway',
      shards: 2,
      defaultLocale: 'fa',
      rateLimits: { channel: { burst: 7, perMinute: 60 } },
    });
    expect(platformConfig(config.value, slackPlatform)).toMatchObject({
      mode: 'socket',
      defaultLocale: 'en',
    });
  });

  it('turns the playground off by default once a platform is configured, unless PLAYGROUND=on', () => {
    const platform = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' };
    expect(loadConfig(platform)).toMatchObject({ ok: true, value: { PLAYGROUND: false } });
    expect(loadConfig({ ...platform, PLAYGROUND: 'on' })).toMatchObject({
      ok: true,
      value: { PLAYGROUND: true },
    });
    expect(loadConfig({ PLAYGROUND: 'off' })).toMatchObject({ ok: true, value: { PLAYGROUND: false } });
  });
});

describe('npm start with a bad setting', () => {
  it('exits with code 2 and names every bad variable, the platform ones included', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: root,
      env: { PATH: process.env.PATH, DISCORD_TOKEN: 'x', DISCORD_SHARDS: 'abc', PORT: 'eighty' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('DISCORD_SHARDS="abc": DISCORD_SHARDS must be auto or a positive number');
    expect(result.stderr).toContain('PORT="eighty"');
    expect(result.stderr).not.toMatch(/could not start|at .*\.ts:\d+/);
  });
});
