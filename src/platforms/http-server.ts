// One node:http server on PORT for everything: the playground, and later Discord and Slack HTTP endpoints.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../dispatch/types.js';
import { withRequestId } from '../request-context.js';
import { InFlight } from './in-flight.js';

/** Handles one request; `rawBody` is the exact bytes received (signature checks need them untouched). */
export type RouteHandler = (
  request: IncomingMessage,
  response: ServerResponse,
  rawBody: Buffer,
) => void | Promise<void>;

export interface HttpServer {
  /** Mounts a handler on an exact path (the query string is ignored when matching). */
  addRoute(method: string, path: string, handler: RouteHandler, route?: RouteOptions): void;
  /** Starts listening; resolves with the port (useful with port 0 in tests). */
  listen(port: number, host?: string): Promise<number>;
  /** Resolves once every request being handled has been answered (new ones are still served). */
  idle(): Promise<void>;
  close(): Promise<void>;
  readonly server: Server;
}

export interface RouteOptions {
  /** This route's own body limit (a playground line or a Slack command is kilobytes), below the server's. */
  bodyLimitBytes?: number;
}

export interface HttpServerOptions {
  log: Logger;
  /** Requests with a larger body get 413 without reaching a handler. */
  bodyLimitBytes?: number;
}

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}

export function sendText(
  response: ServerResponse,
  status: number,
  text: string,
  contentType = 'text/plain; charset=utf-8',
): void {
  response.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

class BodyTooLarge extends Error {}

function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.removeAllListeners('data');
        request.resume();
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

export function createHttpServer(options: HttpServerOptions): HttpServer {
  const { log } = options;
  const bodyLimit = options.bodyLimitBytes ?? 1024 * 1024;
  const routes = new Map<string, Map<string, RouteHandler>>();
  const routeLimits = new Map<string, number>();

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    const byMethod = routes.get(path);
    const handler =
      byMethod?.get(request.method ?? 'GET') ??
      (request.method === 'HEAD' ? byMethod?.get('GET') : undefined);
    if (!byMethod) {
      request.resume();
      sendText(response, 404, 'Not found\n');
      return;
    }
    if (!handler) {
      request.resume();
      response.setHeader('allow', [...byMethod.keys()].join(', '));
      sendText(response, 405, 'Method not allowed\n');
      return;
    }
    let body: Buffer;
    const limit = Math.min(bodyLimit, routeLimits.get(`${request.method} ${path}`) ?? bodyLimit);
    try {
      body = await readBody(request, limit);
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        sendText(response, 413, `Request body larger than ${limit} bytes\n`);
        request.socket.destroySoon?.();
      } else if (!response.headersSent) {
        sendText(response, 400, 'Bad request\n');
      }
      return;
    }
    await handler(request, response, body);
  }

  const inFlight = new InFlight();
  const server = createServer((request, response) => {
    // Each HTTP request is one request id: the playground's, Discord's and Slack's log lines carry it.
    const handled = withRequestId(() => handle(request, response));
    inFlight.track(handled);
    handled.catch((error: unknown) => {
      const reference = randomBytes(3).toString('hex');
      log.error({ err: error, reference, url: request.url, method: request.method }, 'http handler failed');
      if (!response.headersSent) sendText(response, 500, `Internal error (reference ${reference})\n`);
      else response.end();
    });
  });
  // A malformed request line or header must not take the process down; answer 400 and drop the socket.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  server.headersTimeout = 20_000;
  server.requestTimeout = 60_000;

  return {
    server,
    addRoute(method, path, handler, route = {}) {
      if (route.bodyLimitBytes !== undefined)
        routeLimits.set(`${method.toUpperCase()} ${path}`, route.bodyLimitBytes);
      const byMethod = routes.get(path) ?? new Map<string, RouteHandler>();
      byMethod.set(method.toUpperCase(), handler);
      routes.set(path, byMethod);
    },
    listen(port, host) {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve((server.address() as AddressInfo).port);
        });
      });
    },
    idle: () => inFlight.idle(),
    close() {
      return new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
}
