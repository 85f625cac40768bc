import { describe, expect, it } from 'vitest';
import { WorkQueue } from '../../src/platforms/work-queue.js';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('WorkQueue', () => {
  it('runs at most `concurrency` jobs at once and every job to completion, in order of arrival', async () => {
    const queue = new WorkQueue({ concurrency: 2, quietMs: 0 });
    let running = 0;
    let peak = 0;
    const order: number[] = [];
    const jobs = Array.from({ length: 6 }, (_, i) =>
      queue.run(async () => {
        running++;
        peak = Math.max(peak, running);
        order.push(i);
        await tick();
        running--;
        return i;
      }),
    );
    expect(await Promise.all(jobs)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(peak).toBe(2);
    expect(order).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('holds jobs back while requests keep arriving, and starts them when arrivals pause', async () => {
    let now = 0;
    const queue = new WorkQueue({ quietMs: 10, maxDeferMs: 10_000, now: () => now });
    let started = false;
    queue.noteArrival();
    const done = queue.run(async () => {
      started = true;
    });
    await tick();
    expect(started).toBe(false);
    now = 5;
    queue.noteArrival();
    await tick();
    expect(started).toBe(false);
    now = 100;
    await done;
    expect(started).toBe(true);
  });

  it('starts a job that has waited maxDeferMs even under steady arrivals', async () => {
    let now = 0;
    const queue = new WorkQueue({ quietMs: 10, maxDeferMs: 50, now: () => now });
    const done = queue.run(async () => 'ran');
    now = 60;
    queue.noteArrival();
    expect(await done).toBe('ran');
  });

  it('passes a failing job on and keeps going', async () => {
    const queue = new WorkQueue({ concurrency: 1, quietMs: 0 });
    const failed = queue.run(() => Promise.reject(new Error('boom')));
    const thrown = queue.run(() => {
      throw new Error('sync boom');
    });
    await expect(failed).rejects.toThrow('boom');
    await expect(thrown).rejects.toThrow('sync boom');
    expect(await queue.run(async () => 7)).toBe(7);
    expect(queue.pending).toBe(0);
  });
});
