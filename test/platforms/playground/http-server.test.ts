import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer, sendJson, type HttpServer } from '../../../src/platforms/http-server.js';
import { recordingLogger } from '../../dispatch/fakes.js';

const log = recordingLogger();
let server: HttpServer;
let base: string;

beforeAll(async () => {
  server = createHttpServer({ log, bodyLimitBytes: 1024 });
  server.addRoute('POST', '/echo', (_request, response, rawBody) => {
    sendJson(response, 200, { bytes: rawBody.length, body: rawBody.toString('utf8') });
  });
  server.addRoute('GET', '/boom', () => {
    throw new Error('handler bug');
  });
  const port = await server.listen(0, '127.0.0.1');
  base = `http://127.0.0.1:${port}`;
});

afterAll(() => server.close());

describe('the HTTP server', () => {
  it('hands a route the raw body, byte for byte', async () => {
    const response = await fetch(`${base}/echo?x=1`, { method: 'POST', body: 'héllo' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ bytes: 6, body: 'héllo' });
  });

  it('answers 404 for an unknown path and 405 for a wrong method', async () => {
    expect((await fetch(`${base}/nowhere`)).status).toBe(404);
    const wrongMethod = await fetch(`${base}/echo`);
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('POST');
  });

  it('refuses a body over the limit with 413', async () => {
    const response = await fetch(`${base}/echo`, { method: 'POST', body: 'x'.repeat(5000) });
    expect(response.status).toBe(413);
  });

  it('answers 500 with a reference when a handler throws, logs it, and keeps serving', async () => {
    const response = await fetch(`${base}/boom`);
    expect(response.status).toBe(500);
    const reference = /reference ([0-9a-f]{6})/.exec(await response.text())?.[1];
    expect(log.entries.some((e) => (e.obj as { reference?: string }).reference === reference)).toBe(true);
    expect((await fetch(`${base}/echo`, { method: 'POST', body: 'still here' })).status).toBe(200);
  });

  it('survives a malformed request line', async () => {
    const reply = await new Promise<string>((resolve) => {
      const socket = connect(Number(new URL(base).port), '127.0.0.1', () =>
        socket.write('NONSENSE \x00\x01 HTTP/9\r\n\r\n'),
      );
      let data = '';
      socket.on('data', (chunk) => (data += chunk.toString()));
      socket.on('close', () => resolve(data));
    });
    expect(reply).toMatch(/^HTTP\/1\.1 400/);
    expect((await fetch(`${base}/echo`, { method: 'POST', body: 'ok' })).status).toBe(200);
  });
});
