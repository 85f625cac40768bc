// The fair queue: chat platforms before the playground, no source or user over its share of the workers.
import { describe, expect, it } from 'vitest';
import { FairQueue, sharesFor, type Queued } from '../../src/dispatch/fair-queue.js';

const job = (source: Queued['source'], user: string, n = 0): Queued & { n: number } => ({ source, user, n });

describe('FairQueue', () => {
  it('gives a source all workers but one, and a user half', () => {
    expect(sharesFor(1)).toEqual({ perSource: 1, perUser: 1 });
    expect(sharesFor(2)).toEqual({ perSource: 1, perUser: 1 });
    expect(sharesFor(8)).toEqual({ perSource: 7, perUser: 4 });
  });

  it('takes a platform command before any playground command that waited longer', () => {
    const queue = new FairQueue<Queued & { n: number }>(sharesFor(4));
    for (let n = 0; n < 50; n++) queue.push(job('playground', `p${n}`, n));
    queue.push(job('slack', 'U1'));
    queue.push(job('discord', 'D1'));
    expect(queue.take()?.source).toBe('slack');
    expect(queue.take()?.source).toBe('discord');
    expect(queue.take()?.source).toBe('playground');
  });

  it('never lets one source hold every worker, so another source always finds one', () => {
    const queue = new FairQueue<Queued & { n: number }>(sharesFor(2));
    for (let n = 0; n < 10; n++) queue.push(job('discord', `u${n}`, n));
    expect(queue.take()?.n).toBe(0);
    // Discord holds its share (one of two workers): the next Discord command waits…
    expect(queue.take()).toBeUndefined();
    // …and a Slack command takes the other worker at once.
    queue.push(job('slack', 'U1'));
    expect(queue.take()?.source).toBe('slack');
  });

  it("lets no user hold more than a user's share, and serves the others meanwhile", () => {
    const queue = new FairQueue<Queued & { n: number }>(sharesFor(4));
    for (let n = 0; n < 5; n++) queue.push(job('discord', 'flooder', n));
    queue.push(job('discord', 'classmate'));
    const taken = [queue.take(), queue.take(), queue.take()];
    expect(taken.map((j) => j?.user)).toEqual(['flooder', 'flooder', 'classmate']);
    expect(queue.take()).toBeUndefined();
    queue.done(taken[0]!);
    expect(queue.take()?.user).toBe('flooder');
  });

  it('drops a waiting job that is removed', () => {
    const queue = new FairQueue<Queued & { n: number }>(sharesFor(2));
    const gone = job('playground', 'p');
    queue.push(gone);
    expect(queue.remove(gone)).toBe(true);
    expect(queue.length).toBe(0);
    expect(queue.remove(gone)).toBe(false);
  });
});
