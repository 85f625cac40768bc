// A throwaway Ed25519 application key, and requests signed the way Discord signs them.
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';

export interface TestApplicationKey {
  publicKeyHex: string;
  privateKey: KeyObject;
}

export function testApplicationKey(): TestApplicationKey {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  // The last 32 bytes of the SPKI DER are the raw key Discord shows on the app page.
  const publicKeyHex = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
  return { publicKeyHex, privateKey };
}

export function signedHeaders(
  key: TestApplicationKey,
  body: string,
  timestamp = String(Math.floor(Date.now() / 1000)),
) {
  const signature = sign(null, Buffer.from(timestamp + body), key.privateKey).toString('hex');
  return {
    'content-type': 'application/json',
    'x-signature-ed25519': signature,
    'x-signature-timestamp': timestamp,
  };
}
