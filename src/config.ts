// The one configuration: every environment variable (and .env) in one zod schema, read once at start-up by
// the server, the workers, the shards and the CLI, with a message a person can act on for each bad one.
import { availableParallelism } from 'node:os';
import { z } from 'zod';
import type { Locale } from './dispatch/types.js';
import { fail, ok, type Result } from './errors.js';
import { optionalText } from './platforms/env.js';
import { platforms } from './platforms/index.js';
import type { PlatformDefinition } from './platforms/platform.js';
import { rateLimitEnvSchema, type RateLimitRules } from './platforms/rate-limit.js';

const onOff = z
  .preprocess(
    (v) => (typeof v === 'string' ? v.trim().toLowerCase() : v),
    z.enum(['on', 'off', 'true', 'false', '1', '0']),
  )
  .transform((v) => v === 'on' || v === 'true' || v === '1');

/** Unset or empty: not given. */
const unsetIfEmpty = (v: unknown) => (v === '' ? undefined : v);

const runtimeEnv = {
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** 0.0.0.0 so Discord/Slack HTTP modes work in a container; 127.0.0.1 keeps the playground private. */
  HOST: z.string().min(1).default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** The web playground on PORT: on by default only when no platform is configured (it is unauthenticated). */
  PLAYGROUND: z.preprocess(unsetIfEmpty, onOff.optional()),
  DEFAULT_LOCALE: z.enum(['en', 'fa']).default('en'),
  /** Worker threads that run commands (0: run them on the main thread). Default: one per core. */
  WORKERS: z.coerce.number().int().min(0).max(32).default(availableParallelism()),
  /** A command may take this long before the user is told it took too long. */
  COMMAND_TIME_LIMIT_MS: z.coerce.number().int().min(1000).max(600_000).default(20_000),
  /** After SIGTERM, commands in flight have this long to be delivered before the process exits anyway. */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(25_000),
  /** Largest HTTP request body accepted (playground, Discord and Slack payloads are far smaller). */
  HTTP_BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(50 * 1024 * 1024)
    .default(1024 * 1024),
  /** PostgreSQL for the exercises' store (several instances); unset: the embedded database. */
  DATABASE_URL: optionalText,
  /** The embedded database's directory (PGlite), when DATABASE_URL is unset. */
  DATA_DIR: z.string().min(1).default('./data'),
};

/** Every variable the bot reads, by name: the runtime's, the rate limits', and each platform's. */
export const environmentShape: Record<string, z.ZodType> = {
  ...runtimeEnv,
  ...rateLimitEnvSchema.shape,
  ...Object.assign({}, ...platforms.map((platform) => platform.env)),
};

/** The whole schema (for documentation and tests); `loadConfig` checks it variable by variable. */
export const environmentSchema = z.object(environmentShape);

type RuntimeSettings = { [K in keyof typeof runtimeEnv]: z.output<(typeof runtimeEnv)[K]> };

export interface Config extends Omit<RuntimeSettings, 'PLAYGROUND'> {
  /** Whether the playground is served (PLAYGROUND, else on only without platform credentials). */
  PLAYGROUND: boolean;
  DEFAULT_LOCALE: Locale;
  rateLimits: RateLimitRules;
  /** The configured platforms and their configs, in the order of src/platforms/index.ts. */
  platforms: { definition: PlatformDefinition; config: unknown }[];
  /** Every parsed variable by name (platform ones included). */
  env: Record<string, unknown>;
}

/** Names of the variables that hold secrets: never logged. */
export const SECRET_VARIABLES = [
  'DISCORD_TOKEN',
  'DISCORD_PUBLIC_KEY',
  'SLACK_BOT_TOKEN',
  'SLACK_SIGNING_SECRET',
  'SLACK_APP_TOKEN',
  'DATABASE_URL',
];

/** Reads the configuration from an environment; every bad variable is named, with what would be right. */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Result<Config, string[]> {
  const problems: string[] = [];
  const shown = (name: string) =>
    SECRET_VARIABLES.includes(name) ? '(hidden)' : JSON.stringify(environment[name]);
  const report = (name: string, message: string) => problems.push(`${name}=${shown(name)}: ${message}`);
  // Variable by variable, so one bad value does not hide the others (nor the platform checks below).
  const env: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(environmentShape)) {
    const parsed = schema.safeParse(environment[name]);
    if (parsed.success) env[name] = parsed.data;
    else for (const issue of parsed.error.issues) report(name, issue.message);
  }
  const rateLimits: RateLimitRules = {
    user: {
      burst: Number(env.RATE_LIMIT_USER_BURST ?? 0),
      perMinute: Number(env.RATE_LIMIT_USER_PER_MINUTE ?? 0),
    },
    channel: {
      burst: Number(env.RATE_LIMIT_CHANNEL_BURST ?? 0),
      perMinute: Number(env.RATE_LIMIT_CHANNEL_PER_MINUTE ?? 0),
    },
  };
  const shared = { defaultLocale: (env.DEFAULT_LOCALE ?? 'en') as Locale, rateLimits };
  const configured: Config['platforms'] = [];
  for (const definition of platforms) {
    const config = definition.configure(env, shared, report);
    if (config !== undefined) configured.push({ definition, config });
  }
  if (problems.length > 0) return fail(problems);
  const settings = env as RuntimeSettings;
  return ok({
    ...settings,
    PLAYGROUND: settings.PLAYGROUND ?? configured.length === 0,
    DEFAULT_LOCALE: shared.defaultLocale,
    rateLimits,
    platforms: configured,
    env,
  });
}

/** The configuration, or an Error listing every bad variable (for scripts and tests). */
export function configFromEnv(environment: NodeJS.ProcessEnv = process.env): Config {
  const config = loadConfig(environment);
  if (!config.ok) throw new Error(config.error.join('; '));
  return config.value;
}

/** One platform's config when it is configured (e.g. `platformConfig(config, discordPlatform)`). */
export function platformConfig<C>(config: Config, definition: PlatformDefinition<C>): C | undefined {
  return config.platforms.find((p) => p.definition.name === definition.name)?.config as C | undefined;
}

/** Loads the configuration or, when a variable is bad, says which (all of them) and exits with code 2. */
export function configOrExit(
  environment: NodeJS.ProcessEnv = process.env,
  program = 'backprop-tutor',
): Config {
  const config = loadConfig(environment);
  if (config.ok) return config.value;
  process.stderr.write(
    `${program}: the environment (or .env) has bad settings:\n  ${config.error.join('\n  ')}\nSee .env.example.\n`,
  );
  process.exit(2);
}
