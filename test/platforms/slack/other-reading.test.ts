// A real page read in an assumed order on Slack end to end: the reply says so, offers the other reading as a
// button the real Bolt app renders, and a click computes the page read the other way (issue #11, one click).
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

describe('the other reading on Slack', () => {
  // kaifeng-chinese-2-2-1: a square W_1 = [[0.5, 0.6], [0.7, 0.8]] and X = [1, 2]. Read W x (the usual
  // convention) out_h1 = σ(0.5 + 1.2 + 0.1) = 0.8581; read X · W_1 as the page computes it, σ(2.0) = 0.8808.
  it('a pasted page read in an assumed order gets an "Other reading" button; its click computes x @ W', async () => {
    const page = loadCase('kaifeng-chinese-2-2-1').setupText;
    const body = slashCommandBody(harness.standIn, '/backprop', `view:forward\n${page}`, {
      channel_id: 'C0READING',
    });
    expect((await harness.post(body)).status).toBe(200);
    const [post] = await harness.standIn.waitFor(inChannel('chat.postMessage', 'C0READING'));
    const text = String(post!.params.text);
    expect(text).toContain('numbering:source-first');
    expect(text).toContain('0.8581');
    const other = actionButtons(post!).find((e) => e.action_id.startsWith('b:backprop:other-reading'))!;
    expect(other.text.text).toBe('Other reading');
    expect((await harness.post(buttonClickBody(harness.standIn, 'C0READING', other))).status).toBe(200);
    const posts = await harness.standIn.waitFor(inChannel('chat.postMessage', 'C0READING'), 2);
    expect(String(posts[1]!.params.text)).toContain('0.8808');
  });

  // sghosh-single-neuron: "- Loss: Mean Squared Error (MSE)". Read ½(t − o)² = 0.1512 (said); (t − o)² = 0.3023.
  it('a page whose "MSE" was read as ½Σ by convention gets an "MSE as (1/n)Σ" button; its click computes it', async () => {
    const page = loadCase('sghosh-single-neuron').setupText;
    const body = slashCommandBody(harness.standIn, '/backprop', `view:forward\n${page}`, {
      channel_id: 'C0MSE',
    });
    expect((await harness.post(body)).status).toBe(200);
    const [post] = await harness.standIn.waitFor(inChannel('chat.postMessage', 'C0MSE'));
    expect(String(post!.params.text)).toContain('E = 0.1512');
    const mse = actionButtons(post!).find((e) => e.action_id.startsWith('b:backprop:mse-reading'))!;
    expect(mse.text.text).toBe('MSE as (1/n)Σ');
    expect((await harness.post(buttonClickBody(harness.standIn, 'C0MSE', mse))).status).toBe(200);
    const posts = await harness.standIn.waitFor(inChannel('chat.postMessage', 'C0MSE'), 2);
    expect(String(posts[1]!.params.text)).toContain('0.3023');
  });
});
