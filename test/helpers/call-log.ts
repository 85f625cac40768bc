// The calls a stand-in server received, and a way to wait until enough of them have arrived.
import type { IncomingMessage } from 'node:http';

export interface CallLog<C> {
  calls: C[];
  record(call: C): void;
  /** Resolves with the matching calls once `count` have arrived; rejects after `timeoutMs`, listing what did. */
  waitFor(match: (call: C) => boolean, count?: number, timeoutMs?: number): Promise<C[]>;
}

export function createCallLog<C>(label: string, describe: (call: C) => string): CallLog<C> {
  const calls: C[] = [];
  const waiters: { match: (c: C) => boolean; count: number; resolve: (c: C[]) => void }[] = [];
  return {
    calls,
    record(call) {
      calls.push(call);
      for (const waiter of [...waiters]) {
        const matching = calls.filter(waiter.match);
        if (matching.length >= waiter.count) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(matching);
        }
      }
    },
    waitFor(match, count = 1, timeoutMs = 20_000) {
      const already = calls.filter(match);
      if (already.length >= count) return Promise.resolve(already);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () =>
            reject(
              new Error(`${label}: ${count} matching calls not seen; got ${calls.map(describe).join(', ')}`),
            ),
          timeoutMs,
        );
        waiters.push({
          match,
          count,
          resolve: (c) => {
            clearTimeout(timer);
            resolve(c);
          },
        });
      });
    },
  };
}

export async function readAll(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
