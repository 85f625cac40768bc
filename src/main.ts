// `npm start`: configuration (environment and .env), then the server with the playground and every chat
// platform whose credentials are present; SIGTERM/SIGINT stop it cleanly (a second signal at once).
import { config as loadDotenv } from 'dotenv';
import { configOrExit } from './config.js';
import { startServer } from './server.js';

async function start(): Promise<void> {
  loadDotenv({ quiet: true });
  const config = configOrExit();
  // This process runs the commands that use the database, so it opens it (and migrates it) before listening.
  const running = await startServer(config, { store: 'open' });
  const log = running.deps.log;
  const shown = config.HOST === '0.0.0.0' ? 'localhost' : config.HOST;

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) {
      log.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    stopping = true;
    log.info(
      { signal, graceMs: config.SHUTDOWN_GRACE_MS },
      'shutting down: delivering the commands in flight',
    );
    // The last word: whatever hangs, the process is gone after the grace period.
    setTimeout(() => process.exit(1), config.SHUTDOWN_GRACE_MS + 2000).unref();
    running.stop().then(
      ({ drained }) => {
        log.info({ drained }, 'stopped');
        process.exit(drained ? 0 : 1);
      },
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  // A bug must never take the whole class's bot down silently: log it with its stack and keep serving.
  process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled rejection'));

  log.info(
    { port: running.port, playground: config.PLAYGROUND },
    'backprop-tutor is listening (not ready yet)',
  );
  await running.ready;
  log.info(
    {
      port: running.port,
      platforms: running.platforms,
      playground: config.PLAYGROUND,
      workers: running.workers,
    },
    'backprop-tutor is ready',
  );
  if (config.PLAYGROUND)
    process.stdout.write(`\nbackprop-tutor playground: http://${shown}:${running.port}/\n\n`);
  if (running.platforms.length === 0)
    log.info('no Discord or Slack credentials in the environment: playground only');
}

start().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  const hint = /EADDRINUSE/.test(message) ? ' (is another copy running? set PORT to a free port)' : '';
  process.stderr.write(`backprop-tutor: could not start: ${message}${hint}\n`);
  process.exitCode = 1;
});
