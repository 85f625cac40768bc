// Slack's environment variables (a fragment of the one schema in src/config.ts) and the config they make:
// Socket Mode when SLACK_APP_TOKEN is set, else HTTP.
import type { Locale } from '../../dispatch/types.js';
import { optionalLocale, optionalMatching, optionalText, type ReportIssue } from '../env.js';
import type { RateLimitRules } from '../rate-limit.js';

export const slackEnv = {
  SLACK_BOT_TOKEN: optionalMatching(
    (v) => v.startsWith('xoxb-'),
    'SLACK_BOT_TOKEN must be the bot token (xoxb-…)',
  ),
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalMatching(
    (v) => v.startsWith('xapp-'),
    'SLACK_APP_TOKEN must be an app-level token (xapp-…) with connections:write',
  ),
  SLACK_API_URL: optionalMatching(
    (v) => /^https?:\/\//.test(v),
    'SLACK_API_URL must start with http:// or https://',
  ),
  /** `backprop=/backprop,help=/backprop-help`: the slash command each of our commands answers to. */
  SLACK_COMMANDS: optionalMatching(
    (v) => v.split(',').every((pair) => /^\s*[\w-]+\s*=\s*\/?[\w-]+\s*$/.test(pair)),
    'SLACK_COMMANDS must be name=/slash pairs separated by commas, e.g. backprop=/bp,help=/backprop-help',
  ),
  SLACK_DEFAULT_LANG: optionalLocale,
  /** The user group (id S…) whose members are TAs for /exercise, besides the workspace admins. */
  SLACK_TA_USERGROUP: optionalMatching(
    (v) => /^S[A-Z0-9]{2,}$/.test(v),
    "SLACK_TA_USERGROUP must be a user group id (S…), as in the group's link",
  ),
};

export interface SlackEnv {
  SLACK_BOT_TOKEN?: string | undefined;
  SLACK_SIGNING_SECRET?: string | undefined;
  SLACK_APP_TOKEN?: string | undefined;
  SLACK_API_URL?: string | undefined;
  SLACK_COMMANDS?: string | undefined;
  SLACK_DEFAULT_LANG?: Locale | undefined;
  SLACK_TA_USERGROUP?: string | undefined;
}

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
  taUsergroup?: string;
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

/** The Slack config, or undefined when SLACK_BOT_TOKEN is unset (Slack stays off). */
export function slackConfig(
  env: SlackEnv,
  shared: { defaultLocale: Locale; rateLimits: RateLimitRules },
  issue: ReportIssue,
): SlackConfig | undefined {
  if (!env.SLACK_BOT_TOKEN) return undefined;
  const socket = env.SLACK_APP_TOKEN !== undefined;
  if (!socket && !env.SLACK_SIGNING_SECRET) {
    issue(
      'SLACK_SIGNING_SECRET',
      'Slack over HTTP needs SLACK_SIGNING_SECRET (or set SLACK_APP_TOKEN for Socket Mode)',
    );
  }
  const config: SlackConfig = {
    mode: socket ? 'socket' : 'http',
    botToken: env.SLACK_BOT_TOKEN,
    defaultLocale: env.SLACK_DEFAULT_LANG ?? shared.defaultLocale,
    rateLimits: shared.rateLimits,
  };
  if (env.SLACK_COMMANDS) config.commandOverrides = env.SLACK_COMMANDS;
  if (env.SLACK_TA_USERGROUP) config.taUsergroup = env.SLACK_TA_USERGROUP;
  if (env.SLACK_SIGNING_SECRET) config.signingSecret = env.SLACK_SIGNING_SECRET;
  if (env.SLACK_APP_TOKEN) config.appToken = env.SLACK_APP_TOKEN;
  if (env.SLACK_API_URL)
    config.apiUrl = env.SLACK_API_URL.endsWith('/') ? env.SLACK_API_URL : `${env.SLACK_API_URL}/`;
  return config;
}
