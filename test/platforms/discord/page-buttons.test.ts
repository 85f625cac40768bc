// Real pages pasted into /backprop's modal on Discord end to end: a reading taken by convention comes with its
// other reading as one click (issue #11), the state riding in the message, the click recomputing it.
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
const editOf = (token: string) => (call: RecordedCall) =>
  call.method === 'PATCH' && call.path === `/api/v10/webhooks/${APPLICATION_ID}/${token}/messages/@original`;

let harness: DiscordHarness;
beforeAll(async () => {
  harness = await startDiscordHarness({ RATE_LIMIT_USER_BURST: '1000', RATE_LIMIT_CHANNEL_BURST: '1000' });
});
afterAll(async () => {
  await harness?.close();
});

/** The page submitted in /backprop's modal; the edited reply. */
async function submitPage(page: string, token: string): Promise<SentMessage> {
  const submit = {
    ...fixture('modal-submit-backprop.json'),
    token,
    data: {
      custom_id: 'm:backprop:view=forward',
      components: [
        { type: 1, id: 1, components: [{ type: 4, id: 2, custom_id: 'definition', value: page }] },
      ],
    },
  };
  expect((await harness.post(submit)).json).toEqual({ type: 5 });
  const [edit] = await harness.standIn.waitFor(editOf(token));
  return edit!.json as SentMessage;
}

/** A click on the reply's button `id`; the reply it edits in. */
async function click(sent: SentMessage, id: string, token: string): Promise<SentMessage> {
  const button = sent.components
    .flatMap((row) => row.components)
    .find((c) => c.custom_id.includes(`:${id}:`))!;
  expect(button).toBeDefined();
  const payload = {
    ...fixture('chat-input-help.json'),
    id: '1180000000000002101',
    type: 3,
    token,
    message: { id: '1180000000000000701', content: sent.content, embeds: sent.embeds, attachments: [] },
    data: { custom_id: button.custom_id, component_type: 2 },
  };
  expect((await harness.post(payload)).json).toEqual({ type: 6 });
  const [update] = await harness.standIn.waitFor(editOf(token));
  return update!.json as SentMessage;
}

const labels = (sent: SentMessage) => sent.components.flatMap((row) => row.components.map((c) => c.label));

describe('a pasted page on Discord', () => {
  // kaifeng-chinese-2-2-1: its square W_1 read W x by convention (out_h1 = 0.8581); X · W_1 gives 0.8808.
  it('read in an assumed order: an "Other reading" button whose click computes x @ W', async () => {
    const sent = await submitPage(loadCase('kaifeng-chinese-2-2-1').setupText, 'TOKEN-PAGE-KAIFENG');
    expect(sent.content).toContain('0.8581');
    expect(labels(sent)).toContain('Other reading');
    const other = await click(sent, 'other-reading', 'TOKEN-CLICK-KAIFENG');
    expect(other.content).toContain('0.8808');
  });

  // sghosh-single-neuron: "Loss: Mean Squared Error (MSE)" read ½(t − o)² = 0.1512; (t − o)² = 0.3023.
  it('its "MSE" read as ½Σ: an "MSE as (1/n)Σ" button whose click computes it', async () => {
    const sent = await submitPage(loadCase('sghosh-single-neuron').setupText, 'TOKEN-PAGE-SGHOSH');
    expect(sent.content).toContain('E = 0.1512');
    expect(labels(sent)).toContain('MSE as (1/n)Σ');
    const mean = await click(sent, 'mse-reading', 'TOKEN-CLICK-SGHOSH');
    expect(mean.content).toContain('0.3023');
  });
});
