import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';

describe('loadConfig', () => {
  it('fills defaults for an empty environment (the playground on port 3000)', () => {
    expect(loadConfig({})).toMatchObject({
      ok: true,
      value: { PORT: 3000, LOG_LEVEL: 'info', PLAYGROUND: true, COMMAND_TIME_LIMIT_MS: 20_000 },
    });
  });

  it('treats empty platform variables as not set', () => {
    const config = loadConfig({ DISCORD_TOKEN: '', PLAYGROUND: 'off', PORT: '8080' });
    expect(config).toMatchObject({ ok: true, value: { PORT: 8080, PLAYGROUND: false } });
    if (config.ok) expect(config.value.DISCORD_TOKEN).toBeUndefined();
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
});
