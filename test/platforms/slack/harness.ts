// The Slack HTTP path as production wires it: the real Bolt app (HTTPReceiver) on the shared server, the real
// dispatcher and commands, and a local stand-in for the Web API, the upload URL and response_url.
import { createHmac } from 'node:crypto';
import { createHttpServer } from '../../../src/platforms/http-server.js';
import { createSlackApp, SLACK_EVENTS_PATH } from '../../../src/platforms/slack/app.js';
import { slackConfigFromEnv } from '../../helpers/platform-config.js';
import { createSlackRuntime, slackEventsHandler } from '../../../src/platforms/slack/index.js';
import { recordingLogger } from '../discord/harness.js';
import { startSlackStandIn, type SlackCall, type SlackStandIn } from './slack-stand-in.js';
import { testDeps } from '../../helpers/deps.js';
import type { Store } from '../../../src/store/types.js';

export const SIGNING_SECRET = '8f742231b10e8888abcd99yyyzzz85a5';

export function slackSignature(secret: string, timestamp: string, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export function signedSlackHeaders(
  body: string,
  contentType = 'application/x-www-form-urlencoded',
  secret = SIGNING_SECRET,
) {
  const timestamp = String(Math.floor(Date.now() / 1000));
  return {
    'content-type': contentType,
    'x-slack-request-timestamp': timestamp,
    'x-slack-signature': slackSignature(secret, timestamp, body),
  };
}

/** A slash command exactly as Slack posts it (form-encoded). */
export function slashCommandBody(
  standIn: SlackStandIn,
  command: string,
  text: string,
  extra: Record<string, string> = {},
): string {
  return new URLSearchParams({
    token: 'deprecated-verification-token',
    team_id: 'T0CLASS',
    team_domain: 'nn-class',
    channel_id: 'C0HOMEWORK',
    channel_name: 'homework',
    user_id: 'U0SARA',
    user_name: 'sara',
    command,
    text,
    api_app_id: 'A0BACKPROP',
    is_enterprise_install: 'false',
    response_url: standIn.responseUrl(`cmd-${Math.random().toString(36).slice(2)}`),
    trigger_id: '13345224609.738474920.8088930838d88f008e0',
    ...extra,
  }).toString();
}

/** An interactivity payload (shortcut, view submission) as Slack posts it: `payload=<json>`. */
export function interactivityBody(payload: object): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** A Web API call made for `channel` (chat.postMessage names it `channel`, an upload `channel_id`). */
export const inChannel = (api: string, channel: string) => (call: SlackCall) =>
  call.api === api && (call.params.channel === channel || call.params.channel_id === channel);

export interface SlackButton {
  action_id: string;
  value: string;
  style?: string;
  text: { text: string };
}

/** The buttons of a posted message's actions block (none when it has no such block). */
export function actionButtons(call: SlackCall): SlackButton[] {
  const blocks = (call.params.blocks ?? []) as { type: string; elements?: SlackButton[] }[];
  return blocks.find((b) => b.type === 'actions')?.elements ?? [];
}

/** Sara's click on `button` of a message in `channel`, as Slack posts it (`block_actions`). */
export function buttonClickBody(standIn: SlackStandIn, channel: string, button: SlackButton): string {
  return interactivityBody({
    type: 'block_actions',
    team: { id: 'T0CLASS', domain: 'nn-class' },
    user: { id: 'U0SARA', username: 'sara', name: 'sara', team_id: 'T0CLASS' },
    api_app_id: 'A0BACKPROP',
    token: 'deprecated-verification-token',
    trigger_id: `trigger-${channel}`,
    channel: { id: channel, name: 'homework' },
    container: { type: 'message', message_ts: '1764266400.000001', channel_id: channel },
    response_url: standIn.responseUrl(`click-${channel}-${button.action_id}`),
    actions: [
      {
        type: 'button',
        action_id: button.action_id,
        block_id: 'b',
        value: button.value,
        action_ts: '1764266401.000001',
      },
    ],
  });
}

export async function startSlackHarness(env: Record<string, string> = {}, extra: { store?: Store } = {}) {
  const standIn = await startSlackStandIn();
  const log = recordingLogger();
  const deps = { ...(await testDeps(log)), ...(extra.store ? { store: extra.store } : {}) };
  const config = slackConfigFromEnv({
    SLACK_BOT_TOKEN: 'xoxb-test-bot-token',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: standIn.apiUrl,
    RATE_LIMIT_USER_BURST: '1000',
    RATE_LIMIT_CHANNEL_BURST: '1000',
    ...env,
  })!;
  const runtime = createSlackRuntime(config, deps);
  const followUps: Promise<void>[] = [];
  runtime.track = (work) => followUps.push(work);
  const { receiver } = createSlackApp(runtime);
  const server = createHttpServer({ log });
  server.addRoute('POST', SLACK_EVENTS_PATH, slackEventsHandler(receiver!.requestListener, SIGNING_SECRET));
  const port = await server.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}${SLACK_EVENTS_PATH}`;
  return {
    url,
    standIn,
    log,
    followUps,
    async post(body: string, headers: Record<string, string> = signedSlackHeaders(body)) {
      const started = performance.now();
      const response = await fetch(url, { method: 'POST', body, headers });
      const text = await response.text();
      return { status: response.status, text, ms: performance.now() - started };
    },
    async close() {
      await Promise.allSettled(followUps);
      await server.close();
      await standIn.close();
    },
  };
}

export type SlackHarness = Awaited<ReturnType<typeof startSlackHarness>>;
