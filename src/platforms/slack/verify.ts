// Slack signs `v0:<timestamp>:<body>` with the signing secret (HMAC-SHA256); checked here before Bolt sees it,
// with the ±5-minute window both ways (Bolt's own check refuses only old timestamps).
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { isFreshTimestamp, isJsonObject } from '../signature-window.js';

export function isValidSlackSignature(
  signingSecret: string,
  headers: IncomingHttpHeaders,
  body: Buffer,
  nowMs = Date.now(),
): boolean {
  const timestamp = headers['x-slack-request-timestamp'];
  const signature = headers['x-slack-signature'];
  if (typeof timestamp !== 'string' || typeof signature !== 'string') return false;
  if (!isFreshTimestamp(timestamp, nowMs)) return false;
  const expected = Buffer.from(
    `v0=${createHmac('sha256', signingSecret).update(`v0:${timestamp}:`).update(body).digest('hex')}`,
  );
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Whether a signed body has the shape Slack sends: a JSON object, or a form whose `payload` is one. */
export function isSlackShapedBody(contentType: string | undefined, body: Buffer): boolean {
  try {
    if ((contentType ?? '').includes('application/json'))
      return isJsonObject(JSON.parse(body.toString('utf8')));
    const payload = new URLSearchParams(body.toString('utf8')).get('payload');
    return payload === null || isJsonObject(JSON.parse(payload));
  } catch {
    return false;
  }
}
