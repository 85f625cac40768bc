// The worker pool: replies come back from the threads, an overrunning command is stopped, a dead worker is replaced.
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatchPool, type DispatchPool } from '../../src/dispatch/worker-pool.js';
import { chatRequest, recordingLogger } from './fakes.js';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const standIn = new URL('../fixtures/workers/stand-in-worker.mjs', import.meta.url);
const realWorker = new URL('../../src/dispatch-worker-entry.mjs', import.meta.url);

const log = recordingLogger();
const logged = log.entries;
const request = chatRequest;

let pool: DispatchPool | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
  logged.length = 0;
});

describe('createDispatchPool', () => {
  it('answers every request from the workers, however many arrive at once', async () => {
    pool = createDispatchPool({ workerUrl: standIn, workers: 2, timeLimitMs: 5000, log });
    const replies = await Promise.all(
      Array.from({ length: 20 }, (_, n) => pool!.dispatch(request('echo', { n }))),
    );
    expect(replies.map((r) => r.text)).toEqual(Array.from({ length: 20 }, (_, n) => `echo echo ${n}`));
  });

  it('starts each worker with the heap limits it is given (a small young generation keeps them small)', async () => {
    pool = createDispatchPool({
      workerUrl: standIn,
      workers: 1,
      timeLimitMs: 5000,
      log,
      resourceLimits: { maxYoungGenerationSizeMb: 8 },
    });
    const limits = JSON.parse((await pool.dispatch(request('limits'))).text) as Record<string, number>;
    expect(limits.maxYoungGenerationSizeMb).toBe(8);
  });

  it('stops a command that overruns its time limit, tells the user, and keeps serving', async () => {
    pool = createDispatchPool({ workerUrl: standIn, workers: 1, timeLimitMs: 300, log });
    const spun = await pool.dispatch(request('spin', {}, 'fa'));
    expect(spun.kind).toBe('user-error');
    expect(spun.text).toMatch(/[\u0600-\u06FF]/); // in the user's language
    expect(logged.some((l) => l.level === 'warn' && l.msg === 'command exceeded its time limit')).toBe(true);
    expect((await pool.dispatch(request('after'))).text).toBe('echo after');
    expect(pool.size).toBe(1);
  });

  it('answers politely with a reference when a worker dies, and replaces it', async () => {
    pool = createDispatchPool({ workerUrl: standIn, workers: 1, timeLimitMs: 5000, log });
    const crashed = await pool.dispatch(request('crash'));
    const reference = /reference `?([0-9a-f]{6})/.exec(crashed.text)?.[1];
    expect(reference).toBeDefined();
    expect(
      logged.some((l) => l.level === 'error' && (l.obj as { reference?: string }).reference === reference),
    ).toBe(true);
    expect((await pool.dispatch(request('after'))).text).toBe('echo after');
    expect(pool.size).toBe(1);
  });

  it('answers in the language the command asked for (lang:en beats a Persian locale), with the reference field', async () => {
    pool = createDispatchPool({ workerUrl: standIn, workers: 1, timeLimitMs: 300, log });
    const spun = await pool.dispatch(request('spin', { lang: 'en' }, 'fa'));
    expect(spun.text).not.toMatch(/[\u0600-\u06FF]/);
    const crashed = await pool.dispatch(request('crash', {}, 'fa'));
    expect(crashed.reference).toMatch(/^[0-9a-f]{6}$/);
    expect(crashed.text).toContain(crashed.reference!);
  });

  it('runs the real commands on the real worker: the same reply, PNG bytes intact, their size counted', async () => {
    const imageBytes: number[] = [];
    pool = createDispatchPool({
      workerUrl: realWorker,
      workers: 1,
      timeLimitMs: 20_000,
      log,
      workerData: { logLevel: 'silent' },
      onImageBytes: (bytes) => imageBytes.push(bytes),
    });
    const reply = await pool.dispatch(request('backprop', { preset: 'mazur' }));
    expect(reply.kind ?? 'ok').toBe('ok');
    expect(reply.text).toContain('E = 0.2984');
    expect(reply.images).toHaveLength(1);
    expect([...reply.images![0]!.png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    // the memory releaser (src/dispatch/release-memory.ts) hears of every image byte that reached this thread
    expect(imageBytes).toEqual([reply.images![0]!.png.byteLength]);
  });
});
