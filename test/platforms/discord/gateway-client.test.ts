// Gateway mode with the real discord.js Client: a local WebSocket plays Discord's gateway (HELLO, READY, then a
// recorded INTERACTION_CREATE) and the REST stand-in receives the interaction callback and the edited reply.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discordConfigFromEnv } from '../../helpers/platform-config.js';
import { startGateway, type GatewayHandle } from '../../../src/platforms/discord/gateway.js';
import { createDiscordRuntime, followUpRunner } from '../../../src/platforms/discord/runtime.js';
import { startDiscordStandIn, type DiscordStandIn } from './discord-stand-in.js';
import { startGatewayStandIn, type GatewayStandIn } from './gateway-stand-in.js';
import { APPLICATION_ID, recordingLogger } from './harness.js';
import { testDeps } from '../../helpers/deps.js';

let standIn: DiscordStandIn;
let gatewayStandIn: GatewayStandIn;
let gateway: GatewayHandle;

beforeAll(async () => {
  standIn = await startDiscordStandIn();
  gatewayStandIn = await startGatewayStandIn(standIn, 1);
  const config = discordConfigFromEnv({
    DISCORD_TOKEN: 'gateway-bot-token',
    DISCORD_API_URL: standIn.apiUrl,
  })!;
  const log = recordingLogger();
  const deps = await testDeps(log);
  gateway = await startGateway(
    config.token,
    config.apiUrl,
    (client) => createDiscordRuntime(config, deps, client.rest),
    followUpRunner(),
    log,
  );
});

afterAll(async () => {
  await gateway?.stop();
  await gatewayStandIn?.close();
  await standIn?.close();
});

describe('gateway mode with the discord.js Client', () => {
  it('identifies with the token and only the Guilds intent (nothing privileged)', () => {
    expect(gatewayStandIn.identified[0]).toMatchObject({ token: 'gateway-bot-token', intents: 1 });
  });

  it('answers an INTERACTION_CREATE through the callback route, then edits the reply with the PNG', async () => {
    const payload = JSON.parse(
      readFileSync(new URL('./fixtures/chat-input-backprop-preset.json', import.meta.url), 'utf8'),
    ) as { id: string; token: string };
    gatewayStandIn.dispatch(0, 'INTERACTION_CREATE', { ...payload, token: 'GATEWAY-LIVE' });
    const [callback] = await standIn.waitFor(
      (c) => c.path === `/api/v10/interactions/${payload.id}/GATEWAY-LIVE/callback`,
    );
    expect(callback!.json).toEqual({ type: 5 });
    const [edit] = await standIn.waitFor(
      (c) =>
        c.method === 'PATCH' &&
        c.path === `/api/v10/webhooks/${APPLICATION_ID}/GATEWAY-LIVE/messages/@original`,
    );
    expect(edit!.files[0]!.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect((edit!.json as { content: string }).content).toContain('0.2984');
  });
});
