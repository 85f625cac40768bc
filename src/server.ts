// The bot as a server: one HTTP server (liveness, readiness, metrics, playground, platform routes), the command
// runner and the configured platforms, all from the one configuration and composition root (src/compose.ts).
// Ready means ready: the platforms start, and /readyz turns 200, only once the workers are loaded and warm.
import { setTimeout as sleep } from 'node:timers/promises';
import { createCommandRunner, createDeps, type DepsOverrides } from './compose.js';
import type { Config } from './config.js';
import type { Deps } from './dispatch/types.js';
import { createLogger } from './logger.js';
import { createMetrics, type Metrics } from './metrics.js';
import { createHttpServer, sendJson, sendText, type HttpServer } from './platforms/http-server.js';
import type { Platform, PlatformHost } from './platforms/platform.js';
import { mountPlayground } from './platforms/playground/routes.js';

export interface RunningServer {
  port: number;
  deps: Deps;
  http: HttpServer;
  metrics: Metrics;
  /** Resolves once the workers are warm and every platform has started (then /readyz answers 200). */
  ready: Promise<void>;
  /** Labels of the platforms that started (for the start-up log), filled in when `ready` resolves. */
  platforms: string[];
  workers: number;
  /**
   * Stops cleanly: /readyz turns 503, new commands are answered "restarting", the commands in flight are
   * finished and delivered (for at most `graceMs`), then the SDKs, the workers and the server are closed.
   * Resolves with whether everything in flight was delivered in time.
   */
  stop(graceMs?: number): Promise<{ drained: boolean }>;
}

export async function startServer(config: Config, overrides: DepsOverrides = {}): Promise<RunningServer> {
  const log = overrides.log ?? createLogger(config.LOG_LEVEL);
  // The queue-depth gauge reads the pool only when scraped, after both exist.
  const metrics: Metrics = createMetrics(() => runner.pool?.state.waiting ?? 0);
  // The workers start loading first: they warm up while this thread listens and opens the database.
  const runner = createCommandRunner(config, log, { onWorkerRestart: () => metrics.workerRestarts.inc() });
  const server = createHttpServer({ log, bodyLimitBytes: config.HTTP_BODY_LIMIT_BYTES });
  let ready = false;
  let accepting = true;
  server.addRoute('GET', '/healthz', (_request, response) => sendText(response, 200, 'ok\n'));
  // Ready to take commands: the workers are loaded and warm, the platforms started, and it is not stopping
  // (503 too while no worker can start: the pool's state says why).
  server.addRoute('GET', '/readyz', (_request, response) => {
    const pool = runner.pool?.state ?? { ready: true, workers: 0, waiting: 0, startFailures: 0 };
    const isReady = ready && pool.ready && accepting;
    sendJson(response, isReady ? 200 : 503, { ...pool, ready: isReady, started: ready, accepting });
  });
  const registry = metrics.registry;
  server.addRoute('GET', '/metrics', async (_request, response) =>
    sendText(response, 200, await registry.metrics(), registry.contentType),
  );
  // Listening early: /healthz answers (and /readyz says 503) while a first start creates the embedded database.
  let port: number;
  let deps: Deps;
  try {
    port = await server.listen(config.PORT, config.HOST);
    deps = await createDeps(config, { ...overrides, log });
  } catch (error) {
    // The worker threads would keep a process that cannot start alive.
    await Promise.allSettled([server.close(), runner.pool?.close()]);
    throw error;
  }
  if (config.PLAYGROUND) {
    mountPlayground(server, { deps, dispatch: runner.dispatchOptions, defaultLocale: config.DEFAULT_LOCALE });
  }

  const host: PlatformHost = {
    deps,
    server,
    dispatchOptions: runner.dispatchOptions,
    accepting: () => accepting,
    metrics,
  };
  const adapters: Platform[] = [];
  const labels: string[] = [];
  // Each platform's SDK is imported only when its variables are set, and now, while the workers warm up.
  const loading = config.platforms.map(({ definition }) => definition.load());
  // Until the platforms start, a failed import is reported there (not as an unhandled rejection).
  for (const load of loading) load.catch(() => {});
  const started = (async () => {
    // Each worker warms itself (a command through every layer) before it says ready.
    if (runner.pool) await runner.pool.ready();
    // The platforms start (and mount their routes) only once the workers can answer.
    for (const [index, { config: platformConfig }] of config.platforms.entries()) {
      const create = await loading[index]!;
      const adapter = create(platformConfig, host);
      adapters.push(adapter);
      labels.push(await adapter.start());
    }
    ready = true;
  })();

  return {
    port,
    deps,
    http: server,
    metrics,
    ready: started,
    platforms: labels,
    workers: runner.pool?.size ?? 0,
    async stop(graceMs = config.SHUTDOWN_GRACE_MS) {
      accepting = false;
      const drained = Promise.allSettled([...adapters.map((adapter) => adapter.drain()), server.idle()]);
      const inTime = await Promise.race([drained.then(() => true), sleep(graceMs, false, { ref: false })]);
      if (!inTime) log.warn({ graceMs }, 'grace period over: stopping with commands still in flight');
      await Promise.allSettled(adapters.map((adapter) => adapter.stop()));
      await Promise.allSettled([server.close(), runner.pool?.close()]);
      await deps.store?.close();
      return { drained: inTime };
    },
  };
}
