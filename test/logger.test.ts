import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.js';

describe('createLogger', () => {
  it('redacts tokens, secrets and authorisation headers', () => {
    let output = '';
    const sink = new Writable({
      write(chunk, _encoding, done) {
        output += chunk.toString();
        done();
      },
    });
    const log = createLogger('info', sink);
    log.info(
      {
        token: 'discord-abc',
        config: { DISCORD_TOKEN: 'discord-def' },
        headers: { authorization: 'Bot xyz' },
        keep: 'visible',
      },
      'starting',
    );
    expect(output).toContain('visible');
    expect(output).not.toMatch(/discord-abc|discord-def|Bot xyz/);
    expect(output).toContain('[redacted]');
  });
});
