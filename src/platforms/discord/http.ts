// POST /discord/interactions: verify the Ed25519 signature, answer at once, then run the follow-up work.
import type { KeyObject } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { handleInteraction, type DiscordRuntime } from './interactions.js';
import type { DiscordInteraction } from './payload.js';
import type { FollowUpRunner } from './runtime.js';
import { isValidDiscordSignature } from './verify.js';
import { isJsonObject } from '../signature-window.js';

/** Interactions are small JSON documents; anything larger is refused before it is buffered. */
const MAX_BODY_BYTES = 1024 * 1024;

export function readBody(request: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        resolve(undefined);
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function json(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}

/** The route handler for the shared HTTP server; `followUps` schedules the work after the response. */
export function discordInteractionsHandler(
  publicKey: KeyObject,
  runtime: DiscordRuntime,
  followUps: FollowUpRunner,
) {
  return async (request: IncomingMessage, response: ServerResponse, rawBody?: Buffer): Promise<void> => {
    followUps.arrived();
    let body: Buffer | undefined = rawBody;
    try {
      // The shared server hands over the exact bytes; read them ourselves when mounted elsewhere.
      body ??= await readBody(request);
    } catch {
      return json(response, 400, { error: 'unreadable body' });
    }
    if (!body) return json(response, 413, { error: 'body too large' });
    const signature = request.headers['x-signature-ed25519'];
    const timestamp = request.headers['x-signature-timestamp'];
    if (!isValidDiscordSignature(publicKey, String(signature ?? ''), String(timestamp ?? ''), body)) {
      return json(response, 401, { error: 'invalid request signature' });
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      return json(response, 400, { error: 'invalid JSON' });
    }
    if (!isJsonObject(parsed)) return json(response, 400, { error: 'an interaction is a JSON object' });
    const interaction = parsed as unknown as DiscordInteraction;
    const handled = await handleInteraction(interaction, runtime);
    json(response, 200, handled.response);
    // The follow-up edits the deferred response through REST once the answer is computed.
    followUps.run(handled);
  };
}
