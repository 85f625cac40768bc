// Issue #17 item 6 (the drain is the runtime's; this is its reproduction on both platforms): a command
// acknowledged just before a shutdown (what SIGTERM runs: RunningServer.stop) is still answered.
import { describe, expect, it } from 'vitest';
import { configFromEnv } from '../src/config.js';
import { startServer } from '../src/server.js';
import { recordingLogger } from './dispatch/fakes.js';
import { startDiscordStandIn } from './platforms/discord/discord-stand-in.js';
import { signedHeaders, testApplicationKey } from './platforms/discord/signing.js';
import { signedSlackHeaders, slashCommandBody } from './platforms/slack/harness.js';
import { startSlackStandIn } from './platforms/slack/slack-stand-in.js';
import { discordStandInEnv, slackStandInEnv } from './helpers/stand-in-env.js';

const APPLICATION_ID = '1180000000000000001';

describe('a shutdown right after the acknowledgements', () => {
  it('still answers the Discord and the Slack command it acknowledged', async () => {
    const [discord, slack] = await Promise.all([startDiscordStandIn(), startSlackStandIn()]);
    const key = testApplicationKey();
    const server = await startServer(
      configFromEnv({
        PORT: '0',
        HOST: '127.0.0.1',
        WORKERS: '1',
        LOG_LEVEL: 'silent',
        ...discordStandInEnv(discord, key),
        ...slackStandInEnv(slack),
      }),
      { log: recordingLogger() },
    );
    try {
      // Platform routes are mounted only once the instance is ready (a load balancer sends nothing before).
      await server.ready;
      const base = `http://127.0.0.1:${server.port}`;
      const interaction = JSON.stringify({
        id: '1180000000000009101',
        application_id: APPLICATION_ID,
        type: 2,
        token: 'TOKEN-DRAIN',
        version: 1,
        channel_id: '1180000000000000200',
        guild_id: '1180000000000000100',
        member: { user: { id: '1180000000000000701', username: 'sara' } },
        data: { id: '1', name: 'backprop', type: 1, options: [{ name: 'preset', type: 3, value: 'mazur' }] },
      });
      const discordAck = await fetch(`${base}/discord/interactions`, {
        method: 'POST',
        body: interaction,
        headers: signedHeaders(key, interaction),
      });
      expect(discordAck.status).toBe(200);
      const body = slashCommandBody(slack, '/backprop', 'preset:mazur', { channel_id: 'C0DRAIN' });
      const slackAck = await fetch(`${base}/slack/events`, {
        method: 'POST',
        body,
        headers: signedSlackHeaders(body),
      });
      expect(slackAck.status).toBe(200);
      await server.stop();
      expect(
        discord.calls.filter((c) => c.method === 'PATCH' && c.path.includes('TOKEN-DRAIN')),
      ).toHaveLength(1);
      expect(
        slack.calls.filter((c) => c.api === 'chat.postMessage' && c.params.channel === 'C0DRAIN'),
      ).toHaveLength(1);
    } finally {
      await Promise.allSettled([discord.close(), slack.close()]);
    }
  });
});
