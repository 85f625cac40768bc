// A reply's PNG reaches Discord's and Slack's SDKs without a copy (each copy is main-thread memory under load).
import { describe, expect, it } from 'vitest';
import { asBuffer } from '../../src/platforms/bytes.js';
import { toDiscordMessage } from '../../src/platforms/discord/message.js';

describe('asBuffer', () => {
  it('views the same memory, also for a slice of a larger buffer', () => {
    const whole = new Uint8Array([0, 1, 2, 3, 4, 5]);
    const part = whole.subarray(2, 5);
    const buffer = asBuffer(part);
    expect([...buffer]).toEqual([2, 3, 4]);
    whole[3] = 9;
    expect(buffer[1]).toBe(9);
  });

  it('is what a Discord message attaches', () => {
    const png = new Uint8Array([137, 80, 78, 71]);
    const message = toDiscordMessage(
      { text: 'hi', kind: 'ok', visibility: 'public', images: [{ name: 'a.png', png, alt: 'a' }] },
      'en',
    );
    expect(message.files[0]!.data.buffer).toBe(png.buffer);
  });
});
