// Issue #17 items 1 and 5 on the real pool with stand-in workers: a playground flood does not delay a
// platform command, abandoned commands are dropped unrun, a worker that cannot start is retried with backoff.
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatchPool, type DispatchPool } from '../../src/dispatch/worker-pool.js';
import { chatRequest, recordingLogger } from './fakes.js';

const standIn = new URL('../fixtures/workers/stand-in-worker.mjs', import.meta.url);
const failing = new URL('../fixtures/workers/failing-worker.mjs', import.meta.url);

let pool: DispatchPool | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

const sleep = (ms: number, user = 'flooder') => ({ ...chatRequest('sleep', { ms }), user: { id: user } });

describe('the worker pool under a flood', () => {
  it('answers a platform command after at most one playground command per worker, however many wait', async () => {
    pool = createDispatchPool({
      workerUrl: standIn,
      workers: 2,
      timeLimitMs: 10_000,
      log: recordingLogger(),
    });
    const finished: string[] = [];
    const flood = Array.from({ length: 8 }, (_, n) =>
      pool!
        .dispatch(sleep(150, `p${n}`), { source: 'playground' })
        .then(() => void finished.push('playground')),
    );
    const platform = pool.dispatch(chatRequest('echo', { n: 1 }), { source: 'slack' }).then((reply) => {
      finished.push('slack');
      return reply;
    });
    expect((await platform).text).toBe('echo echo 1');
    // The Slack command ran on the worker the playground may not take: nothing of the flood finished first.
    expect(finished.indexOf('slack')).toBeLessThanOrEqual(1);
    await Promise.all(flood);
    expect(finished).toHaveLength(9);
  });

  it('drops waiting commands whose client went away, and never runs them', async () => {
    pool = createDispatchPool({
      workerUrl: standIn,
      workers: 1,
      timeLimitMs: 10_000,
      log: recordingLogger(),
      maxWaitingPlayground: 20,
    });
    await pool.dispatch(chatRequest('warm-up'));
    const busy = pool.dispatch(sleep(200), { source: 'playground' });
    const controllers = Array.from({ length: 6 }, () => new AbortController());
    const abandoned = controllers.map((controller, n) =>
      pool!.dispatch(chatRequest('echo', { n }), { source: 'playground', signal: controller.signal }),
    );
    expect(pool.state.waiting).toBe(6);
    for (const controller of controllers) controller.abort();
    expect(pool.state.waiting).toBe(0);
    const replies = await Promise.all(abandoned);
    expect(replies.every((reply) => !reply.text.startsWith('echo'))).toBe(true);
    await busy;
    expect((await pool.dispatch(chatRequest('after'), { source: 'playground' })).text).toBe('echo after');
  });

  it('answers "busy" at once beyond the playground queue cap, and still takes platform commands', async () => {
    pool = createDispatchPool({
      workerUrl: standIn,
      workers: 1,
      timeLimitMs: 10_000,
      log: recordingLogger(),
      maxWaitingPlayground: 3,
    });
    const running = pool.dispatch(sleep(100), { source: 'playground' });
    await new Promise((resolve) => setImmediate(resolve));
    const queued = Array.from({ length: 5 }, () => pool!.dispatch(sleep(1, 'p'), { source: 'playground' }));
    const first = await Promise.race(queued);
    expect(first.kind).toBe('user-error');
    expect(pool.state.waiting).toBeLessThanOrEqual(3);
    expect((await pool.dispatch(chatRequest('echo'), { source: 'discord' })).text).toBe('echo echo');
    await Promise.all([running, ...queued]);
  });
});

describe('a worker that cannot start', () => {
  it('is retried after growing pauses, logged clearly, reported not ready, and commands get a reference', async () => {
    const log = recordingLogger();
    const delays: number[] = [];
    let retried!: () => void;
    const thirdFailure = new Promise<void>((resolve) => (retried = resolve));
    pool = createDispatchPool({
      workerUrl: failing,
      workers: 1,
      timeLimitMs: 10_000,
      log,
      restartDelayMs: (failures) => {
        const delay = 20 * 2 ** failures;
        delays.push(delay);
        if (failures === 3) retried();
        return delay;
      },
    });
    const waiting = pool.dispatch(chatRequest('echo'), { source: 'discord' });
    await thirdFailure;
    expect(delays.slice(0, 3)).toEqual([40, 80, 160]);
    const startLines = log.entries.filter(
      (e) => e.level === 'error' && e.msg === 'a command worker failed to start; retrying after a pause',
    );
    expect(startLines.length).toBeGreaterThanOrEqual(3);
    const reasons = log.entries.map((e) => (e.obj as { err?: Error }).err?.message);
    expect(reasons).toContain('cannot load the fonts');
    expect(pool.state).toMatchObject({ ready: false, workers: 0 });
    // After three failures in a row the waiting command is answered, with a reference that is in the log.
    const reply = await waiting;
    expect(reply.reference).toMatch(/^[0-9a-f]{6}$/);
    expect(log.entries.some((e) => (e.obj as { reference?: string }).reference === reply.reference)).toBe(
      true,
    );
    const later = await pool.dispatch(chatRequest('echo'), { source: 'slack' });
    expect(later.reference).toMatch(/^[0-9a-f]{6}$/);
  });
});

describe('a /check stopped at its time limit', () => {
  it('is not told to use fewer `steps` (it has none), in either language', async () => {
    pool = createDispatchPool({ workerUrl: standIn, workers: 1, timeLimitMs: 300, log: recordingLogger() });
    for (const locale of ['en', 'fa'] as const) {
      const reply = await pool.dispatch(chatRequest('check', { spin: true }, locale), { source: 'discord' });
      expect(reply.kind).toBe('user-error');
      expect(reply.text).not.toContain('steps');
    }
    const backprop = await pool.dispatch(chatRequest('backprop', { spin: true }), { source: 'discord' });
    expect(backprop.text).toContain('steps');
  });
});
