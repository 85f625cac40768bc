// Discord's environment variables (a fragment of the one schema in src/config.ts) and the config they make:
// which mode runs is decided by which variables are set.
import type { Locale } from '../../dispatch/types.js';
import { optionalLocale, optionalMatching, optionalText, type ReportIssue } from '../env.js';
import type { RateLimitRules } from '../rate-limit.js';

export const discordEnv = {
  DISCORD_TOKEN: optionalText,
  DISCORD_PUBLIC_KEY: optionalMatching(
    (v) => /^[0-9a-f]{64}$/i.test(v),
    'DISCORD_PUBLIC_KEY must be the 64 hex characters shown on the app page',
  ),
  DISCORD_APPLICATION_ID: optionalMatching(
    (v) => /^\d{5,25}$/.test(v),
    'DISCORD_APPLICATION_ID must be the numeric application id',
  ),
  DISCORD_API_URL: optionalMatching(
    (v) => /^https?:\/\//.test(v),
    'DISCORD_API_URL must start with http:// or https://',
  ),
  DISCORD_GUILD_ID: optionalText,
  DISCORD_SHARDS: optionalMatching(
    (v) => v === 'auto' || /^[1-9]\d{0,3}$/.test(v),
    'DISCORD_SHARDS must be auto or a positive number',
  ),
  DISCORD_DEFAULT_LANG: optionalLocale,
  /** `guildId:fa,otherGuildId:en` — per-server default language (Discord has no Persian locale). */
  DISCORD_GUILD_LANGS: optionalMatching(
    (v) => v.split(',').every((pair) => /^\s*\d+\s*:\s*(en|fa)\s*$/.test(pair)),
    'DISCORD_GUILD_LANGS must be guildId:en or guildId:fa pairs separated by commas',
  ),
  /** Role ids whose members are TAs for /exercise (besides members with Manage Messages). */
  DISCORD_TA_ROLES: optionalMatching(
    (v) => v.split(',').every((id) => /^\s*\d{5,25}\s*$/.test(id)),
    'DISCORD_TA_ROLES must be role ids separated by commas',
  ),
};

export interface DiscordEnv {
  DISCORD_TOKEN?: string | undefined;
  DISCORD_PUBLIC_KEY?: string | undefined;
  DISCORD_APPLICATION_ID?: string | undefined;
  DISCORD_API_URL?: string | undefined;
  DISCORD_GUILD_ID?: string | undefined;
  DISCORD_SHARDS?: string | undefined;
  DISCORD_DEFAULT_LANG?: Locale | undefined;
  DISCORD_GUILD_LANGS?: string | undefined;
  DISCORD_TA_ROLES?: string | undefined;
}

export interface DiscordConfig {
  mode: 'gateway' | 'http';
  token: string;
  publicKey?: string;
  applicationId?: string;
  /** REST base URL without the version, e.g. https://discord.com/api. */
  apiUrl?: string;
  guildId?: string;
  shards?: 'auto' | number;
  defaultLocale: Locale;
  guildLocales: Record<string, Locale>;
  rateLimits: RateLimitRules;
  taRoleIds: string[];
}

function parseGuildLocales(text: string | undefined): Record<string, Locale> {
  const result: Record<string, Locale> = {};
  for (const pair of (text ?? '').split(',')) {
    const [guild, lang] = pair.split(':').map((s) => s.trim());
    if (guild && (lang === 'en' || lang === 'fa')) result[guild] = lang;
  }
  return result;
}

/** The Discord config, or undefined when DISCORD_TOKEN is unset (Discord stays off). */
export function discordConfig(
  env: DiscordEnv,
  shared: { defaultLocale: Locale; rateLimits: RateLimitRules },
  issue: ReportIssue,
): DiscordConfig | undefined {
  if (!env.DISCORD_TOKEN) return undefined;
  const http = env.DISCORD_PUBLIC_KEY !== undefined;
  if (http && !env.DISCORD_APPLICATION_ID) {
    issue(
      'DISCORD_APPLICATION_ID',
      'DISCORD_PUBLIC_KEY is set (HTTP interactions), so DISCORD_APPLICATION_ID is needed too',
    );
  }
  if (http && env.DISCORD_SHARDS) {
    issue('DISCORD_SHARDS', 'shards are for the gateway; HTTP interactions (DISCORD_PUBLIC_KEY) need none');
  }
  const config: DiscordConfig = {
    mode: http ? 'http' : 'gateway',
    token: env.DISCORD_TOKEN,
    defaultLocale: env.DISCORD_DEFAULT_LANG ?? shared.defaultLocale,
    guildLocales: parseGuildLocales(env.DISCORD_GUILD_LANGS),
    rateLimits: shared.rateLimits,
    taRoleIds: (env.DISCORD_TA_ROLES ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean),
  };
  if (env.DISCORD_PUBLIC_KEY) config.publicKey = env.DISCORD_PUBLIC_KEY;
  if (env.DISCORD_APPLICATION_ID) config.applicationId = env.DISCORD_APPLICATION_ID;
  if (env.DISCORD_API_URL) config.apiUrl = env.DISCORD_API_URL.replace(/(?<!\/)\/+$/, '');
  if (env.DISCORD_GUILD_ID) config.guildId = env.DISCORD_GUILD_ID;
  if (env.DISCORD_SHARDS) config.shards = env.DISCORD_SHARDS === 'auto' ? 'auto' : Number(env.DISCORD_SHARDS);
  return config;
}
