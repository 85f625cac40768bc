// A local HTTP server playing Discord's REST API: records every call, parses multipart uploads.
import { createCallLog, readAll } from '../../helpers/call-log.js';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedFile {
  field: string;
  name: string;
  type: string;
  bytes: Buffer;
}

export interface RecordedCall {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  json?: unknown;
  files: RecordedFile[];
  at: number;
}

export interface DiscordStandIn {
  /** Base URL for DISCORD_API_URL / REST `api`, e.g. http://127.0.0.1:PORT/api. */
  apiUrl: string;
  calls: RecordedCall[];
  /** Overrides the answer to matching calls (status, JSON body). */
  respondWith(match: (call: RecordedCall) => boolean, status: number, body: unknown): void;
  /** Serves a file (an attachment, as Discord's CDN would) at `/attachments/<name>`; returns its URL. */
  serveFile(name: string, content: string | Buffer): string;
  /** Resolves once `count` calls match. */
  waitFor(
    match: (call: RecordedCall) => boolean,
    count?: number,
    timeoutMs?: number,
  ): Promise<RecordedCall[]>;
  close(): Promise<void>;
}

/** Parses a request body with Node's own multipart parser (Response.formData). */
async function parseBody(
  body: Buffer,
  contentType: string,
): Promise<{ json?: unknown; files: RecordedFile[] }> {
  if (contentType.startsWith('multipart/form-data')) {
    const form = await new Response(new Uint8Array(body), {
      headers: { 'content-type': contentType },
    }).formData();
    const entries: [string, FormDataEntryValue][] = [];
    form.forEach((value, field) => entries.push([field, value]));
    const files: RecordedFile[] = [];
    let json: unknown;
    for (const [field, value] of entries) {
      if (typeof value === 'string') {
        if (field === 'payload_json') json = JSON.parse(value);
      } else {
        files.push({
          field,
          name: value.name,
          type: value.type,
          bytes: Buffer.from(await value.arrayBuffer()),
        });
      }
    }
    return { json, files };
  }
  if (body.length > 0 && contentType.includes('json'))
    return { json: JSON.parse(body.toString('utf8')), files: [] };
  return { files: [] };
}

export async function startDiscordStandIn(): Promise<DiscordStandIn> {
  const log = createCallLog<RecordedCall>('stand-in', (c) => `${c.method} ${c.path}`);
  const calls = log.calls;
  const overrides: { match: (call: RecordedCall) => boolean; status: number; body: unknown }[] = [];
  const served = new Map<string, string | Buffer>();
  const server: Server = createServer((request, response) => {
    void (async () => {
      const body = await readAll(request);
      const parsed = await parseBody(body, String(request.headers['content-type'] ?? ''));
      const call: RecordedCall = {
        method: request.method ?? 'GET',
        path: decodeURIComponent((request.url ?? '').replace(/\?.*$/, '')),
        headers: request.headers,
        ...parsed,
        at: performance.now(),
      };
      const file = call.method === 'GET' ? served.get(call.path) : undefined;
      if (file !== undefined) {
        response.writeHead(200, { 'content-type': 'application/octet-stream' }).end(file);
        log.record(call);
        return;
      }
      const override = overrides.find((o) => o.match(call));
      const status = override?.status ?? (call.method === 'DELETE' ? 204 : 200);
      const answer =
        override?.body ??
        (call.method === 'PUT' && Array.isArray(call.json)
          ? call.json.map((command, index) => ({ id: String(index + 1), ...(command as object) }))
          : { id: '1', ...(call.json as object | undefined) });
      if (status === 204) response.writeHead(204).end();
      else response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
      log.record(call);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiUrl: `http://127.0.0.1:${port}/api`,
    calls,
    respondWith(match, status, body) {
      overrides.push({ match, status, body });
    },
    serveFile(name, content) {
      served.set(`/attachments/${name}`, content);
      return `http://127.0.0.1:${port}/attachments/${name}`;
    },
    waitFor: log.waitFor,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
