// Discord settings from the environment (zod): which mode runs is decided by which variables are set.
import { z } from 'zod';
import type { Locale } from '../../dispatch/types.js';
import { rateLimitRulesFromEnv, type RateLimitRules } from '../rate-limit.js';

const optional = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const envSchema = z.object({
  DISCORD_TOKEN: optional,
  DISCORD_PUBLIC_KEY: optional.refine((v) => v === undefined || /^[0-9a-f]{64}$/i.test(v), {
    message: 'DISCORD_PUBLIC_KEY must be the 64 hex characters shown on the app page',
  }),
  DISCORD_APPLICATION_ID: optional.refine((v) => v === undefined || /^\d{5,25}$/.test(v), {
    message: 'DISCORD_APPLICATION_ID must be the numeric application id',
  }),
  DISCORD_API_URL: optional.refine((v) => v === undefined || /^https?:\/\//.test(v), {
    message: 'DISCORD_API_URL must start with http:// or https://',
  }),
  DISCORD_GUILD_ID: optional,
  DISCORD_SHARDS: optional.refine((v) => v === undefined || v === 'auto' || /^[1-9]\d{0,3}$/.test(v), {
    message: 'DISCORD_SHARDS must be auto or a positive number',
  }),
  DISCORD_DEFAULT_LANG: z.enum(['en', 'fa']).optional(),
  DEFAULT_LOCALE: z.enum(['en', 'fa']).optional(),
  /** `guildId:fa,otherGuildId:en` — per-server default language (Discord has no Persian locale). */
  DISCORD_GUILD_LANGS: optional,
});

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
}

function parseGuildLocales(text: string | undefined): Record<string, Locale> {
  const result: Record<string, Locale> = {};
  for (const pair of (text ?? '').split(',')) {
    const [guild, lang] = pair.split(':').map((s) => s.trim());
    if (guild && (lang === 'en' || lang === 'fa')) result[guild] = lang;
  }
  return result;
}

/** The Discord config, or undefined when no DISCORD_TOKEN is set (Discord stays off). Throws on a bad value. */
export function discordConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DiscordConfig | undefined {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    throw new Error(
      result.error.issues.map((issue) => `${String(issue.path[0])}: ${issue.message}`).join('; '),
    );
  }
  const parsed = result.data;
  if (!parsed.DISCORD_TOKEN) return undefined;
  const http = parsed.DISCORD_PUBLIC_KEY !== undefined;
  if (http && !parsed.DISCORD_APPLICATION_ID) {
    throw new Error('DISCORD_PUBLIC_KEY is set (HTTP interactions), so DISCORD_APPLICATION_ID is needed too');
  }
  const config: DiscordConfig = {
    mode: http ? 'http' : 'gateway',
    token: parsed.DISCORD_TOKEN,
    defaultLocale: parsed.DISCORD_DEFAULT_LANG ?? parsed.DEFAULT_LOCALE ?? 'en',
    guildLocales: parseGuildLocales(parsed.DISCORD_GUILD_LANGS),
    rateLimits: rateLimitRulesFromEnv(env),
  };
  if (parsed.DISCORD_PUBLIC_KEY) config.publicKey = parsed.DISCORD_PUBLIC_KEY;
  if (parsed.DISCORD_APPLICATION_ID) config.applicationId = parsed.DISCORD_APPLICATION_ID;
  if (parsed.DISCORD_API_URL) config.apiUrl = parsed.DISCORD_API_URL.replace(/\/+$/, '');
  if (parsed.DISCORD_GUILD_ID) config.guildId = parsed.DISCORD_GUILD_ID;
  if (parsed.DISCORD_SHARDS)
    config.shards = parsed.DISCORD_SHARDS === 'auto' ? 'auto' : Number(parsed.DISCORD_SHARDS);
  return config;
}
