// Issue #17 item 9: a signed Slack request counts only inside ±5 minutes, with an integer timestamp.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SIGNING_SECRET,
  slackSignature,
  slashCommandBody,
  startSlackHarness,
  type SlackHarness,
} from './harness.js';

let harness: SlackHarness;
beforeAll(async () => {
  harness = await startSlackHarness();
});
afterAll(async () => {
  await harness?.close();
});

const now = () => Math.floor(Date.now() / 1000);

function headers(body: string, timestamp: string, contentType = 'application/x-www-form-urlencoded') {
  return {
    'content-type': contentType,
    'x-slack-request-timestamp': timestamp,
    'x-slack-signature': slackSignature(SIGNING_SECRET, timestamp, body),
  };
}

describe('Slack signatures', () => {
  it('accept a timestamp a few seconds off either way', async () => {
    const body = slashCommandBody(harness.standIn, '/backprop-help', '');
    expect((await harness.post(body, headers(body, String(now() - 30)))).status).toBe(200);
    expect((await harness.post(body, headers(body, String(now() + 30)))).status).toBe(200);
  });

  it.each([
    ['six minutes old', () => String(now() - 360)],
    ['an hour ahead', () => String(now() + 3600)],
    ['a year ahead', () => String(now() + 365 * 86_400)],
    ['a float', () => `${now()}.5`],
    ['a float a year ahead', () => `${now() + 365 * 86_400}.25`],
    ['in milliseconds', () => String(Date.now())],
    ['not a number', () => 'soon'],
  ])('refuse a correctly signed request whose timestamp is %s (401)', async (_label, timestamp) => {
    const body = slashCommandBody(harness.standIn, '/backprop-help', '', { channel_id: 'C0SIGNED' });
    expect((await harness.post(body, headers(body, timestamp()))).status).toBe(401);
  });

  it.each(['null', '[]', '42'])('answer a signed JSON body %s with 400', async (body) => {
    const { status } = await harness.post(body, headers(body, String(now()), 'application/json'));
    expect(status).toBe(400);
  });

  it.each(['payload=null', 'payload=42', 'payload=%5B%5D'])('answer a signed %s with 400', async (body) => {
    const { status } = await harness.post(body, headers(body, String(now())));
    expect(status).toBe(400);
    expect(harness.log.entries.filter((e) => e.level === 'error')).toEqual([]);
  });
});
