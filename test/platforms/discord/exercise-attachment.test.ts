// A worked solution attached as a file to `/exercise submit` (an attachment option, type 11), end to end: signed
// interactions into the real server, the file served by the local stand-in as Discord's CDN would; refusals for a
// file that is not text, too big, on a host that is not Discord's, or that cannot be downloaded — in en and fa.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import exercise from '../../../commands/exercise.js';
import check from '../../../commands/check.js';
import { toDiscordCommand } from '../../../src/dispatch/define-command.js';
import { MAX_ATTACHED_TEXT_BYTES } from '../../../src/platforms/attached-file.js';
import type { Store } from '../../../src/store/types.js';
import { openTestStore } from '../../helpers/store.js';
import { startDiscordHarness, type DiscordHarness } from './harness.js';
import { answerTo, memberCommand } from './member-command.js';

const GUILD = '1180000000000000100';
const PLACE = `discord:${GUILD}`;
const MANAGE_MESSAGES = String(1 << 13);
const MOD = { id: '1180000000000000602', name: 'Mod', permissions: MANAGE_MESSAGES };
const SARA = { id: '1180000000000000601', name: 'Sara', permissions: '0' };
const SOLUTION = 'net_h1 = 0.3775\nout_h1 = σ(0.3775) = 0.5933\n';

let harness: DiscordHarness;
let store: Store;

beforeAll(async () => {
  store = await openTestStore();
  harness = await startDiscordHarness(
    { RATE_LIMIT_USER_BURST: '1000', RATE_LIMIT_CHANNEL_BURST: '1000' },
    { store },
  );
});
afterAll(async () => {
  await harness?.close();
  await store?.close();
});

interface Attachment {
  filename: string;
  size: number;
  url: string;
  content_type?: string;
}

/** `/exercise` as Discord sends it, string options plus (optionally) the attachment option and its resolved file. */
function interaction(
  token: string,
  member: typeof SARA,
  options: Record<string, string>,
  attachment?: Attachment,
) {
  const payload = memberCommand(token, member, 'exercise', options);
  const id = '1180000000000009001';
  if (attachment) {
    payload.data.options.push({ name: 'file', type: 11, value: id });
    payload.data.resolved = { attachments: { [id]: { id, ...attachment } } };
  }
  return payload;
}

function answer(token: string) {
  return answerTo(harness, token);
}

async function submit(token: string, attachment: Attachment, lang?: 'fa') {
  const options = { action: 'submit', name: 'hw-file', ...(lang ? { lang } : {}) };
  const response = await harness.post(interaction(token, SARA, options, attachment));
  // Deferred at once (the download happens after the acknowledgement), never a modal.
  expect((response.json as { type: number }).type).toBe(5);
  return answer(token);
}

const attempts = async () => {
  const found = await store.findExercise(PLACE, 'hw-file');
  return store.submissions(found!.id, SARA.id);
};

