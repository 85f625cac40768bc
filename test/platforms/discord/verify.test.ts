import { describe, expect, it } from 'vitest';
import { ed25519PublicKey, isValidDiscordSignature } from '../../../src/platforms/discord/verify.js';
import { signedHeaders, testApplicationKey } from './signing.js';

describe('isValidDiscordSignature', () => {
  const key = testApplicationKey();
  const publicKey = ed25519PublicKey(key.publicKeyHex);
  const body = '{"type":1}';
  const headers = signedHeaders(key, body, '1764266400');
  /** Our clock when checking: the moment it was signed (the check refuses anything outside ±5 minutes). */
  const SIGNED_AT_MS = 1764266400_000;

  it('accepts the signature of timestamp + body', () => {
    expect(
      isValidDiscordSignature(
        publicKey,
        headers['x-signature-ed25519'],
        '1764266400',
        Buffer.from(body),
        SIGNED_AT_MS,
      ),
    ).toBe(true);
  });

  it('refuses a changed body, a changed timestamp, another key and junk', () => {
    const signature = headers['x-signature-ed25519'];
    expect(isValidDiscordSignature(publicKey, signature, '1764266400', Buffer.from('{"type":2}'))).toBe(
      false,
    );
    expect(isValidDiscordSignature(publicKey, signature, '1764266401', Buffer.from(body))).toBe(false);
    const other = ed25519PublicKey(testApplicationKey().publicKeyHex);
    expect(isValidDiscordSignature(other, signature, '1764266400', Buffer.from(body))).toBe(false);
    expect(isValidDiscordSignature(publicKey, 'zz', '1764266400', Buffer.from(body))).toBe(false);
    expect(isValidDiscordSignature(publicKey, undefined, '1764266400', Buffer.from(body))).toBe(false);
    expect(isValidDiscordSignature(publicKey, signature, undefined, Buffer.from(body))).toBe(false);
  });

  it('rejects a public key that is not 32 bytes of hex', () => {
    expect(() => ed25519PublicKey('abcd')).toThrow(/64 hexadecimal/);
  });
});
