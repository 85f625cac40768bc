// A local HTTP server playing the Slack Web API (the methods the bot calls), the file upload URL and
// response_url; it records every call so tests can assert the text and the PNG bytes that arrived.
import { createCallLog, readAll } from '../../helpers/call-log.js';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SlackCall {
  method: string;
  /** Web API method name (`chat.postMessage`), `upload` for the upload URL, `response_url` for responses. */
  api: string;
  path: string;
  params: Record<string, unknown>;
  body: Buffer;
  /** The uploaded file's bytes (upload URL calls; the Web API client sends them as multipart). */
  file?: Buffer;
  headers: IncomingMessage['headers'];
  at: number;
}

export interface SlackStandIn {
  /** Base URL for SLACK_API_URL (`clientOptions.slackApiUrl`), ending in a slash. */
  apiUrl: string;
  /** A response_url Slack would put in a slash command payload. */
  responseUrl(id: string): string;
  calls: SlackCall[];
  /** Makes a Web API method fail with Slack's `{ ok: false, error }` when `match` holds. */
  failWith(api: string, error: string, match?: (call: SlackCall) => boolean): void;
  /** Makes a Web API method answer with an HTTP error status (a Slack outage) when `match` holds. */
  failWithStatus(api: string, status: number, match?: (call: SlackCall) => boolean): void;
  waitFor(match: (call: SlackCall) => boolean, count?: number, timeoutMs?: number): Promise<SlackCall[]>;
  /** Serves a file (a message attachment) at `/files/<name>`; returns its URL. */
  serveFile(name: string, content: string): string;
  /** The WebSocket URL apps.connections.open hands out (Socket Mode). */
  socketUrl?: string;
  close(): Promise<void>;
}

function parseParams(body: Buffer, contentType: string): Record<string, unknown> {
  const text = body.toString('utf8');
  if (contentType.includes('application/json'))
    return text ? (JSON.parse(text) as Record<string, unknown>) : {};
  if (contentType.includes('application/x-www-form-urlencoded')) {
    const params: Record<string, unknown> = {};
    new URLSearchParams(text).forEach((value, key) => {
      params[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
    });
    return params;
  }
  return {};
}

async function uploadedBytes(body: Buffer, contentType: string): Promise<Buffer> {
  if (!contentType.startsWith('multipart/form-data')) return body;
  const form = await new Response(new Uint8Array(body), {
    headers: { 'content-type': contentType },
  }).formData();
  let file: Buffer | undefined;
  const parts: Promise<void>[] = [];
  form.forEach((value) => {
    if (typeof value !== 'string') parts.push(value.arrayBuffer().then((b) => void (file = Buffer.from(b))));
  });
  await Promise.all(parts);
  return file ?? Buffer.alloc(0);
}

export async function startSlackStandIn(): Promise<SlackStandIn> {
  const log = createCallLog<SlackCall>('slack stand-in', (c) => c.api);
  const calls = log.calls;
  const failures: { api: string; error: string; match: (call: SlackCall) => boolean }[] = [];
  const outages: { api: string; status: number; match: (call: SlackCall) => boolean }[] = [];
  let base = '';
  let uploads = 0;
  const served = new Map<string, string>();

  const answer = (call: SlackCall): unknown => {
    const failure = failures.find((f) => f.api === call.api && f.match(call));
    if (failure) return { ok: false, error: failure.error };
    switch (call.api) {
      case 'auth.test':
        return {
          ok: true,
          url: 'https://class.slack.com/',
          team: 'Class',
          user: 'backprop-tutor',
          team_id: 'T0CLASS',
          user_id: 'U0BOT',
          bot_id: 'B0BOT',
        };
      case 'chat.postMessage':
        return {
          ok: true,
          channel: call.params.channel,
          ts: `1764266400.${String(calls.length).padStart(6, '0')}`,
          message: { text: call.params.text },
        };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: '1764266400.000001' };
      case 'files.getUploadURLExternal': {
        uploads++;
        const id = `F0UPLOAD${uploads}`;
        return { ok: true, upload_url: `${base}upload/${id}`, file_id: id };
      }
      case 'files.completeUploadExternal':
        return {
          ok: true,
          files: (call.params.files as { id: string; title?: string }[]).map((f) => ({
            id: f.id,
            title: f.title ?? '',
          })),
        };
      case 'apps.connections.open':
        return standIn.socketUrl ? { ok: true, url: standIn.socketUrl } : { ok: false, error: 'not_allowed' };
      case 'views.open':
        return { ok: true, view: { id: 'V0MODAL' } };
      // Roles for /exercise: U0ADMIN administers the workspace; the user group S0TAS holds U0HEADTA.
      case 'users.info':
        return { ok: true, user: { id: call.params.user, is_admin: call.params.user === 'U0ADMIN' } };
      case 'usergroups.users.list':
        return { ok: true, users: call.params.usergroup === 'S0TAS' ? ['U0HEADTA'] : [] };
      case 'conversations.open':
        return { ok: true, channel: { id: `D0${String(call.params.users)}` } };
      default:
        return { ok: true };
    }
  };

  const server: Server = createServer((request, response) => {
    void (async () => {
      const body = await readAll(request);
      const path = (request.url ?? '').replace(/\?.*$/, '');
      const api = path.startsWith('/api/')
        ? path.slice('/api/'.length)
        : path.startsWith('/upload/')
          ? 'upload'
          : path.startsWith('/response/')
            ? 'response_url'
            : path;
      const call: SlackCall = {
        method: request.method ?? 'POST',
        api,
        path,
        params:
          api === 'upload'
            ? { id: path.slice('/upload/'.length) }
            : parseParams(body, String(request.headers['content-type'] ?? '')),
        body,
        headers: request.headers,
        at: performance.now(),
      };
      if (api === 'upload')
        call.file = await uploadedBytes(body, String(request.headers['content-type'] ?? ''));
      const outage = outages.find((o) => o.api === call.api && o.match(call));
      if (outage)
        response.writeHead(outage.status, { 'content-type': 'text/plain' }).end('Internal Server Error');
      else if (api === 'upload') response.writeHead(200, { 'content-type': 'text/plain' }).end('OK - 1');
      else if (served.has(path))
        response.writeHead(200, { 'content-type': 'text/plain' }).end(served.get(path));
      else response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer(call)));
      log.record(call);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}/`;
  const standIn: SlackStandIn = {
    apiUrl: `${base}api/`,
    responseUrl: (id) => `${base}response/${id}`,
    serveFile(name, content) {
      served.set(`/files/${name}`, content);
      return `${base}files/${name}`;
    },
    calls,
    failWithStatus(api, status, match = () => true) {
      outages.push({ api, status, match });
    },
    failWith(api, error, match = () => true) {
      failures.push({ api, error, match });
    },
    waitFor: log.waitFor,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return standIn;
}