describe('/exercise submit with an attached file on Discord', () => {
  it('declares the attachment option (type 11) on /exercise and /check', () => {
    for (const command of [exercise, check]) {
      const file = toDiscordCommand(command).options.find((o) => o.name === 'file');
      expect(file).toMatchObject({ type: 11, required: false });
      expect(file).not.toHaveProperty('max_length');
    }
  });

  it('grades and stores the file’s text as the solution', async () => {
    await harness.post(interaction('T-NEW', MOD, { action: 'new', name: 'hw-file', preset: 'mazur' }));
    expect((await answer('T-NEW')).content).toContain('hw-file');
    await harness.post(interaction('T-START', SARA, { action: 'start', name: 'hw-file' }));
    await answer('T-START');
    const url = harness.standIn.serveFile('solution.txt', SOLUTION);
    const reply = await submit('T-SUBMIT', {
      filename: 'solution.txt',
      size: Buffer.byteLength(SOLUTION),
      url,
      content_type: 'text/plain; charset=utf-8',
    });
    expect(reply.private).toBe(true);
    expect(reply.content).toContain('attempt 1 of 3');
    const stored = await attempts();
    expect(stored).toHaveLength(1);
    expect(stored[0]!.solution).toBe(SOLUTION);
    // Downloaded without the bot token: attachment URLs are public and signed.
    const download = harness.standIn.calls.find((c) => c.path === '/attachments/solution.txt');
    expect(download!.headers.authorization).toBeUndefined();
  });

  it('refuses a file that is not text, naming it, and costs no attempt', async () => {
    const url = harness.standIn.serveFile('photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    const reply = await submit('T-PNG', { filename: 'photo.png', size: 4, url, content_type: 'image/png' });
    expect(reply.private).toBe(true);
    expect(reply.content).toContain('photo.png is not a text file (image/png)');
    expect(reply.content).toContain('.txt');
    // Named .txt but not UTF-8 inside: not text either.
    const binary = harness.standIn.serveFile('binary.txt', Buffer.from([0xff, 0xfe, 0x00, 0xd8]));
    expect((await submit('T-BIN', { filename: 'binary.txt', size: 4, url: binary })).content).toContain(
      'binary.txt is not a text file',
    );
    expect(await attempts()).toHaveLength(1);
  });

  it('refuses a file over the limit before downloading it, and states the limit', async () => {
    const url = harness.standIn.serveFile('big.txt', 'x');
    const size = MAX_ATTACHED_TEXT_BYTES + 1;
    const reply = await submit('T-BIG', { filename: 'big.txt', size, url, content_type: 'text/plain' });
    expect(reply.content).toContain(`big.txt is ${size} bytes; a file is read up to 20000 characters`);
    expect(harness.standIn.calls.some((c) => c.path === '/attachments/big.txt')).toBe(false);
    // A file whose stated size is small but whose text is over 20 000 characters.
    const long = harness.standIn.serveFile('long.txt', 'a = 1\n'.repeat(4000));
    expect((await submit('T-LONG', { filename: 'long.txt', size: 10, url: long })).content).toContain(
      'long.txt has 24000 characters; at most 20000 are read',
    );
    expect(await attempts()).toHaveLength(1);
  });

  it('never fetches a URL off Discord’s CDN, and says when a download fails', async () => {
    const foreign = await submit('T-FOREIGN', {
      filename: 'solution.txt',
      size: 40,
      url: 'https://files.example.org/solution.txt',
      content_type: 'text/plain',
    });
    expect(foreign.content).toContain("solution.txt is not on the chat platform's own file servers");
    harness.standIn.respondWith((c) => c.path === '/attachments/gone.txt', 404, { message: 'Not Found' });
    const missing = await submit('T-404', {
      filename: 'gone.txt',
      size: 40,
      url: `${new URL(harness.standIn.apiUrl).origin}/attachments/gone.txt`,
    });
    expect(missing.content).toContain('could not download the attached file gone.txt (HTTP 404)');
    expect(await attempts()).toHaveLength(1);
  });

  it('opens the solution form without a file or answers, and stores what the form sends', async () => {
    const opened = await harness.post(interaction('T-FORM', SARA, { action: 'submit', name: 'hw-file' }));
    const modal = opened.json as {
      type: number;
      data: { custom_id: string; components: { components: { custom_id: string; required: boolean }[] }[] };
    };
    expect(modal.type).toBe(9);
    expect(modal.data.components[0]!.components[0]).toMatchObject({ custom_id: 'solution', required: true });
    const submitted = JSON.parse(JSON.stringify(interaction('T-FORM-SUBMIT', SARA, {})));
    submitted.type = 5;
    submitted.data = {
      custom_id: modal.data.custom_id,
      components: [{ type: 1, components: [{ type: 4, custom_id: 'solution', value: 'net_h1 = 0.3775' }] }],
    };
    expect(((await harness.post(submitted)).json as { type: number }).type).toBe(5);
    expect((await answer('T-FORM-SUBMIT')).content).toContain('attempt 2 of 3');
    expect((await attempts()).map((a) => a.solution)).toEqual([SOLUTION, 'net_h1 = 0.3775']);
  });

  it('says it in Persian too', async () => {
    const url = harness.standIn.serveFile('photo2.png', Buffer.from([0x89]));
    const reply = await submit(
      'T-FA',
      { filename: 'photo2.png', size: 1, url, content_type: 'image/png' },
      'fa',
    );
    expect(reply.content).toContain('فایل متنی نیست');
  });
});
