// The REST client every Discord path uses: our upload-safe request strategy, and DISCORD_API_URL when set.
import { REST } from 'discord.js';
import { makeRequest } from './rest-request.js';

export function createRest(token: string, apiUrl?: string): REST {
  return new REST({ makeRequest, ...(apiUrl ? { api: apiUrl } : {}) }).setToken(token);
}

/** The `rest` client option of discord.js's Client (the gateway mode's REST goes the same way). */
export function restOptions(apiUrl?: string): { makeRequest: typeof makeRequest; api?: string } {
  return { makeRequest, ...(apiUrl ? { api: apiUrl } : {}) };
}
