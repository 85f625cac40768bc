// The gateway path: recorded INTERACTION_CREATE payloads through the same translation, answered over REST.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discordConfigFromEnv } from '../../helpers/platform-config.js';
import { answerGatewayInteraction } from '../../../src/platforms/discord/gateway.js';
import {
  buttonToRequest,
  chatInputToRequest,
  modalToRequest,
} from '../../../src/platforms/discord/interactions.js';
import type { DiscordInteraction } from '../../../src/platforms/discord/payload.js';
import { createRest } from '../../../src/platforms/discord/rest.js';
import { createDiscordRuntime, followUpRunner } from '../../../src/platforms/discord/runtime.js';
import { startDiscordStandIn, type DiscordStandIn } from './discord-stand-in.js';
import { APPLICATION_ID, recordingLogger } from './harness.js';
import { testDeps } from '../../helpers/deps.js';

const fixture = (name: string): DiscordInteraction =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as DiscordInteraction;

let standIn: DiscordStandIn;
const log = recordingLogger();
const followUps: Promise<void>[] = [];
let runtime: ReturnType<typeof createDiscordRuntime>;

beforeAll(async () => {
  standIn = await startDiscordStandIn();
  const config = discordConfigFromEnv({
    DISCORD_TOKEN: 'gateway-token',
    DISCORD_API_URL: standIn.apiUrl,
    DISCORD_GUILD_LANGS: '1180000000000000999:fa',
  })!;
  const deps = await testDeps(log);
  runtime = createDiscordRuntime(config, deps, createRest(config.token, config.apiUrl));
});

afterAll(async () => {
  await Promise.allSettled(followUps);
  await standIn?.close();
});

describe('translation of recorded gateway payloads', () => {
  it('turns a chat-input command into a Request with its options, user and language', () => {
    expect(chatInputToRequest(fixture('chat-input-backprop-preset.json'), runtime)).toEqual({
      command: 'backprop',
      options: { preset: 'mazur', view: 'backward', lang: 'fa' },
      user: { id: '1180000000000000400', name: 'Sara R.', role: 'student' },
      locale: 'fa',
      place: 'discord:1180000000000000100',
    });
  });

  it('takes the server default language when the command has no lang option (Discord has no Persian locale)', () => {
    const help = fixture('chat-input-help.json');
    expect(chatInputToRequest(help, runtime).locale).toBe('en');
    expect(chatInputToRequest({ ...help, guild_id: '1180000000000000999' }, runtime).locale).toBe('fa');
  });

  it('turns a modal submission into a Request with the typed text and the options remembered in its custom_id', () => {
    const request = modalToRequest(fixture('modal-submit-backprop.json'), runtime)!;
    expect(request.command).toBe('backprop');
    expect(request.options).toEqual({ steps: '5' });
    expect(request.text).toContain('W2: [[0.40, 0.45], [0.50, 0.55]]');
  });

  it('rebuilds a button click from the message alone, and says so when the message no longer carries its network', () => {
    const base = fixture('chat-input-help.json');
    const message = {
      id: '1',
      content: '…',
      embeds: [{ description: '```\npreset:mazur\n```', footer: { text: 'view:forward lang:fa' } }],
    };
    const click = {
      ...base,
      type: 3,
      message,
      data: { custom_id: 'b:backprop:update:@', component_type: 2 },
    };
    expect(buttonToRequest(click, runtime)).toMatchObject({
      request: {
        command: 'backprop',
        options: { preset: 'mazur', view: 'update', lang: 'fa' },
        locale: 'fa',
      },
      answer: 'replace',
    });
    expect(buttonToRequest({ ...click, message: { id: '1', content: '…', embeds: [] } }, runtime)).toBe(
      'stale',
    );
  });
});

describe('answering over REST', () => {
  it('posts the deferral to the interaction callback, then edits the original response', async () => {
    const payload = { ...fixture('chat-input-backprop-preset.json'), token: 'GW-TOKEN' };
    await answerGatewayInteraction(
      payload,
      runtime,
      followUpRunner(undefined, (w) => followUps.push(w)),
    );
    const [callback] = await standIn.waitFor(
      (c) => c.path === `/api/v10/interactions/${payload.id}/GW-TOKEN/callback`,
    );
    expect(callback!.method).toBe('POST');
    expect(callback!.json).toEqual({ type: 5 });
    const [edit] = await standIn.waitFor(
      (c) =>
        c.method === 'PATCH' && c.path === `/api/v10/webhooks/${APPLICATION_ID}/GW-TOKEN/messages/@original`,
    );
    expect(edit!.files[0]!.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('logs an interaction that expired before the callback (10062) and sends nothing more', async () => {
    standIn.respondWith((c) => c.path.includes('/GW-EXPIRED/'), 404, {
      message: 'Unknown interaction',
      code: 10062,
    });
    const payload = { ...fixture('chat-input-help.json'), token: 'GW-EXPIRED' };
    await expect(answerGatewayInteraction(payload, runtime, followUpRunner())).resolves.toBeUndefined();
    expect(
      log.entries.some((e) => e.level === 'warn' && /expired before the callback/.test(e.msg ?? '')),
    ).toBe(true);
    expect(standIn.calls.filter((c) => c.path.includes('GW-EXPIRED'))).toHaveLength(1);
  });
});
