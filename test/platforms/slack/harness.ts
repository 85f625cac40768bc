// The Slack HTTP path as production wires it: the real Bolt app (HTTPReceiver) on the shared server, the real
// dispatcher and commands, and a local stand-in for the Web API, the upload URL and response_url.
import { createHmac } from 'node:crypto';
import { createHttpServer } from '../../../src/platforms/http-server.js';
import { createSlackApp, SLACK_EVENTS_PATH } from '../../../src/platforms/slack/app.js';
import { slackConfigFromEnv } from '../../helpers/platform-config.js';
import { createSlackRuntime, slackEventsHandler } from '../../../src/platforms/slack/index.js';
import { recordingLogger } from '../discord/harness.js';
import { startSlackStandIn, type SlackStandIn } from './slack-stand-in.js';
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
