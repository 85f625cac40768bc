// Settings from the environment (and .env), validated once at start-up with a message a person can act on.
import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { fail, ok, type Result } from './errors.js';

/** An unset variable and an empty one (`DISCORD_TOKEN=` in .env) both mean "not configured". */
const optionalText = z.preprocess((v) => (v === '' ? undefined : v), z.string().optional());
const onOff = z
  .preprocess(
    (v) => (typeof v === 'string' ? v.trim().toLowerCase() : v),
    z.enum(['on', 'off', 'true', 'false', '1', '0']),
  )
  .transform((v) => v === 'on' || v === 'true' || v === '1');

const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** 0.0.0.0 so Discord/Slack HTTP modes work in a container; 127.0.0.1 keeps the playground private. */
  HOST: z.string().min(1).default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** The web playground on PORT (off in a production bot that wants only the platform endpoints). */
  PLAYGROUND: onOff.default(true),
  DEFAULT_LOCALE: z.enum(['en', 'fa']).default('en'),
  /** Worker threads that run commands (0: run them on the main thread). Default: one per core. */
  WORKERS: z.coerce.number().int().min(0).max(32).default(availableParallelism()),
  /** A command may take this long before the user is told it took too long. */
  COMMAND_TIME_LIMIT_MS: z.coerce.number().int().min(1000).max(600_000).default(20_000),
  /** Largest HTTP request body accepted (playground, Discord and Slack payloads are far smaller). */
  HTTP_BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(50 * 1024 * 1024)
    .default(1024 * 1024),
  // Platforms: each starts only when its variables are present (see .env.example).
  DISCORD_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: optionalText,
  DISCORD_PUBLIC_KEY: optionalText,
  DISCORD_GUILD_ID: optionalText,
  DISCORD_SHARDS: optionalText,
  DISCORD_API_URL: optionalText,
  SLACK_BOT_TOKEN: optionalText,
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText,
  SLACK_API_URL: optionalText,
});

export type Config = z.output<typeof environmentSchema>;

/** Names of the variables that hold secrets: never logged. */
export const SECRET_VARIABLES = [
  'DISCORD_TOKEN',
  'DISCORD_PUBLIC_KEY',
  'SLACK_BOT_TOKEN',
  'SLACK_SIGNING_SECRET',
  'SLACK_APP_TOKEN',
];

/** Reads the configuration from an environment; every problem is named with its variable. */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Result<Config, string[]> {
  const parsed = environmentSchema.safeParse(environment);
  if (parsed.success) return ok(parsed.data);
  return fail(
    parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? '?');
      const given = SECRET_VARIABLES.includes(name) ? '(hidden)' : JSON.stringify(environment[name]);
      return `${name}=${given}: ${issue.message}`;
    }),
  );
}
