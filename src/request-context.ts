// The request id of the command being handled, carried through every await (AsyncLocalStorage), so every log
// line of a command carries it without passing it around: the logger reads it (src/logger.ts).
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';

const storage = new AsyncLocalStorage<{ requestId: string }>();

export function newRequestId(): string {
  return randomBytes(6).toString('hex');
}

/** Runs `work` as part of the request `requestId` (a new one when not given). */
export function withRequestId<T>(work: () => T, requestId: string = newRequestId()): T {
  return storage.run({ requestId }, work);
}

/** The id of the request being handled here, if any. */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}
