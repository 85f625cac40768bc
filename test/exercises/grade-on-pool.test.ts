// /exercise submit with a worker pool: the store stays on the main thread, the grading (the /check engine, CPU
// that grows with the submission: ~0.3 s for 20 000 characters on mazur, measured) runs on the real worker, so
// acknowledgements of other commands never wait behind it; the attempt is stored before the reply says so.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/dispatch/dispatcher.js';
import { createDispatchPool, type DispatchPool } from '../../src/dispatch/worker-pool.js';
import type { Deps, Request } from '../../src/dispatch/types.js';
import { gradeSolution } from '../../src/exercises/grade.js';
import type { Store } from '../../src/store/types.js';
import { fakeDeps, recordingLogger } from '../dispatch/fakes.js';
import { openTestStore } from '../helpers/store.js';

const realWorker = new URL('../../src/dispatch-worker-entry.mjs', import.meta.url);
const PLACE = 'guild-pool';
const TA = { id: 'ta', role: 'ta' as const };
const SARA = { id: 'u-sara', name: 'Sara', role: 'student' as const };

let store: Store;
let pool: DispatchPool;
let deps: Deps;
/** Every request the main thread handed to the pool (the real pool answers each). */
const sent: Request[] = [];

beforeAll(async () => {
  store = await openTestStore();
  pool = createDispatchPool({
    workerUrl: realWorker,
    workers: 1,
    timeLimitMs: 20_000,
    log: recordingLogger(),
    workerData: { logLevel: 'silent' },
  });
  deps = { ...fakeDeps(), store };
});
afterAll(async () => {
  await pool?.close();
  await store?.close();
});

const recording = {
  dispatch: (request: Request) => {
    sent.push(request);
    return pool.dispatch(request);
  },
};

function ask(options: Request['options'], user: Request['user'], text?: string) {
  const request: Request = {
    command: 'exercise',
    options,
    user,
    locale: 'en',
    place: PLACE,
    ...(text !== undefined ? { text } : {}),
  };
  return dispatch(request, deps, { pool: recording });
}

describe('/exercise submit with a worker pool', () => {
  it('grades on the worker and stores on the main thread, the same grade as in place', async () => {
    await ask({ action: 'new', name: 'hw-pool', preset: 'mazur' }, TA);
    await ask({ action: 'start', name: 'hw-pool' }, SARA);
    // The database commands themselves never went to the pool: it has no store.
    expect(sent).toEqual([]);
    const solution = 'net_h1 = 0.3775\nout_h1 = σ(0.3775) = 0.5933\n'.repeat(200);
    const reply = await ask({ action: 'submit', name: 'hw-pool' }, SARA, solution);
    expect(reply.kind).toBe('ok');
    expect(reply.text).toContain('attempt 1 of 3');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ command: 'exercise', text: solution, user: { id: SARA.id } });
    expect(sent[0]!.grade).toMatchObject({ name: 'hw-pool', place: PLACE });

    const exercise = (await store.findExercise(PLACE, 'hw-pool'))!;
    const [stored] = await store.submissions(exercise.id, SARA.id);
    const inPlace = gradeSolution(sent[0]!.grade!, SARA.id, solution, 'en');
    expect(stored!.solution).toBe(solution);
    expect(stored!.score).toBe(inPlace.score);
    expect(stored!.verdicts).toEqual(inPlace.verdicts);
    expect(reply.text).toContain(inPlace.reportText.split('\n')[0]!);
  });

  it('sends back the worker’s refusal (in the student’s language) and stores nothing', async () => {
    const request: Request = {
      command: 'exercise',
      options: { action: 'submit', name: 'hw-pool', lang: 'fa' },
      text: 'I did not write any numbers',
      user: SARA,
      locale: 'en',
      place: PLACE,
    };
    const reply = await dispatch(request, deps, { pool: recording });
    expect(reply.kind).toBe('user-error');
    expect(sent.at(-1)!.grade).toBeDefined();
    expect(reply.text).toMatch(/[\u0600-\u06FF]/);
    const exercise = (await store.findExercise(PLACE, 'hw-pool'))!;
    expect(await store.submissions(exercise.id, SARA.id)).toHaveLength(1);
  });
});
