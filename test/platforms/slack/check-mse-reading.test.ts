// /check on Slack end to end (issue #11, one click): a real page's "MSE" read as ½Σ by convention, which the
// student's answers did not settle, gets an "MSE as (1/n)Σ" button the real Bolt app renders, its value holding
// the setup and the answers; a click re-checks them with mse:mean.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCase } from '../../../bench/corpus/cases.js';
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

describe("/check's MSE reading on Slack", () => {
  // https://github.com/Sghosh1999/Machine-Learning-Deep-Learning-Fundamentals-Scratch (corpus: sghosh-single-neuron):
  // "- Loss: Mean Squared Error (MSE)". `Loss = 0.3023` is (1 − 0.4502)²: the mean over one output, not ½Σ.
  it('sghosh-single-neuron: an "MSE as (1/n)Σ" button re-checks the loss as the mean', async () => {
    const page = loadCase('sghosh-single-neuron').setupText;
    const body = slashCommandBody(
      harness.standIn,
      '/check',
      'public:true\n```\n' + page + '\n```\nLoss = 0.3023',
      { channel_id: 'C0CHECKMSE' },
    );
    expect((await harness.post(body)).status).toBe(200);
    const [post] = await harness.standIn.waitFor(inChannel('chat.postMessage', 'C0CHECKMSE'));
    expect(String(post!.params.text)).toContain('mse:mean');
    const buttons = actionButtons(post!);
    expect(buttons.map((b) => b.action_id)).toEqual(['b:check:mse-reading']);
    expect(buttons[0]!.text.text).toBe('MSE as (1/n)Σ');
    expect((await harness.post(buttonClickBody(harness.standIn, 'C0CHECKMSE', buttons[0]!))).status).toBe(
      200,
    );
    const posts = await harness.standIn.waitFor(inChannel('chat.postMessage', 'C0CHECKMSE'), 2);
    const recheck = String(posts[1]!.params.text);
    expect(recheck).toContain('as asked (`mse:mean`)');
    expect(recheck).toContain('1/1');
    expect(actionButtons(posts[1]!)).toEqual([]);
  });
});
