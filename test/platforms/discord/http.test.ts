// Discord HTTP interactions end to end: signed requests into the shared server, the REST API on a local stand-in.
// Slack's SDK is loaded first on purpose: its undici 7 once broke discord.js uploads ("action is not a function").
import { classicNetwork } from '../../helpers/classic-network.js';
import '@slack/bolt';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordedCall } from './discord-stand-in.js';
import { APPLICATION_ID, startDiscordHarness, type DiscordHarness } from './harness.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function fixture(name: string): Record<string, unknown> & { token: string; data: Record<string, unknown> } {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));
}

/** A fixture with its own token, so each test finds its own REST calls. */
function withToken<T extends { token: string }>(payload: T, token: string): T {
  return { ...payload, token };
}

const editOf = (token: string) => (call: RecordedCall) =>
  call.method === 'PATCH' && call.path === `/api/v10/webhooks/${APPLICATION_ID}/${token}/messages/@original`;

interface SentMessage {
  content: string;
  embeds: { description?: string; footer?: { text: string } }[];
  components: { components: { custom_id: string; disabled?: boolean }[] }[];
  attachments: { id: number; filename: string; description?: string }[];
  flags?: number;
}

let harness: DiscordHarness;

beforeAll(async () => {
  harness = await startDiscordHarness({ RATE_LIMIT_USER_BURST: '1000', RATE_LIMIT_CHANNEL_BURST: '1000' });
});

afterAll(async () => {
  await harness?.close();
});

