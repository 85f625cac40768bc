// Slack over HTTP end to end: the real Bolt app receives signed requests on the shared server; a local
// stand-in plays the Web API. discord.js is loaded first on purpose (both SDKs in one process, the other order
// from the Discord test), and a Discord upload is made here too.
import { REST } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRequest } from '../../../src/platforms/discord/rest-request.js';
import { startDiscordStandIn } from '../discord/discord-stand-in.js';
import {
  actionButtons,
  buttonClickBody,
  inChannel,
  interactivityBody,
  signedSlackHeaders,
  slashCommandBody,
  startSlackHarness,
  type SlackHarness,
} from './harness.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

let harness: SlackHarness;

beforeAll(async () => {
  harness = await startSlackHarness();
});

afterAll(async () => {
  await harness?.close();
});

describe('POST /slack/events (Bolt HTTP mode)', () => {
  it('acknowledges a signed /backprop at once, then posts mrkdwn text and uploads the PNG into the channel', async () => {
    const body = slashCommandBody(harness.standIn, '/backprop', 'preset:mazur', { channel_id: 'C0MAZUR' });
    const { status, ms } = await harness.post(body);
    expect(status).toBe(200);
    expect(ms).toBeLessThan(3000);

    const [post] = await harness.standIn.waitFor(inChannel('chat.postMessage', 'C0MAZUR'));
    const text = String(post!.params.text);
    expect(text).toContain('0.2984');
    // Markdown **bold** became Slack's *bold*.
    expect(text).not.toContain('**');
    expect(post!.headers.authorization).toBe('Bearer xoxb-test-bot-token');
    const blocks = post!.params.blocks as { type: string; text: { type: string; text: string } }[];
    expect(blocks[0]).toMatchObject({ type: 'section', text: { type: 'mrkdwn' } });

    const [complete] = await harness.standIn.waitFor(inChannel('files.completeUploadExternal', 'C0MAZUR'));
    const files = complete!.params.files as { id: string }[];
    const uploads = harness.standIn.calls.filter(
      (c) => c.api === 'upload' && files.some((f) => f.id === c.params.id),
    );
    expect(uploads.length).toBe(files.length);
    const png = uploads[0]!.file!;
    expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    const requested = harness.standIn.calls.find(
      (c) => c.api === 'files.getUploadURLExternal' && String(c.params.filename).endsWith('.png'),
    );
    expect(Number(requested!.params.length)).toBe(png.length);
    expect(String(requested!.params.alt_txt ?? requested!.params.alt_text ?? '')).not.toBe('');
  });

  it('refuses a wrongly signed request with 401 and does nothing', async () => {
    const body = slashCommandBody(harness.standIn, '/backprop', 'preset:mazur', { channel_id: 'C0FORGED' });
    const forged = signedSlackHeaders(body, 'application/x-www-form-urlencoded', 'not-the-signing-secret');
    expect((await harness.post(body, forged)).status).toBe(401);
    const stale = {
      ...signedSlackHeaders(body),
      'x-slack-request-timestamp': String(Math.floor(Date.now() / 1000) - 3600),
    };
    expect((await harness.post(body, stale)).status).toBe(401);
    const tampered = signedSlackHeaders(body);
    expect((await harness.post(body.replace('mazur', 'xor'), tampered)).status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(harness.standIn.calls.some((c) => c.params.channel === 'C0FORGED')).toBe(false);
  });

  it('opens the definition modal for /backprop alone and answers its submission in the channel', async () => {
    const body = slashCommandBody(harness.standIn, '/backprop', '', { channel_id: 'C0MODAL' });
    expect((await harness.post(body)).status).toBe(200);
    const [open] = await harness.standIn.waitFor((c) => c.api === 'views.open');
    expect(open!.params.trigger_id).toBe('13345224609.738474920.8088930838d88f008e0');
    const view = open!.params.view as {
      callback_id: string;
      private_metadata: string;
      blocks: { element: { initial_value: string } }[];
    };
    expect(view.blocks[0]!.element.initial_value).toContain('W1: [[0.15, 0.20], [0.25, 0.30]]');

    const submission = {
      type: 'view_submission',
      team: { id: 'T0CLASS', domain: 'nn-class' },
      user: { id: 'U0SARA', username: 'sara', name: 'sara', team_id: 'T0CLASS' },
      api_app_id: 'A0BACKPROP',
      token: 'deprecated-verification-token',
      trigger_id: '13345224609.738474920.8088930838d88f008e1',
      view: {
        id: 'V0MODAL',
        team_id: 'T0CLASS',
        type: 'modal',
        callback_id: view.callback_id,
        private_metadata: view.private_metadata,
        state: {
          values: {
            definition: {
              definition: {
                type: 'plain_text_input',
                value:
                  'w1=0.15 w2=0.20 w3=0.25 w4=0.30 w5=0.40 w6=0.45 w7=0.50 w8=0.55\nb1=0.35 b2=0.60\ni1=0.05 i2=0.10\nt1=0.01 t2=0.99',
              },
            },
          },
        },
        hash: '156772938.1827394',
      },
      response_urls: [],
      is_enterprise_install: false,
    };
    const submitted = await harness.post(interactivityBody(submission));
    expect(submitted.status).toBe(200);
    const [post] = await harness.standIn.waitFor(inChannel('chat.postMessage', 'C0MODAL'));
    expect(String(post!.params.text)).toContain('0.2984');
    await harness.standIn.waitFor(inChannel('files.completeUploadExternal', 'C0MODAL'));
  });

  it('opens the /check modal declared by the command (answers only, the preset kept) and checks the sheet', async () => {
    const body = slashCommandBody(harness.standIn, '/check', 'preset:course-q6', {
      channel_id: 'C0CHECK',
      trigger_id: 'trigger-check',
      response_url: harness.standIn.responseUrl('check-modal'),
    });
    expect((await harness.post(body)).status).toBe(200);
    const [open] = await harness.standIn.waitFor(
      (c) => c.api === 'views.open' && c.params.trigger_id === 'trigger-check',
    );
    const view = open!.params.view as {
      callback_id: string;
      private_metadata: string;
      blocks: { block_id: string }[];
    };
    expect(view.callback_id).toBe('modal:check');
    expect(view.blocks.map((b) => b.block_id)).toEqual(['answers']);
    const submission = {
      type: 'view_submission',
      team: { id: 'T0CLASS', domain: 'nn-class' },
      user: { id: 'U0SARA', username: 'sara', name: 'sara', team_id: 'T0CLASS' },
      api_app_id: 'A0BACKPROP',
      token: 'deprecated-verification-token',
      trigger_id: 'trigger-check-2',
      view: {
        id: 'V0CHECK',
        team_id: 'T0CLASS',
        type: 'modal',
        callback_id: view.callback_id,
        private_metadata: view.private_metadata,
        state: {
          values: {
            answers: {
              answers: {
                type: 'plain_text_input',
                value: 'net_h1 = 0.3775\nout_h1 = 0.5933\nw5+ = 0.3668',
              },
            },
          },
        },
      },
      response_urls: [],
    };
    expect((await harness.post(interactivityBody(submission))).status).toBe(200);
    // The verdicts are private: an ephemeral message to the TA in that channel.
    const [ephemeral] = await harness.standIn.waitFor(inChannel('chat.postEphemeral', 'C0CHECK'));
    expect(ephemeral!.params.user).toBe('U0SARA');
    expect(String(ephemeral!.params.text)).toContain('2/3');
    expect(String(ephemeral!.params.text)).toMatch(/∂E\/∂o|dE_dout_one/);
  });

  it('renders the buttons /backprop declares and re-runs the network a click carries', async () => {
    const body = slashCommandBody(harness.standIn, '/backprop', 'preset:mazur view:forward', {
      channel_id: 'C0BUTTONS',
    });
    expect((await harness.post(body)).status).toBe(200);
    const [post] = await harness.standIn.waitFor(inChannel('chat.postMessage', 'C0BUTTONS'));
    const buttons = actionButtons(post!);
    expect(buttons.map((e) => e.action_id)).toEqual([
      'b:backprop:forward',
      'b:backprop:backward',
      'b:backprop:update',
      'b:backprop:train',
      'b:backprop:walkthrough',
    ]);
    expect(buttons[0]!.style).toBe('primary');
    const train = buttons.find((e) => e.action_id === 'b:backprop:train')!;
    expect((await harness.post(buttonClickBody(harness.standIn, 'C0BUTTONS', train))).status).toBe(200);
    const posts = await harness.standIn.waitFor(inChannel('chat.postMessage', 'C0BUTTONS'), 2);
    // Eleven steps: the loss curve is uploaded with the re-run.
    expect(String(posts[1]!.params.text)).toMatch(/11/);
    await harness.standIn.waitFor(
      (c) => c.api === 'files.getUploadURLExternal' && c.params.filename === 'loss-curve.png',
    );
  });

  it('runs the "Run backprop" message shortcut on the code block of a message', async () => {
    const shortcut = {
      type: 'message_action',
      callback_id: 'run_backprop',
      trigger_id: '13345224609.738474920.8088930838d88f008e2',
      response_url: harness.standIn.responseUrl('shortcut'),
      team: { id: 'T0CLASS', domain: 'nn-class' },
      channel: { id: 'C0SHORTCUT', name: 'homework' },
      user: { id: 'U0SARA', username: 'sara', team_id: 'T0CLASS', name: 'sara' },
      message: {
        type: 'message',
        user: 'U0ALI',
        ts: '1764266000.000100',
        text: 'Q6, is my E_total right?\n```w1=0.15 w2=0.20 w3=0.25 w4=0.30 w5=0.40 w6=0.45 w7=0.50 w8=0.55 b1=0.35 b2=0.60 i1=0.05 i2=0.10 t1=0.01 t2=0.99```',
      },
      message_ts: '1764266000.000100',
      token: 'deprecated-verification-token',
      action_ts: '1764266400.000200',
      is_enterprise_install: false,
    };
    expect((await harness.post(interactivityBody(shortcut))).status).toBe(200);
    const [post] = await harness.standIn.waitFor(inChannel('chat.postMessage', 'C0SHORTCUT'));
    expect(String(post!.params.text)).toContain('0.2984');
  });

  it('reads a definition attached to the message as a .txt file, downloading it with the bot token', async () => {
    const url = harness.standIn.serveFile(
      'q6.txt',
      'layers: 2-2-2\ninput: 0.05, 0.10\ntarget: 0.01, 0.99\nW1: [[0.15, 0.20], [0.25, 0.30]]\nb1: 0.35\nW2: [[0.40, 0.45], [0.50, 0.55]]\nb2: 0.60\nlearning rate: 0.5',
    );
    const shortcut = {
      type: 'message_action',
      callback_id: 'run_backprop',
      trigger_id: '13345224609.738474920.8088930838d88f008e3',
      response_url: harness.standIn.responseUrl('shortcut-file'),
      team: { id: 'T0CLASS', domain: 'nn-class' },
      channel: { id: 'C0FILE', name: 'homework' },
      user: { id: 'U0SARA', username: 'sara', team_id: 'T0CLASS', name: 'sara' },
      message: {
        type: 'message',
        user: 'U0ALI',
        ts: '1764266000.000300',
        text: 'my network for Q6 is attached',
        files: [
          {
            id: 'F0Q6',
            name: 'q6.txt',
            mimetype: 'text/plain',
            size: 180,
            url_private: url,
            url_private_download: url,
          },
        ],
      },
      token: 'deprecated-verification-token',
      action_ts: '1764266400.000400',
    };
    expect((await harness.post(interactivityBody(shortcut))).status).toBe(200);
    const [post] = await harness.standIn.waitFor(inChannel('chat.postMessage', 'C0FILE'));
    expect(String(post!.params.text)).toContain('0.2984');
    const download = harness.standIn.calls.find((c) => c.path === '/files/q6.txt');
    expect(download!.headers.authorization).toBe('Bearer xoxb-test-bot-token');
  });

  it('tells the user ephemerally how to invite the bot when it is not in the channel', async () => {
    harness.standIn.failWith('chat.postMessage', 'not_in_channel', (c) => c.params.channel === 'C0PRIVATE');
    const body = slashCommandBody(harness.standIn, '/backprop', 'preset:mazur', {
      channel_id: 'C0PRIVATE',
      response_url: harness.standIn.responseUrl('not-in-channel'),
    });
    expect((await harness.post(body)).status).toBe(200);
    const [response] = await harness.standIn.waitFor((c) => c.path.endsWith('/not-in-channel'));
    expect(response!.params.response_type).toBe('ephemeral');
    expect(String(response!.params.text)).toContain('/invite @backprop-tutor');
    // The answer itself still reaches the user.
    expect(String(response!.params.text)).toContain('0.2984');
    expect(harness.standIn.calls.some(inChannel('files.completeUploadExternal', 'C0PRIVATE'))).toBe(false);
  });

  it('answers a user error privately through response_url, in the language asked for', async () => {
    const body = slashCommandBody(harness.standIn, '/backprop', 'layers:2-2-1 activation:sigmod lang:fa', {
      channel_id: 'C0ERROR',
      response_url: harness.standIn.responseUrl('user-error'),
    });
    expect((await harness.post(body)).status).toBe(200);
    const [response] = await harness.standIn.waitFor((c) => c.path.endsWith('/user-error'));
    expect(response!.params.response_type).toBe('ephemeral');
    expect(String(response!.params.text)).toMatch(/[\u0600-\u06FF]/);
    expect(String(response!.params.text)).toContain('sigmoid');
    expect(harness.standIn.calls.some(inChannel('chat.postMessage', 'C0ERROR'))).toBe(false);
  });

  it('answers /backprop-help (Slack reserves /help)', async () => {
    const body = slashCommandBody(harness.standIn, '/backprop-help', '', { channel_id: 'C0HELP' });
    expect((await harness.post(body)).status).toBe(200);
    const [post] = await harness.standIn.waitFor(inChannel('chat.postMessage', 'C0HELP'));
    expect(String(post!.params.text)).toContain('/backprop');
  });
});

describe('rate limits on Slack', () => {
  it('acknowledges with a friendly ephemeral message and computes nothing once the user has used the burst', async () => {
    const limited = await startSlackHarness({ RATE_LIMIT_USER_BURST: '1', RATE_LIMIT_USER_PER_MINUTE: '1' });
    try {
      const first = await limited.post(
        slashCommandBody(limited.standIn, '/backprop', 'preset:mazur', { channel_id: 'C0RL' }),
      );
      const second = await limited.post(
        slashCommandBody(limited.standIn, '/backprop', 'preset:mazur', { channel_id: 'C0RL' }),
      );
      expect(first.text).toBe('');
      expect(JSON.parse(second.text)).toMatchObject({ response_type: 'ephemeral' });
      expect(JSON.parse(second.text).text).toMatch(/try again in \d+ s/);
      await Promise.allSettled(limited.followUps);
      expect(limited.standIn.calls.filter(inChannel('chat.postMessage', 'C0RL'))).toHaveLength(1);
    } finally {
      await limited.close();
    }
  });
});

describe('discord.js loaded before Bolt in the same process', () => {
  it('still uploads files to Discord through our request strategy', async () => {
    const standIn = await startDiscordStandIn();
    try {
      const rest = new REST({ api: standIn.apiUrl, makeRequest }).setToken('t');
      const png = Buffer.concat([PNG_SIGNATURE, Buffer.alloc(64, 7)]);
      await rest.patch('/webhooks/1/token/messages/@original', {
        body: { content: 'hi' },
        files: [{ name: 'a.png', data: png, contentType: 'image/png' }],
        auth: false,
      });
      const [call] = await standIn.waitFor((c) => c.method === 'PATCH');
      expect(call!.files[0]!.bytes).toEqual(png);
      expect(call!.json).toMatchObject({ content: 'hi' });
    } finally {
      await standIn.close();
    }
  });
});
