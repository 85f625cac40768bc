// A real page and a student's answers in /check's modal on Discord end to end: the page's "MSE" read as ½Σ by
// convention, which the answers did not settle, comes with an "MSE as (1/n)Σ" button (issue #11, one click); the
// setup and answers ride in the message's embed, and the click re-checks them with mse:mean.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCase } from '../../../bench/corpus/cases.js';
import type { RecordedCall } from './discord-stand-in.js';
import { APPLICATION_ID, startDiscordHarness, type DiscordHarness } from './harness.js';

interface SentMessage {
  content: string;
  embeds: { description?: string; footer?: { text: string } }[];
  components: { components: { custom_id: string; label: string }[] }[];
}

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>;
const followUpOf = (token: string) => (call: RecordedCall) =>
  call.method === 'POST' && call.path === `/api/v10/webhooks/${APPLICATION_ID}/${token}`;

let harness: DiscordHarness;
beforeAll(async () => {
  harness = await startDiscordHarness({ RATE_LIMIT_USER_BURST: '1000', RATE_LIMIT_CHANNEL_BURST: '1000' });
});
afterAll(async () => {
  await harness?.close();
});

describe("/check's MSE reading on Discord", () => {
  // https://github.com/Sghosh1999/Machine-Learning-Deep-Learning-Fundamentals-Scratch (corpus: sghosh-single-neuron):
  // "- Loss: Mean Squared Error (MSE)". `Loss = 0.3023` is (1 − 0.4502)²: the mean over one output, not ½Σ.
  it('an "MSE as (1/n)Σ" button under the reply re-checks the answers with mse:mean', async () => {
    const page = loadCase('sghosh-single-neuron').setupText;
    const submit = {
      ...fixture('modal-submit-backprop.json'),
      token: 'TOKEN-CHECK-MSE',
      data: {
        custom_id: 'm:check:',
        components: [
          { type: 1, components: [{ type: 4, custom_id: 'network', value: page }] },
          { type: 1, components: [{ type: 4, custom_id: 'answers', value: 'Loss = 0.3023' }] },
        ],
      },
    };
    expect((await harness.post(submit)).json).toEqual({ type: 5 });
    const [followUp] = await harness.standIn.waitFor(followUpOf('TOKEN-CHECK-MSE'));
    const sent = followUp!.json as SentMessage;
    expect(sent.content).toContain('`mse:mean`');
    const all = sent.components.flatMap((row) => row.components);
    expect(all.map((c) => c.label)).toEqual(['MSE as (1/n)Σ']);
    expect(all[0]!.custom_id).toBe('b:check:mse-reading:@');
    expect(sent.embeds[0]!.footer?.text).toContain('other-mse:mean');
    const click = {
      ...fixture('chat-input-help.json'),
      id: '1180000000000002301',
      type: 3,
      token: 'TOKEN-CHECK-MSE-CLICK',
      message: { id: '1180000000000000901', content: sent.content, embeds: sent.embeds, attachments: [] },
      data: { custom_id: all[0]!.custom_id, component_type: 2 },
    };
    expect((await harness.post(click)).json).toEqual({ type: 6 });
    const [update] = await harness.standIn.waitFor(followUpOf('TOKEN-CHECK-MSE-CLICK'));
    const other = update!.json as SentMessage;
    expect(other.content).toContain('as asked (`mse:mean`)');
    expect(other.content).toContain('**1/1**');
    expect(other.components ?? []).toEqual([]);
  });
});
