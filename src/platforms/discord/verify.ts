// Discord signs every HTTP interaction with Ed25519 over timestamp + raw body; anything else is refused.
import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { isFreshTimestamp } from '../signature-window.js';

/** DER prefix of an Ed25519 SubjectPublicKeyInfo; Discord hands out the bare 32-byte key in hex. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export function ed25519PublicKey(hex: string): KeyObject {
  const raw = Buffer.from(hex, 'hex');
  if (raw.length !== 32) throw new Error('DISCORD_PUBLIC_KEY must be 64 hexadecimal characters');
  return createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, raw]), format: 'der', type: 'spki' });
}

/** True when `signatureHex` is the application's signature of `timestamp + body`, signed within ±5 minutes. */
export function isValidDiscordSignature(
  key: KeyObject,
  signatureHex: string | undefined,
  timestamp: string | undefined,
  body: Buffer,
  nowMs = Date.now(),
): boolean {
  if (!signatureHex || !timestamp || !/^[0-9a-f]{128}$/i.test(signatureHex)) return false;
  if (!isFreshTimestamp(timestamp, nowMs)) return false;
  try {
    return verify(
      null,
      Buffer.concat([Buffer.from(timestamp, 'utf8'), body]),
      key,
      Buffer.from(signatureHex, 'hex'),
    );
  } catch {
    return false;
  }
}
