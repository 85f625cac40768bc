// `npm start`: configuration, logging, fonts, one HTTP server with the playground, and the chat platforms
// whose credentials are present.
import { config as loadDotenv } from 'dotenv';
import { loadConfig } from './config.js';
import type { Deps } from './dispatch/types.js';
import { createLogger } from './logger.js';
import { discordConfigFromEnv } from './platforms/discord/config.js';
import { createHttpServer } from './platforms/http-server.js';
import { mountPlayground } from './platforms/playground/routes.js';
import { slackConfigFromEnv } from './platforms/slack/config.js';
import { lessonDataTasks } from './lessons/index.js';
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
  const dispatchOptions = { timeLimitMs: settings.COMMAND_TIME_LIMIT_MS };

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
  log.info({ port, platforms, playground: settings.PLAYGROUND }, 'backprop-tutor is listening');
  if (settings.PLAYGROUND) process.stdout.write(`\nbackprop-tutor playground: http://${shown}:${port}/\n\n`);
  if (platforms.length === 0) log.info('no Discord or Slack credentials in the environment: playground only');
  warmLessonFigures(log);

  const stop = (signal: string) => {
    log.info({ signal }, 'shutting down');
    server.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  // A bug must never take the whole class's bot down silently: log it with its stack and keep serving.
  process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled rejection'));
}

/**
 * Computes the lessons' heavier figure data (deep nets, pruning) once after start-up, one piece per
 * turn of the event loop, so the first `/explain xavier` is fast and requests arriving meanwhile are not held up.
 */
function warmLessonFigures(log: Deps['log']): void {
  const tasks = lessonDataTasks();
  const started = performance.now();
  const next = () => {
    const task = tasks.shift();
    if (!task) {
      log.info({ ms: Math.round(performance.now() - started) }, 'lesson figures ready');
      return;
    }
    try {
      task();
    } catch (error) {
      log.warn({ err: error }, 'could not precompute a lesson figure; it will be computed on first use');
    }
    setImmediate(next);
  };
  setImmediate(next);
}

start().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  const hint = /EADDRINUSE/.test(message) ? ' (is another copy running? set PORT to a free port)' : '';
  process.stderr.write(`backprop-tutor: could not start: ${message}${hint}\n`);
  process.exitCode = 1;
});
