// The bot as a server: one HTTP server (health, playground, platform routes), the command runner and the
// configured platforms, all from the one configuration and composition root (src/compose.ts).
import { createCommandRunner, createDeps, type DepsOverrides } from './compose.js';
import type { Config } from './config.js';
import type { Deps } from './dispatch/types.js';
import { warmLessonFigures } from './lessons/warm-up.js';
import { createHttpServer, sendJson, sendText, type HttpServer } from './platforms/http-server.js';
import type { Platform, PlatformHost } from './platforms/platform.js';
import { mountPlayground } from './platforms/playground/routes.js';

export interface RunningServer {
  port: number;
  deps: Deps;
  http: HttpServer;
  /** Labels of the platforms that started (for the start-up log). */
  platforms: string[];
  workers: number;
  /** Stops taking commands, delivers those in flight, closes the SDKs, the workers and the server. */
  stop(): Promise<void>;
}

export async function startServer(config: Config, overrides: DepsOverrides = {}): Promise<RunningServer> {
  const deps = await createDeps(config, overrides);
  const log = deps.log;
  const runner = createCommandRunner(config, log);
  const server = createHttpServer({ log, bodyLimitBytes: config.HTTP_BODY_LIMIT_BYTES });
  let accepting = true;
  server.addRoute('GET', '/healthz', (_request, response) => sendText(response, 200, 'ok\n'));
  // Ready to take commands: 503 while no worker has started (say, one that fails to load keeps failing).
  server.addRoute('GET', '/readyz', (_request, response) => {
    const pool = runner.pool?.state ?? { ready: true, workers: 0, waiting: 0, startFailures: 0 };
    const ready = pool.ready && accepting;
    sendJson(response, ready ? 200 : 503, { ...pool, ready, accepting });
  });
  if (config.PLAYGROUND) {
    mountPlayground(server, { deps, dispatch: runner.dispatchOptions, defaultLocale: config.DEFAULT_LOCALE });
  }

  // Each platform starts only when its variables are set; its SDK is imported only then.
  const host: PlatformHost = {
    deps,
    server,
    dispatchOptions: runner.dispatchOptions,
    accepting: () => accepting,
  };
  const adapters: Platform[] = [];
  const labels: string[] = [];
  for (const { definition, config: platformConfig } of config.platforms) {
    const create = await definition.load();
    const adapter = create(platformConfig, host);
    adapters.push(adapter);
    labels.push(await adapter.start());
  }

  const port = await server.listen(config.PORT, config.HOST);
  // Each worker warms its own lesson figures; without workers, this thread does.
  if (!runner.pool) warmLessonFigures(log);

  return {
    port,
    deps,
    http: server,
    platforms: labels,
    workers: runner.pool?.size ?? 0,
    async stop() {
      accepting = false;
      await Promise.allSettled(adapters.map((adapter) => adapter.drain()));
      await Promise.allSettled(adapters.map((adapter) => adapter.stop()));
      await Promise.allSettled([server.close(), runner.pool?.close()]);
    },
  };
}
