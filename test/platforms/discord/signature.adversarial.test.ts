// Issue #17 item 9: a signed interaction counts only inside ±5 minutes, with an integer timestamp, as an object.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscordHarness, type DiscordHarness } from './harness.js';
import { signedHeaders } from './signing.js';

let harness: DiscordHarness;
beforeAll(async () => {
  harness = await startDiscordHarness();
});
afterAll(async () => {
  await harness?.close();
});

const ping = readFileSync(new URL('./fixtures/ping.json', import.meta.url), 'utf8');
const now = () => Math.floor(Date.now() / 1000);

async function postSigned(body: string, timestamp: string): Promise<number> {
  const response = await fetch(harness.url, {
    method: 'POST',
    body,
    headers: signedHeaders(harness.key, body, timestamp),
  });
  await response.arrayBuffer();
  return response.status;
}

describe('Discord signatures', () => {
  it('accept a timestamp a few seconds off either way', async () => {
    expect(await postSigned(ping, String(now() - 30))).toBe(200);
    expect(await postSigned(ping, String(now() + 30))).toBe(200);
  });

  it.each([
    ['30 days old', () => String(now() - 30 * 86_400)],
    ['six minutes old', () => String(now() - 360)],
    ['an hour ahead', () => String(now() + 3600)],
    ['a year ahead', () => String(now() + 365 * 86_400)],
    ['a float', () => `${now()}.5`],
    ['in milliseconds', () => String(Date.now())],
    ['not a number', () => 'yesterday'],
  ])('refuse a correctly signed request whose timestamp is %s (401)', async (_label, timestamp) => {
    expect(await postSigned(ping, timestamp())).toBe(401);
  });

  it.each(['null', '[]', '42', '"ping"', 'true'])(
    'answer a signed non-object body %s with 400',
    async (body) => {
      expect(await postSigned(body, String(now()))).toBe(400);
      expect(harness.log.entries.filter((e) => e.level === 'error')).toEqual([]);
    },
  );
});
