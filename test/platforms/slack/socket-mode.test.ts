// Socket Mode: the real Bolt app opens apps.connections.open on the stand-in, connects to a local WebSocket
// playing Slack, acknowledges a slash-command envelope and answers through the Web API stand-in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocketServer, type WebSocket } from 'ws';
import { createSlackApp } from '../../../src/platforms/slack/app.js';
import { slackConfigFromEnv } from '../../helpers/platform-config.js';
import { createSlackRuntime } from '../../../src/platforms/slack/index.js';
import { recordingLogger } from '../discord/harness.js';
import { startSlackStandIn, type SlackStandIn } from './slack-stand-in.js';
import { testDeps } from '../../helpers/deps.js';

let standIn: SlackStandIn;
let sockets: WebSocketServer;
let connected: Promise<WebSocket>;
let stopApp: () => Promise<unknown>;
const followUps: Promise<void>[] = [];

beforeAll(async () => {
  standIn = await startSlackStandIn();
  sockets = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise((resolve) => sockets.once('listening', resolve));
  const { port } = sockets.address() as { port: number };
  standIn.socketUrl = `ws://127.0.0.1:${port}/link/?ticket=test`;
  connected = new Promise((resolve) =>
    sockets.once('connection', (socket) => {
      socket.send(
        JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0BACKPROP' } }),
      );
      resolve(socket);
    }),
  );
  const config = slackConfigFromEnv({
    SLACK_BOT_TOKEN: 'xoxb-socket',
    SLACK_APP_TOKEN: 'xapp-1-socket',
    SLACK_API_URL: standIn.apiUrl,
  })!;
  const deps = await testDeps(recordingLogger());
  const runtime = createSlackRuntime(config, deps);
  runtime.track = (work) => followUps.push(work);
  const { app } = createSlackApp(runtime);
  await app.start();
  stopApp = () => app.stop();
});

afterAll(async () => {
  await Promise.allSettled(followUps);
  await stopApp?.();
  sockets?.clients.forEach((socket) => socket.terminate());
  await new Promise((resolve) => sockets?.close(resolve));
  await standIn?.close();
});

describe('Slack Socket Mode', () => {
  it('asks for the socket URL with the app token', () => {
    const open = standIn.calls.find((c) => c.api === 'apps.connections.open');
    expect(open?.headers.authorization).toBe('Bearer xapp-1-socket');
  });

  it('acknowledges a slash command envelope over the socket and posts the answer with its PNG', async () => {
    const socket = await connected;
    const acks: unknown[] = [];
    socket.on('message', (data) => acks.push(JSON.parse(String(data))));
    socket.send(
      JSON.stringify({
        envelope_id: 'E0SOCKET1',
        type: 'slash_commands',
        accepts_response_payload: true,
        payload: {
          token: 'deprecated',
          team_id: 'T0CLASS',
          team_domain: 'nn-class',
          channel_id: 'C0SOCKET',
          channel_name: 'homework',
          user_id: 'U0SARA',
          user_name: 'sara',
          command: '/backprop',
          text: 'preset:mazur',
          api_app_id: 'A0BACKPROP',
          is_enterprise_install: 'false',
          response_url: standIn.responseUrl('socket'),
          trigger_id: '1.2.3',
        },
      }),
    );
    const [post] = await standIn.waitFor(
      (c) => c.api === 'chat.postMessage' && c.params.channel === 'C0SOCKET',
    );
    expect(String(post!.params.text)).toContain('0.2984');
    expect(acks).toContainEqual(expect.objectContaining({ envelope_id: 'E0SOCKET1' }));
    const [complete] = await standIn.waitFor(
      (c) => c.api === 'files.completeUploadExternal' && c.params.channel_id === 'C0SOCKET',
    );
    const id = (complete!.params.files as { id: string }[])[0]!.id;
    const upload = standIn.calls.find((c) => c.api === 'upload' && c.params.id === id);
    expect(upload!.file!.subarray(1, 4).toString('latin1')).toBe('PNG');
  });
});
