// A real page and a student's answers in /check's modal on Discord end to end: the setup read in an assumed
// order that the answers did not settle comes with an "Other reading" button (issue #11, one click); the setup
// and answers ride in the message's embed, and the click re-checks them the other way.
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

describe("/check's other reading on Discord", () => {
  // kaifeng-chinese-2-2-1: W_1 = [[0.5, 0.6], [0.7, 0.8]], X = [1, 2]. Read W x by convention L = 0.03437;
  // X · W_1 as the page computes it, L = 0.03531. A student's wrong L = 0.09 settles neither.
  it('a page read in an assumed order gets an "Other reading" button; its click re-checks x @ W', async () => {
    const page = loadCase('kaifeng-chinese-2-2-1').setupText;
    const submit = {
      ...fixture('modal-submit-backprop.json'),
      token: 'TOKEN-CHECK-KAIFENG',
      data: {
        custom_id: 'm:check:',
        components: [
          { type: 1, components: [{ type: 4, custom_id: 'network', value: page }] },
          { type: 1, components: [{ type: 4, custom_id: 'answers', value: 'Loss:\nL = 0.09' }] },
        ],
      },
    };
    expect((await harness.post(submit)).json).toEqual({ type: 5 });
    // Private by default: the deferred message makes way for an ephemeral follow-up that carries the button.
    const [followUp] = await harness.standIn.waitFor(followUpOf('TOKEN-CHECK-KAIFENG'));
    const sent = followUp!.json as SentMessage;
    expect(sent.content).toContain('0.03437');
    expect(sent.content).toContain('numbering:source-first');
    const button = sent.components.flatMap((row) => row.components).find((c) => c.label === 'Other reading')!;
    expect(button.custom_id).toBe('b:check:other-reading:@');
    const click = {
      ...fixture('chat-input-help.json'),
      id: '1180000000000002201',
      type: 3,
      token: 'TOKEN-CHECK-CLICK',
      message: { id: '1180000000000000801', content: sent.content, embeds: sent.embeds, attachments: [] },
      data: { custom_id: button.custom_id, component_type: 2 },
    };
    expect((await harness.post(click)).json).toEqual({ type: 6 });
    // The re-check is private too: a new ephemeral follow-up.
    const [update] = await harness.standIn.waitFor(followUpOf('TOKEN-CHECK-CLICK'));
    const other = update!.json as SentMessage;
    expect(other.content).toContain('0.03531');
    expect(other.content).not.toContain('numbering:source-first');
  });
});
