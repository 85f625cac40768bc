// Issue #17 item 4: Slack answering 500 for one channel neither holds the follow-up queue nor delays another
// channel's answer, and each failing post is retried a bounded number of times.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLACK_DELIVERY_LIMITS } from '../../../src/platforms/slack/app.js';
import { slashCommandBody, startSlackHarness, type SlackHarness } from './harness.js';
import type { SlackCall } from './slack-stand-in.js';

let harness: SlackHarness;
beforeAll(async () => {
  harness = await startSlackHarness();
});
afterAll(async () => {
  await harness?.close();
});

const postsTo = (channel: string) => (call: SlackCall) =>
  call.api === 'chat.postMessage' && call.params.channel === channel;

describe('a channel whose posts fail', () => {
  it('does not delay a healthy channel, and its posts are retried a bounded number of times', async () => {
    harness.standIn.failWithStatus('chat.postMessage', 500, postsTo('C0BROKEN'));
    const broken = 4; // more than the follow-up queue runs at once
    for (let n = 0; n < broken; n++) {
      const body = slashCommandBody(harness.standIn, '/backprop', 'preset:mazur view:forward', {
        channel_id: 'C0BROKEN',
        user_id: `U0B${n}`,
      });
      expect((await harness.post(body)).status).toBe(200);
    }
    const healthy = slashCommandBody(harness.standIn, '/backprop', 'preset:mazur view:forward', {
      channel_id: 'C0HEALTHY',
      user_id: 'U0H',
    });
    expect((await harness.post(healthy)).status).toBe(200);

    const perPost = 1 + SLACK_DELIVERY_LIMITS.retryConfig.retries;
    await harness.standIn.waitFor(postsTo('C0HEALTHY'));
    // When the healthy answer arrived, the failing channel was still being retried: it was not waited for.
    const brokenAttemptsThen = harness.standIn.calls.filter(postsTo('C0BROKEN')).length;
    expect(brokenAttemptsThen).toBeLessThan(broken * perPost);

    await Promise.allSettled(harness.followUps);
    const attempts = harness.standIn.calls.filter(postsTo('C0BROKEN')).length;
    expect(attempts).toBe(broken * perPost);
    // Each user whose answer could not be posted is told so privately, through the response_url.
    const notes = harness.standIn.calls.filter((c) => c.api === 'response_url' && /cmd-/.test(c.path));
    expect(notes.length).toBeGreaterThanOrEqual(broken);
  });
});