describe('POST /discord/interactions', () => {
  it('runs with undici 7 from @slack/socket-mode installed as the global dispatcher (the clash being guarded)', () => {
    expect((globalThis as Record<symbol, unknown>)[Symbol.for('undici.globalDispatcher.2')]).toBeDefined();
  });

  it('answers PING with PONG', async () => {
    const { status, json } = await harness.post(fixture('ping.json'));
    expect(status).toBe(200);
    expect(json).toEqual({ type: 1 });
  });

  it('refuses a wrong signature, a missing one and a replayed signature on another body with 401', async () => {
    const body = JSON.stringify(fixture('chat-input-backprop-preset.json'));
    const wrong = await fetch(harness.url, {
      method: 'POST',
      body,
      headers: {
        'content-type': 'application/json',
        'x-signature-ed25519': '00'.repeat(64),
        'x-signature-timestamp': '1764266400',
      },
    });
    expect(wrong.status).toBe(401);
    const missing = await fetch(harness.url, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json' },
    });
    expect(missing.status).toBe(401);
    const { signedHeaders } = await import('./signing.js');
    const replayed = await fetch(harness.url, {
      method: 'POST',
      body: body.replace('mazur', 'xor'),
      headers: signedHeaders(harness.key, body),
    });
    expect(replayed.status).toBe(401);
    // Nothing was computed or sent for any of them.
    expect(harness.standIn.calls.filter((c) => c.path.includes('TOKEN-PRESET'))).toHaveLength(0);
  });

  it('defers /backprop, then edits the original response with the text, the PNG, the network and the buttons', async () => {
    const payload = fixture('chat-input-backprop-preset.json');
    const { status, json, ms } = await harness.post(payload);
    expect(status).toBe(200);
    expect(json).toEqual({ type: 5 });
    expect(ms).toBeLessThan(3000);
    const [edit] = await harness.standIn.waitFor(editOf(payload.token));
    const message = edit!.json as SentMessage;
    // lang:fa: the Persian summary, with the numbers of the classic example.
    expect(message.content).toMatch(/[\u0600-\u06FF]/);
    expect(message.content).toContain('0.2984');
    expect(edit!.files.length).toBeGreaterThanOrEqual(1);
    const png = edit!.files[0]!;
    expect(png.type).toBe('image/png');
    expect(png.bytes.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(png.bytes.length).toBeGreaterThan(5000);
    if (process.env.KEEP_DISCORD_PNG)
      (await import('node:fs')).writeFileSync(process.env.KEEP_DISCORD_PNG, png.bytes);
    expect(message.attachments[0]).toMatchObject({ id: 0, filename: png.name });
    expect(message.attachments[0]!.description!.length).toBeGreaterThan(10);
    expect(message.embeds[0]!.description).toBe('```\npreset:mazur\n```');
    expect(message.embeds[0]!.footer!.text).toContain('view:backward');
    const ids = message.components[0]!.components.map((c) => c.custom_id);
    expect(ids).toEqual([
      'b:backprop:forward:@',
      'b:backprop:backward:@',
      'b:backprop:update:@',
      'b:backprop:train:@',
      'b:backprop:walkthrough:@',
    ]);
    expect(message.components[0]!.components[1]!.disabled).toBe(true);
    // Webhook edits use the interaction token, never the bot token.
    expect(edit!.headers.authorization).toBeUndefined();
  });

  it('re-runs the network carried by the message when a button is clicked (train 10 more steps)', async () => {
    const first = fixture('chat-input-backprop-preset.json');
    const [edit] = await harness.standIn.waitFor(editOf(first.token));
    const sent = edit!.json as SentMessage;
    const click = {
      ...fixture('chat-input-help.json'),
      id: '1180000000000002001',
      type: 3,
      token: 'TOKEN-CLICK-TRAIN',
      message: { id: '1180000000000000700', content: sent.content, embeds: sent.embeds, attachments: [] },
      data: { custom_id: 'b:backprop:train:@', component_type: 2 },
    };
    const { json } = await harness.post(click);
    expect(json).toEqual({ type: 6 });
    const [update] = await harness.standIn.waitFor(editOf('TOKEN-CLICK-TRAIN'));
    const message = update!.json as SentMessage;
    expect(message.embeds[0]!.footer!.text).toContain('steps:11');
    expect(update!.files.map((f) => f.name)).toContain('loss-curve.png');
    // The attachments list replaces the old images instead of piling up.
    expect(message.attachments.map((a) => a.filename)).toEqual(update!.files.map((f) => f.name));
  });

  it('opens a modal pre-filled with a template for /backprop without a network, and computes what comes back', async () => {
    const { json } = await harness.post(fixture('chat-input-backprop-empty.json'));
    const modal = json as {
      type: number;
      data: { custom_id: string; components: { components: { value: string }[] }[] };
    };
    expect(modal.type).toBe(9);
    expect(modal.data.custom_id).toBe('m:backprop:steps=5');
    expect(modal.data.components[0]!.components[0]!.value).toContain('W1: [[0.15, 0.20], [0.25, 0.30]]');

    const submit = fixture('modal-submit-backprop.json');
    const answer = await harness.post(submit);
    expect(answer.json).toEqual({ type: 5 });
    const [edit] = await harness.standIn.waitFor(editOf(submit.token));
    const message = edit!.json as SentMessage;
    expect(edit!.files[0]!.bytes.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    // The multi-line definition travels on as its canonical one-line form, with steps:5 from the command.
    expect(message.embeds[0]!.description).toMatch(/^```\n.*layers.*\n```$/s);
    expect(message.embeds[0]!.description).not.toContain('\n0.');
    expect(message.embeds[0]!.footer!.text).toContain('steps:5');
  });

  it('opens a modal for /check without answers, and checks the multi-line sheet pasted into it', async () => {
    const command = fixture('chat-input-backprop-empty.json');
    command.data = {
      ...command.data,
      name: 'check',
      options: [{ name: 'preset', type: 3, value: 'course-q6' }],
    };
    const modal = (await harness.post(command)).json as {
      type: number;
      data: {
        custom_id: string;
        title: string;
        components: { components: { custom_id: string; label: string }[] }[];
      };
    };
    expect(modal.type).toBe(9);
    expect(modal.data.custom_id).toBe('m:check:preset=course-q6');
    // The preset is remembered, so only the answers are asked for.
    expect(modal.data.components.map((row) => row.components[0]!.custom_id)).toEqual(['answers']);

    const submit = fixture('modal-submit-backprop.json');
    submit.token = 'TOKEN-CHECK-MODAL';
    submit.data = {
      custom_id: modal.data.custom_id,
      components: [
        {
          type: 1,
          components: [
            { type: 4, custom_id: 'answers', value: 'net_h1 = 0.3775\nout_h1 = 0.5933\nw5+ = 0.3668' },
          ],
        },
      ],
    };
    expect((await harness.post(submit)).json).toEqual({ type: 5 });
    // A TA's tool: the verdicts come privately (the deferred message is replaced by an ephemeral one).
    const [followUp] = await harness.standIn.waitFor(
      (c) => c.method === 'POST' && c.path === `/api/v10/webhooks/${APPLICATION_ID}/TOKEN-CHECK-MODAL`,
    );
    expect((followUp!.json as SentMessage).flags).toBe(64);
    const content = (followUp!.json as SentMessage).content;
    expect(content).toContain('2/3');
    // Line 3 of what was pasted is the wrong one, diagnosed with the course notes' mistake.
    expect(content).toMatch(/\n\s*3\s+w5\+\s+0\.3668/);
    expect(content).toMatch(/∂E\/∂o|dE_dout_one/);
  });

  it('asks for the network too when /check names none, and keeps every modal label within 45 characters', async () => {
    const command = fixture('chat-input-backprop-empty.json');
    command.data = { ...command.data, name: 'check', options: [] };
    const modal = (await harness.post(command)).json as {
      data: { title: string; components: { components: { custom_id: string; label: string }[] }[] };
    };
    const inputs = modal.data.components.map((row) => row.components[0]!);
    expect(inputs.map((input) => input.custom_id)).toEqual(['network', 'answers']);
    for (const label of [modal.data.title, ...inputs.map((input) => input.label)])
      expect(label.length).toBeLessThanOrEqual(45);
  });

  it('suggests presets while the user types', async () => {
    const { json } = await harness.post(fixture('autocomplete-preset.json'));
    const result = json as { type: number; data: { choices: { name: string; value: string }[] } };
    expect(result.type).toBe(8);
    expect(result.data.choices.map((c) => c.value)).toContain('mazur');
  });

  it('suggests lesson topics for /explain the same way', async () => {
    const payload = fixture('autocomplete-preset.json');
    payload.data = {
      ...payload.data,
      name: 'explain',
      options: [{ name: 'topic', type: 3, value: 'xa', focused: true }],
    };
    const { json } = await harness.post(payload);
    expect((json as { data: { choices: { value: string }[] } }).data.choices).toEqual([
      { name: 'xavier', value: 'xavier' },
    ]);
  });

  it('computes the network in a message from the "Run backprop" menu', async () => {
    const payload = fixture('message-menu-run-backprop.json');
    expect((await harness.post(payload)).json).toEqual({ type: 5 });
    const [edit] = await harness.standIn.waitFor(editOf(payload.token));
    expect((edit!.json as SentMessage).content).toContain('0.2984');
    expect(edit!.files[0]!.bytes.subarray(0, 8)).toEqual(PNG_SIGNATURE);
  });

  it('reads a .json definition attached to the message the menu was used on', async () => {
    const spec = classicNetwork();
    harness.standIn.respondWith((c) => c.path === '/attachments/net.json', 200, spec);
    const payload = withToken(fixture('message-menu-run-backprop.json'), 'TOKEN-MENU-FILE');
    const data = payload.data as {
      target_id: string;
      resolved: { messages: Record<string, Record<string, unknown>> };
    };
    data.resolved.messages[data.target_id] = {
      ...data.resolved.messages[data.target_id],
      content: 'here is my network',
      attachments: [
        {
          id: '1180000000000000800',
          filename: 'net.json',
          size: 300,
          content_type: 'application/json; charset=utf-8',
          url: harness.standIn.apiUrl.replace(/\/api$/, '/attachments/net.json'),
        },
      ],
    };
    expect((await harness.post(payload)).json).toEqual({ type: 5 });
    const [edit] = await harness.standIn.waitFor(editOf('TOKEN-MENU-FILE'));
    expect((edit!.json as SentMessage).content).toContain('0.2984');
  });

  it('never downloads a message attachment whose URL is off Discord’s CDN', async () => {
    // Another server that would serve a valid network: it must never be asked.
    let asked = 0;
    const elsewhere = createServer((_request, response) => {
      asked++;
      response.end(
        'w1=0.15 w2=0.2 w3=0.25 w4=0.3 w5=0.4 w6=0.45 w7=0.5 w8=0.55 b1=0.35 b2=0.6 i1=0.05 i2=0.1 t1=0.01 t2=0.99',
      );
    });
    await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
    const { port } = elsewhere.address() as AddressInfo;
    const payload = withToken(fixture('message-menu-run-backprop.json'), 'TOKEN-MENU-FOREIGN');
    const data = payload.data as {
      target_id: string;
      resolved: { messages: Record<string, Record<string, unknown>> };
    };
    data.resolved.messages[data.target_id] = {
      ...data.resolved.messages[data.target_id],
      content: 'here is my network',
      attachments: [
        {
          id: '1180000000000000801',
          filename: 'net.txt',
          size: 300,
          content_type: 'text/plain',
          url: `http://127.0.0.1:${port}/net.txt`,
        },
      ],
    };
    expect((await harness.post(payload)).json).toEqual({ type: 5 });
    const [followUp] = await harness.standIn.waitFor(
      (c) => c.method === 'POST' && c.path === `/api/v10/webhooks/${APPLICATION_ID}/TOKEN-MENU-FOREIGN`,
    );
    expect((followUp!.json as SentMessage).content).toContain('could not read the attached file net.txt');
    expect(asked).toBe(0);
    await new Promise((resolve) => elsewhere.close(resolve));
  });

  it('replaces the public deferral with an ephemeral follow-up when the reply is private (a user error)', async () => {
    const payload = withToken(fixture('chat-input-backprop-preset.json'), 'TOKEN-BAD-DEFINITION');
    payload.data = {
      ...payload.data,
      options: [{ name: 'definition', type: 3, value: 'layers:2-2-1 activation:sigmod' }],
    };
    expect((await harness.post(payload)).json).toEqual({ type: 5 });
    const [followUp] = await harness.standIn.waitFor(
      (c) => c.method === 'POST' && c.path === `/api/v10/webhooks/${APPLICATION_ID}/TOKEN-BAD-DEFINITION`,
    );
    expect((followUp!.json as SentMessage).flags).toBe(64);
    expect((followUp!.json as SentMessage).content).toContain('sigmoid');
    const deleted = harness.standIn.calls.find(
      (c) => c.method === 'DELETE' && c.path.includes('TOKEN-BAD-DEFINITION'),
    );
    expect(deleted?.path).toMatch(/messages\/@original$/);
  });

  it('logs an interaction whose token expired and keeps serving', async () => {
    harness.standIn.respondWith((c) => c.path.includes('TOKEN-EXPIRED'), 404, {
      message: 'Unknown Webhook',
      code: 10015,
    });
    const payload = withToken(fixture('chat-input-help.json'), 'TOKEN-EXPIRED');
    expect((await harness.post(payload)).json).toEqual({ type: 5 });
    await harness.standIn.waitFor((c) => c.path.includes('TOKEN-EXPIRED'));
    await Promise.allSettled(harness.followUps);
    expect(harness.log.entries.some((e) => e.level === 'warn' && /expired/.test(e.msg ?? ''))).toBe(true);
    expect((await harness.post(fixture('ping.json'))).json).toEqual({ type: 1 });
  });

  it('logs a refused edit without the interaction token (it is a credential for 15 minutes)', async () => {
    harness.standIn.respondWith((c) => c.path.includes('TOKEN-SECRET-0042'), 400, {
      message: 'Invalid Form Body',
      code: 50035,
    });
    const payload = withToken(fixture('chat-input-help.json'), 'TOKEN-SECRET-0042');
    expect((await harness.post(payload)).json).toEqual({ type: 5 });
    await harness.standIn.waitFor((c) => c.path.includes('TOKEN-SECRET-0042'));
    await Promise.allSettled(harness.followUps);
    const failure = harness.log.entries.find((e) => e.level === 'error' && e.msg === 'discord reply failed');
    expect(failure?.obj).toMatchObject({ error: { code: 50035, status: 400 } });
    expect(JSON.stringify(harness.log.entries)).not.toContain('TOKEN-SECRET-0042');
  });
});

describe('rate limits', () => {
  it('answers privately and computes nothing once a user has used the burst', async () => {
    const limited = await startDiscordHarness({
      RATE_LIMIT_USER_BURST: '2',
      RATE_LIMIT_USER_PER_MINUTE: '1',
    });
    try {
      const tokens = ['RL-1', 'RL-2', 'RL-3'];
      const answers = [];
      for (const token of tokens)
        answers.push((await limited.post(withToken(fixture('chat-input-help.json'), token))).json);
      expect(answers[0]).toEqual({ type: 5 });
      expect(answers[1]).toEqual({ type: 5 });
      const refused = answers[2] as { type: number; data: { content: string; flags: number } };
      expect(refused.type).toBe(4);
      expect(refused.data.flags).toBe(64);
      expect(refused.data.content).toMatch(/try again in \d+ s/);
      await Promise.allSettled(limited.followUps);
      expect(limited.standIn.calls.some((c) => c.path.includes('RL-3'))).toBe(false);
    } finally {
      await limited.close();
    }
  });
});
