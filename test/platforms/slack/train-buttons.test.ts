// /train on Slack end to end: its buttons as the real Bolt app renders them, and a click that re-runs the
// network they carry with another optimizer (the adapter knows nothing of /train: interactions are data).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interactivityBody, slashCommandBody, startSlackHarness, type SlackHarness } from './harness.js';
import type { SlackCall } from './slack-stand-in.js';

let harness: SlackHarness;

beforeAll(async () => {
  harness = await startSlackHarness();
});

afterAll(async () => {
  await harness?.close();
});

const inChannel = (api: string, channel: string) => (call: SlackCall) =>
  call.api === api && (call.params.channel === channel || call.params.channel_id === channel);

describe('/train on Slack', () => {
  it('renders the declared buttons and a click on adam re-trains with adam, uploading both pictures', async () => {
    const body = slashCommandBody(harness.standIn, '/train', 'preset:xor epochs:50', {
      channel_id: 'C0TRAIN',
    });
    expect((await harness.post(body)).status).toBe(200);
    const [post] = await harness.standIn.waitFor(inChannel('chat.postMessage', 'C0TRAIN'));
    expect(String(post!.params.text)).toContain('50 epochs');
    const blocks = post!.params.blocks as {
      type: string;
      elements?: { action_id: string; value: string }[];
    }[];
    const actions = blocks.find((b) => b.type === 'actions')!;
    expect(actions.elements!.map((e) => e.action_id)).toEqual([
      'b:train:more',
      'b:train:sgd',
      'b:train:momentum',
      'b:train:adam',
      'b:train:compare',
    ]);
    const adam = actions.elements!.find((e) => e.action_id === 'b:train:adam')!;
    const click = {
      type: 'block_actions',
      team: { id: 'T0CLASS', domain: 'nn-class' },
      user: { id: 'U0SARA', username: 'sara', name: 'sara', team_id: 'T0CLASS' },
      api_app_id: 'A0BACKPROP',
      token: 'deprecated-verification-token',
      trigger_id: 'trigger-train',
      channel: { id: 'C0TRAIN', name: 'homework' },
      container: { type: 'message', message_ts: '1764266400.000001', channel_id: 'C0TRAIN' },
      response_url: harness.standIn.responseUrl('click-adam'),
      actions: [
        {
          type: 'button',
          action_id: adam.action_id,
          block_id: 'b',
          value: adam.value,
          action_ts: '1764266401.000001',
        },
      ],
    };
    expect((await harness.post(interactivityBody(click))).status).toBe(200);
    const posts = await harness.standIn.waitFor(inChannel('chat.postMessage', 'C0TRAIN'), 2);
    expect(String(posts[1]!.params.text)).toMatch(/\*adam\*/);
    expect(String(posts[1]!.params.text)).toContain('50 epochs');
    await harness.standIn.waitFor(
      (c) => c.api === 'files.getUploadURLExternal' && c.params.filename === 'decision-boundary.png',
    );
  });
});
