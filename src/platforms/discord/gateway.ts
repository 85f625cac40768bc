// Gateway mode: a discord.js Client receives interactions over the WebSocket; answers go through REST.
import { Client, Events, GatewayIntentBits, Routes, type GatewayDispatchPayload } from 'discord.js';
import type { Logger } from '../../dispatch/types.js';
import { withRequestId } from '../../request-context.js';
import { handleInteraction, restFailure, type DiscordRuntime } from './interactions.js';
import type { DiscordInteraction } from './payload.js';
import { restOptions } from './rest.js';
import type { FollowUpRunner } from './runtime.js';

/** Answers one interaction that came over the gateway: the callback first, then the follow-up. */
export async function answerGatewayInteraction(
  interaction: DiscordInteraction,
  runtime: DiscordRuntime,
  followUps: FollowUpRunner,
): Promise<void> {
  followUps.arrived();
  const handled = await handleInteraction(interaction, runtime);
  try {
    await runtime.rest.post(Routes.interactionCallback(interaction.id, interaction.token), {
      body: handled.response,
      auth: false,
    });
  } catch (error) {
    const code = (error as { code?: number }).code;
    // 10062: the 3-second window passed (a slow shard, a restart); nothing more can be sent.
    if (code === 10062)
      runtime.log.warn({ interactionId: interaction.id }, 'discord interaction expired before the callback');
    else
      runtime.log.error(
        { error: restFailure(error), interactionId: interaction.id },
        'discord interaction callback failed',
      );
    return;
  }
  followUps.run(handled);
}

export interface GatewayHandle {
  client: Client;
  stop(): Promise<void>;
}

/** Logs in and answers every INTERACTION_CREATE from the raw payload (the same translation as HTTP mode). */
export async function startGateway(
  token: string,
  apiUrl: string | undefined,
  makeRuntime: (client: Client) => DiscordRuntime,
  followUps: FollowUpRunner,
  log: Logger,
): Promise<GatewayHandle> {
  // Guilds only: interactions need no privileged intents.
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: restOptions(apiUrl) });
  const runtime = makeRuntime(client);
  client.on(Events.Raw, (packet: GatewayDispatchPayload) => {
    if (packet.t !== 'INTERACTION_CREATE') return;
    // Each interaction is one request: every log line of its command carries the same id.
    withRequestId(
      () => void answerGatewayInteraction(packet.d as unknown as DiscordInteraction, runtime, followUps),
    );
  });
  client.on(Events.Error, (error) => log.error({ err: error }, 'discord client error'));
  client.once(Events.ClientReady, (ready) =>
    log.info({ user: ready.user.tag, shards: ready.shard?.ids ?? [0] }, 'discord gateway ready'),
  );
  await client.login(token);
  return { client, stop: () => client.destroy() };
}
