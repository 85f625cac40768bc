// Slack settings from the environment (zod): Socket Mode when SLACK_APP_TOKEN is set, else HTTP.
import { z } from 'zod';
import type { Locale } from '../../dispatch/types.js';
import { rateLimitRulesFromEnv, type RateLimitRules } from '../rate-limit.js';

const optional = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const envSchema = z.object({
  SLACK_BOT_TOKEN: optional.refine((v) => v === undefined || v.startsWith('xoxb-'), {
    message: 'SLACK_BOT_TOKEN must be the bot token (xoxb-…)',
  }),
  SLACK_SIGNING_SECRET: optional,
  SLACK_APP_TOKEN: optional.refine((v) => v === undefined || v.startsWith('xapp-'), {
    message: 'SLACK_APP_TOKEN must be an app-level token (xapp-…) with connections:write',
  }),
  SLACK_API_URL: optional.refine((v) => v === undefined || /^https?:\/\//.test(v), {
    message: 'SLACK_API_URL must start with http:// or https://',
  }),
  /** `backprop=/backprop,help=/backprop-help`: the slash command each of our commands answers to. */
  SLACK_COMMANDS: optional,
  SLACK_DEFAULT_LANG: z.enum(['en', 'fa']).optional(),
  DEFAULT_LOCALE: z.enum(['en', 'fa']).optional(),
});

export interface SlackConfig {
  mode: 'socket' | 'http';
  botToken: string;
  signingSecret?: string;
  appToken?: string;
  /** Web API base URL ending in a slash, e.g. https://slack.com/api/. */
  apiUrl?: string;
  /** SLACK_COMMANDS as given (`backprop=/bp,…`); see `slashNames`. */
  commandOverrides?: string;
  defaultLocale: Locale;
  rateLimits: RateLimitRules;
}

/** Slack reserves /help, so ours answers to /backprop-help unless renamed. */
const DEFAULT_SLASH_NAMES: Record<string, string> = { help: '/backprop-help' };

export function slashNames(
  commandNames: readonly string[],
  override: string | undefined,
): Record<string, string> {
  const names: Record<string, string> = {};
  for (const name of commandNames) names[name] = DEFAULT_SLASH_NAMES[name] ?? `/${name}`;
  for (const pair of (override ?? '').split(',')) {
    const [name, slash] = pair.split('=').map((s) => s.trim());
    if (name && slash && name in names) names[name] = slash.startsWith('/') ? slash : `/${slash}`;
  }
  return names;
}

/** The Slack config, or undefined when SLACK_BOT_TOKEN is unset (Slack stays off). Throws on a bad value. */
export function slackConfigFromEnv(env: NodeJS.ProcessEnv = process.env): SlackConfig | undefined {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    throw new Error(
      result.error.issues.map((issue) => `${String(issue.path[0])}: ${issue.message}`).join('; '),
    );
  }
  const parsed = result.data;
  if (!parsed.SLACK_BOT_TOKEN) return undefined;
  const socket = parsed.SLACK_APP_TOKEN !== undefined;
  if (!socket && !parsed.SLACK_SIGNING_SECRET) {
    throw new Error('Slack over HTTP needs SLACK_SIGNING_SECRET (or set SLACK_APP_TOKEN for Socket Mode)');
  }
  const config: SlackConfig = {
    mode: socket ? 'socket' : 'http',
    botToken: parsed.SLACK_BOT_TOKEN,
    defaultLocale: parsed.SLACK_DEFAULT_LANG ?? parsed.DEFAULT_LOCALE ?? 'en',
    rateLimits: rateLimitRulesFromEnv(env),
  };
  if (parsed.SLACK_COMMANDS) config.commandOverrides = parsed.SLACK_COMMANDS;
  if (parsed.SLACK_SIGNING_SECRET) config.signingSecret = parsed.SLACK_SIGNING_SECRET;
  if (parsed.SLACK_APP_TOKEN) config.appToken = parsed.SLACK_APP_TOKEN;
  if (parsed.SLACK_API_URL)
    config.apiUrl = parsed.SLACK_API_URL.endsWith('/') ? parsed.SLACK_API_URL : `${parsed.SLACK_API_URL}/`;
  return config;
}
