// `npm start`: configuration, logging, fonts, one HTTP server with the playground, and the chat platforms
// whose credentials are present.
import { config as loadDotenv } from 'dotenv';
import { loadConfig } from './config.js';
import type { Deps } from './dispatch/types.js';
import { createDispatchPool } from './dispatch/worker-pool.js';
import { createLogger } from './logger.js';
import { discordConfigFromEnv } from './platforms/discord/config.js';
import { createHttpServer } from './platforms/http-server.js';
import { mountPlayground } from './platforms/playground/routes.js';
import { slackConfigFromEnv } from './platforms/slack/config.js';
import { warmLessonFigures } from './lessons/warm-up.js';
import { createRenderer } from './render/index.js';

async function start(): Promise<void> {
  loadDotenv({ quiet: true });
  const config = loadConfig();
  if (!config.ok) {
    process.stderr.write(
      `backprop-tutor: the environment (or .env) has bad settings:\n  ${config.error.join('\n  ')}\nSee .env.example.\n`,
    );
    process.exitCode = 2;
    return;
  }
  const settings = config.value;
  const log = createLogger(settings.LOG_LEVEL);
  // Fonts are registered once, here, before the first image (createRenderer checks every registration).
  const deps: Deps = { render: createRenderer(), random: Math.random, log };
  // Commands run on worker threads: both cores work and the main thread stays free to acknowledge within 3 s.
  const pool =
    settings.WORKERS > 0
      ? createDispatchPool({
          workerUrl: new URL('./dispatch-worker-entry.mjs', import.meta.url),
          workers: settings.WORKERS,
          timeLimitMs: settings.COMMAND_TIME_LIMIT_MS,
          log,
          workerData: { logLevel: settings.LOG_LEVEL, timeLimitMs: settings.COMMAND_TIME_LIMIT_MS },
        })
      : undefined;
  const dispatchOptions = { timeLimitMs: settings.COMMAND_TIME_LIMIT_MS, ...(pool ? { pool } : {}) };

  const server = createHttpServer({ log, bodyLimitBytes: settings.HTTP_BODY_LIMIT_BYTES });
  server.addRoute('GET', '/healthz', (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/plain' });
    response.end('ok\n');
  });
  if (settings.PLAYGROUND) {
    mountPlayground(server, { deps, dispatch: dispatchOptions, defaultLocale: settings.DEFAULT_LOCALE });
  }

  // ==== Chat platforms ==========================================================================
  // Each platform starts only when its variables are set, and may mount routes on `server`
  // (POST /discord/interactions, POST /slack/events) before it listens. Several may run at once.
  const platforms: string[] = [];
  // The SDKs load only when their platform is configured (start-up stays fast for the playground alone).
  const discord = discordConfigFromEnv();
  if (discord) {
    const { startDiscord } = await import('./platforms/discord/index.js');
    platforms.push(await startDiscord(discord, { deps, server, dispatchOptions }));
  }
  const slack = slackConfigFromEnv();
  if (slack) {
    const { startSlack } = await import('./platforms/slack/index.js');
    platforms.push(await startSlack(slack, { deps, server, dispatchOptions }));
  }
  // ==============================================================================================

  const port = await server.listen(settings.PORT, settings.HOST);
  const shown = settings.HOST === '0.0.0.0' ? 'localhost' : settings.HOST;
  log.info(
    { port, platforms, playground: settings.PLAYGROUND, workers: pool?.size ?? 0 },
    'backprop-tutor is listening',
  );
  if (settings.PLAYGROUND) process.stdout.write(`\nbackprop-tutor playground: http://${shown}:${port}/\n\n`);
  if (platforms.length === 0) log.info('no Discord or Slack credentials in the environment: playground only');
  // Each worker warms its own lesson figures; without workers, this thread does.
  if (!pool) warmLessonFigures(log);

  const stop = (signal: string) => {
    log.info({ signal }, 'shutting down');
    Promise.allSettled([server.close(), pool?.close()]).finally(() => process.exit(0));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  // A bug must never take the whole class's bot down silently: log it with its stack and keep serving.
  process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled rejection'));
}

start().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  const hint = /EADDRINUSE/.test(message) ? ' (is another copy running? set PORT to a free port)' : '';
  process.stderr.write(`backprop-tutor: could not start: ${message}${hint}\n`);
  process.exitCode = 1;
});
