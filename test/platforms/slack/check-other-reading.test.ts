// /check on Slack end to end (issue #11, one click): a real page read in an assumed order that a student's answers
// did not settle gets an "Other reading" button the real Bolt app renders, its value holding the setup and the
// answers, and a click re-checks them the other way; a page whose setup and answers do not fit a button's value
// (Slack: 2000 characters) names the option only.
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

/** A student's answers that fit neither reading (course-q6's out_h1 is 0.5933 one way, 0.5945 the other). */
const WRONG = 'h1 = 0.9\no1 = 0.9';

describe("/check's other reading on Slack", () => {
  it('course-q6 read destination-first by convention: an "Other reading" button re-checks it source-first', async () => {
    const page = loadCase('course-q6').setupText;
    const body = slashCommandBody(
      harness.standIn,
      '/check',
      'public:true\n```\n' + page + '\n```\n' + WRONG,
      {
        channel_id: 'C0CHECKREAD',
      },
    );
    expect((await harness.post(body)).status).toBe(200);
    const [post] = await harness.standIn.waitFor(inChannel('chat.postMessage', 'C0CHECKREAD'));
    expect(String(post!.params.text)).toContain('numbering:source-first');
    expect(String(post!.params.text)).toContain('0.5933');
    const other = actionButtons(post!).find((e) => e.action_id === 'b:check:other-reading')!;
    expect(other.text.text).toBe('Other reading');
    expect((await harness.post(buttonClickBody(harness.standIn, 'C0CHECKREAD', other))).status).toBe(200);
    const posts = await harness.standIn.waitFor(inChannel('chat.postMessage', 'C0CHECKREAD'), 2);
    const recheck = String(posts[1]!.params.text);
    expect(recheck).toContain('0.5945');
    expect(recheck).not.toContain('numbering:source-first');
  });

  it('kaifeng-chinese-2-2-1 does not fit a button’s value: the reply names `numbering:source-first` only', async () => {
    const page = loadCase('kaifeng-chinese-2-2-1').setupText;
    const body = slashCommandBody(
      harness.standIn,
      '/check',
      'public:true\n```\n' + page + '\n```\nL = 0.09',
      {
        channel_id: 'C0CHECKLONG',
      },
    );
    expect((await harness.post(body)).status).toBe(200);
    const [post] = await harness.standIn.waitFor(inChannel('chat.postMessage', 'C0CHECKLONG'));
    expect(String(post!.params.text)).toContain('numbering:source-first');
    expect(actionButtons(post!)).toEqual([]);
  });
});
