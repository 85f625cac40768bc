// A worked solution attached as a file on Slack, end to end through Bolt: `/exercise submit` opens the solution
// modal with a Block Kit file_input; its submission's file is downloaded with the bot token from the stand-in
// (as from files.slack.com), graded and stored. A file off Slack's hosts is never fetched; the refusal says why.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../../src/store/types.js';
import { openTestStore } from '../../helpers/store.js';
import { interactivityBody, slashCommandBody, startSlackHarness, type SlackHarness } from './harness.js';
import type { SlackCall } from './slack-stand-in.js';

let harness: SlackHarness;
let store: Store;

beforeAll(async () => {
  store = await openTestStore();
  harness = await startSlackHarness(
    { RATE_LIMIT_USER_BURST: '1000', RATE_LIMIT_CHANNEL_BURST: '1000' },
    { store },
  );
});
afterAll(async () => {
  await harness?.close();
  await store?.close();
});

const SOLUTION = 'net_h1 = 0.3775\nout_h1 = σ(0.3775) = 0.5933\n';
const ephemeralIn = (channel: string, words: string) => (call: SlackCall) =>
  call.api === 'chat.postEphemeral' &&
  call.params.channel === channel &&
  String(call.params.text).includes(words);

async function slash(user: string, text: string, extra: Record<string, string> = {}): Promise<void> {
  const body = slashCommandBody(harness.standIn, '/exercise', text, {
    user_id: user,
    user_name: user,
    ...extra,
  });
  expect((await harness.post(body)).status).toBe(200);
}

interface OpenedView {
  callback_id: string;
  private_metadata: string;
  blocks: { block_id: string; optional: boolean; element: { type: string; filetypes?: string[] } }[];
}

/** Opens the submit modal from channel `channel` and returns the view Slack was asked to show. */
async function openSubmitModal(channel: string): Promise<OpenedView> {
  const trigger = `trigger-${channel}`;
  await slash('U0SARA', 'submit name:hw-file', { channel_id: channel, trigger_id: trigger });
  const [open] = await harness.standIn.waitFor(
    (c) => c.api === 'views.open' && c.params.trigger_id === trigger,
  );
  return open!.params.view as OpenedView;
}

function submission(view: OpenedView, text: string | null, files: object[]) {
  return {
    type: 'view_submission',
    team: { id: 'T0CLASS', domain: 'nn-class' },
    user: { id: 'U0SARA', username: 'U0SARA', name: 'U0SARA', team_id: 'T0CLASS' },
    api_app_id: 'A0BACKPROP',
    token: 'deprecated-verification-token',
    trigger_id: 'trigger-submit',
    view: {
      id: 'V0SUBMIT',
      team_id: 'T0CLASS',
      type: 'modal',
      callback_id: view.callback_id,
      private_metadata: view.private_metadata,
      state: {
        values: {
          solution: { solution: { type: 'plain_text_input', value: text } },
          solution_file: { solution_file: { type: 'file_input', files } },
        },
      },
    },
    response_urls: [],
  };
}

async function attempts() {
  const exercise = await store.findExercise('slack:T0CLASS', 'hw-file');
  return store.submissions(exercise!.id, 'U0SARA');
}

describe('/exercise submit with a file on Slack', () => {
  it('offers a file input beside the (then optional) text field, and grades the file’s text', async () => {
    await slash('U0ADMIN', 'new name:hw-file preset:mazur');
    await harness.standIn.waitFor(
      (c) => c.api !== 'users.info' && String(c.params.text ?? '').includes('hw-file'),
    );
    // Slack answers after the acknowledgement: wait for the start's reply, or the submission may overtake it.
    await slash('U0SARA', 'start name:hw-file', { channel_id: 'C0START' });
    await harness.standIn.waitFor((c) => String(c.params.text ?? '').includes('Your network for `hw-file`'));
    const view = await openSubmitModal('C0FILE1');
    expect(view.callback_id).toBe('modal:exercise');
    expect(view.blocks.map((b) => [b.block_id, b.element.type, b.optional])).toEqual([
      ['solution', 'plain_text_input', true],
      ['solution_file', 'file_input', true],
    ]);
    expect(view.blocks[1]!.element.filetypes).toContain('txt');

    const url = harness.standIn.serveFile('solution.txt', SOLUTION);
    const file = {
      id: 'F0SOL',
      name: 'solution.txt',
      mimetype: 'text/plain',
      size: 40,
      url_private_download: url,
    };
    expect((await harness.post(interactivityBody(submission(view, null, [file])))).status).toBe(200);
    await harness.standIn.waitFor(ephemeralIn('C0FILE1', 'attempt 1 of 3'));
    const stored = await attempts();
    expect(stored.map((s) => s.solution)).toEqual([SOLUTION]);
    const download = harness.standIn.calls.find((c) => c.path === '/files/solution.txt');
    expect(download!.headers.authorization).toBe('Bearer xoxb-test-bot-token');
  });

  it('never sends the bot token off Slack’s file hosts, and refuses a file that is not text', async () => {
    const view = await openSubmitModal('C0FILE2');
    const foreign = {
      name: 'solution.txt',
      mimetype: 'text/plain',
      size: 40,
      url_private_download: 'https://files.example.org/solution.txt',
    };
    await harness.post(interactivityBody(submission(view, '', [foreign])));
    await harness.standIn.waitFor(ephemeralIn('C0FILE2', "not on the chat platform's own file servers"));

    const url = harness.standIn.serveFile('scan.pdf', '%PDF-1.7');
    const pdf = { name: 'scan.pdf', mimetype: 'application/pdf', size: 8, url_private_download: url };
    await harness.post(interactivityBody(submission(view, '', [pdf])));
    await harness.standIn.waitFor(ephemeralIn('C0FILE2', 'scan.pdf is not a text file (application/pdf)'));
    expect(harness.standIn.calls.some((c) => c.path === '/files/scan.pdf')).toBe(false);
    expect(await attempts()).toHaveLength(1);
  });
});
