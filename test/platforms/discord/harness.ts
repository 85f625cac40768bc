// The Discord HTTP path as production wires it (shared server, real dispatcher and commands, real renderer),
// with the REST API played by a local stand-in.
import type { Logger } from '../../../src/dispatch/types.js';
import type { Store } from '../../../src/store/types.js';
import { createHttpServer, type HttpServer } from '../../../src/platforms/http-server.js';
import { discordConfigFromEnv } from '../../helpers/platform-config.js';
import { discordInteractionsHandler } from '../../../src/platforms/discord/http.js';
import { createRest } from '../../../src/platforms/discord/rest.js';
import { createDiscordRuntime, followUpRunner } from '../../../src/platforms/discord/runtime.js';
import { ed25519PublicKey } from '../../../src/platforms/discord/verify.js';
import { startDiscordStandIn, type DiscordStandIn } from './discord-stand-in.js';
import { signedHeaders, testApplicationKey, type TestApplicationKey } from './signing.js';
import { testDeps } from '../../helpers/deps.js';

export const APPLICATION_ID = '1180000000000000001';

export interface LogEntry {
  level: 'info' | 'warn' | 'error';
  obj: object | string;
  msg?: string;
}

export function recordingLogger(entries: LogEntry[] = []): Logger & { entries: LogEntry[] } {
  return {
    entries,
    info: (obj, msg) => entries.push({ level: 'info', obj, ...(msg ? { msg } : {}) }),
    warn: (obj, msg) => entries.push({ level: 'warn', obj, ...(msg ? { msg } : {}) }),
    error: (obj, msg) => entries.push({ level: 'error', obj, ...(msg ? { msg } : {}) }),
  };
}

export interface DiscordHarness {
  url: string;
  standIn: DiscordStandIn;
  key: TestApplicationKey;
  log: ReturnType<typeof recordingLogger>;
  followUps: Promise<void>[];
  post(
    body: unknown,
    headers?: Record<string, string>,
  ): Promise<{ status: number; json: unknown; ms: number }>;
  close(): Promise<void>;
}

export async function startDiscordHarness(
  env: Record<string, string> = {},
  extra: { store?: Store } = {},
): Promise<DiscordHarness> {
  const standIn = await startDiscordStandIn();
  const key = testApplicationKey();
  const log = recordingLogger();
  const deps = { ...(await testDeps(log)), ...(extra.store ? { store: extra.store } : {}) };
  const config = discordConfigFromEnv({
    DISCORD_TOKEN: 'test-bot-token',
    DISCORD_PUBLIC_KEY: key.publicKeyHex,
    DISCORD_APPLICATION_ID: APPLICATION_ID,
    DISCORD_API_URL: standIn.apiUrl,
    ...env,
  })!;
  const runtime = createDiscordRuntime(config, deps, createRest(config.token, config.apiUrl));
  const followUps: Promise<void>[] = [];
  const server: HttpServer = createHttpServer({ log });
  server.addRoute(
    'POST',
    '/discord/interactions',
    discordInteractionsHandler(
      ed25519PublicKey(key.publicKeyHex),
      runtime,
      followUpRunner(undefined, (w) => followUps.push(w)),
    ),
  );
  const port = await server.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}/discord/interactions`;
  return {
    url,
    standIn,
    key,
    log,
    followUps,
    async post(body, headers) {
      const text = JSON.stringify(body);
      const started = performance.now();
      const response = await fetch(url, {
        method: 'POST',
        body: text,
        headers: headers ?? signedHeaders(key, text),
      });
      const raw = await response.text();
      return {
        status: response.status,
        json: raw ? JSON.parse(raw) : undefined,
        ms: performance.now() - started,
      };
    },
    async close() {
      await Promise.allSettled(followUps);
      await server.close();
      await standIn.close();
    },
  };
}
