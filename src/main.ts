// `npm start`: configuration (environment and .env), then the server with the playground and every chat
// platform whose credentials are present.
import { config as loadDotenv } from 'dotenv';
import { configOrExit } from './config.js';
import { startServer } from './server.js';

async function start(): Promise<void> {
  loadDotenv({ quiet: true });
  const config = configOrExit();
  const running = await startServer(config);
  const log = running.deps.log;
  const shown = config.HOST === '0.0.0.0' ? 'localhost' : config.HOST;
  log.info(
    {
      port: running.port,
      platforms: running.platforms,
      playground: config.PLAYGROUND,
      workers: running.workers,
    },
    'backprop-tutor is listening',
  );
  if (config.PLAYGROUND)
    process.stdout.write(`\nbackprop-tutor playground: http://${shown}:${running.port}/\n\n`);
  if (running.platforms.length === 0)
    log.info('no Discord or Slack credentials in the environment: playground only');

  const stop = (signal: string) => {
    log.info({ signal }, 'shutting down');
    running.stop().finally(() => process.exit(0));
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
