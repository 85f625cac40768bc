// The REST client every Discord path uses: our upload-safe request strategy, and DISCORD_API_URL when set.
// @discordjs/rest and discord-api-types, not discord.js: the HTTP mode needs no more (0.3 s of CPU and ~25 MiB less).
import { REST } from '@discordjs/rest';
import { makeRequest } from './rest-request.js';

/** A failing request is retried at most twice and waits at most 10 s: a Discord outage cannot hold a reply long. */
export const DISCORD_DELIVERY_LIMITS = { retries: 2, timeout: 10_000 };

export function createRest(token: string, apiUrl?: string): REST {
  return new REST({ makeRequest, ...DISCORD_DELIVERY_LIMITS, ...(apiUrl ? { api: apiUrl } : {}) }).setToken(
    token,
  );
}

/** The `rest` client option of discord.js's Client (the gateway mode's REST goes the same way). */
export function restOptions(apiUrl?: string): {
  makeRequest: typeof makeRequest;
  api?: string;
  retries: number;
  timeout: number;
} {
  return { makeRequest, ...DISCORD_DELIVERY_LIMITS, ...(apiUrl ? { api: apiUrl } : {}) };
}
