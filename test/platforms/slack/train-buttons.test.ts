// /train on Slack end to end: its buttons as the real Bolt app renders them, and a click that re-runs the
// network they carry with another optimizer (the adapter knows nothing of /train: interactions are data).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  actionButtons,
  buttonClickBody,
  inChannel,
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

describe('/train on Slack', () => {
  it('renders the declared buttons and a click on adam re-trains with adam, uploading both pictures', async () => {
    const body = slashCommandBody(harness.standIn, '/train', 'preset:xor epochs:50', {
      channel_id: 'C0TRAIN',
    });
    expect((await harness.post(body)).status).toBe(200);
    const [post] = await harness.standIn.waitFor(inChannel('chat.postMessage', 'C0TRAIN'));
    expect(String(post!.params.text)).toContain('50 epochs');
    const buttons = actionButtons(post!);
    expect(buttons.map((e) => e.action_id)).toEqual([
      'b:train:more',
      'b:train:sgd',
      'b:train:momentum',
      'b:train:adam',
      'b:train:compare',
    ]);
    const adam = buttons.find((e) => e.action_id === 'b:train:adam')!;
    expect((await harness.post(buttonClickBody(harness.standIn, 'C0TRAIN', adam))).status).toBe(200);
    const posts = await harness.standIn.waitFor(inChannel('chat.postMessage', 'C0TRAIN'), 2);
    expect(String(posts[1]!.params.text)).toMatch(/\*adam\*/);
    expect(String(posts[1]!.params.text)).toContain('50 epochs');
    await harness.standIn.waitFor(
      (c) => c.api === 'files.getUploadURLExternal' && c.params.filename === 'decision-boundary.png',
    );
  });
});
