// The whole exercise workflow through the real dispatcher and /exercise command, on PGlite and (when .ci/run
// started one) on a PostgreSQL server: a TA creates, students start and submit, the TA reports and deletes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import exercise from '../../commands/exercise.js';
import { checkAnswers } from '../../src/check/check-answers.js';
import { computeTrace } from '../../src/core/index.js';
import { dispatch } from '../../src/dispatch/dispatcher.js';
import type { Deps, Request } from '../../src/dispatch/types.js';
import { parseDefinition } from '../../src/definition/index.js';
import { networkOf } from '../../src/exercises/attempt.js';
import { exportExercise } from '../../src/exercises/export.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/types.js';
import { fakeDeps } from '../dispatch/fakes.js';
import {
  freshPostgresDatabase,
  openTestStore,
  POSTGRES_AVAILABLE,
  stopStartedServer,
} from '../helpers/store.js';

const commands = [exercise];

function ask(
  deps: Deps,
  line: Request['options'],
  who: { id: string; name?: string; ta?: boolean },
  text?: string,
) {
  return dispatch(
    {
      command: 'exercise',
      options: line,
      user: { id: who.id, ...(who.name ? { name: who.name } : {}), role: who.ta ? 'ta' : 'student' },
      locale: 'en',
      place: 'guild-1',
      ...(text !== undefined ? { text } : {}),
    },
    deps,
    { commands },
  );
}

/** A worked solution with the student's own right numbers for the forward pass and one wrong update. */
function solutionFor(store: Store, userId: string) {
  return async () => {
    const found = (await store.findExercise('guild-1', 'hw1'))!;
    const trace = computeTrace(networkOf(found, userId));
    const f = (x: number) => x.toFixed(4);
    return [
      `net_h1 = ${f(trace.net[0]![0]!)}`,
      `out_h1 = ${f(trace.out[0]![0]!)}`,
      `out_o1 = ${f(trace.out[1]![0]!)}`,
      `w5+ = ${f(trace.updatedWeights[1]![0]![0]! + 0.05)}`,
    ].join('\n');
  };
}

const TA = { id: 'ta-1', name: 'Dr Ta', ta: true };
const SARA = { id: 'u-sara', name: 'Sara' };
const ALI = { id: 'u-ali', name: 'Ali' };
const REZA = { id: 'u-reza', name: 'Reza' };

function workflow(open: () => Promise<{ store: Store; done: () => Promise<void> }>) {
  let store: Store;
  let done: () => Promise<void>;
  let deps: Deps;
  beforeAll(async () => {
    ({ store, done } = await open());
    deps = { ...fakeDeps(), store };
  });
  afterAll(async () => done?.());

  it('lets a TA create an exercise, and refuses a student who tries', async () => {
    const refused = await ask(deps, { action: 'new', name: 'hw1', preset: 'mazur' }, SARA);
    expect(refused.kind).toBe('user-error');
    expect(refused.text).toMatch(/Only a TA/);
    const created = await ask(
      deps,
      { action: 'new', name: 'hw1', preset: 'mazur', vary: 'weights,inputs', attempts: '2' },
      TA,
    );
    expect(created.kind).toBe('ok');
    expect(created.text).toContain('hw1');
    const again = await ask(deps, { action: 'new', name: 'hw1', preset: 'mazur' }, TA);
    expect(again.text).toMatch(/already exists/);
  });

  it('gives each student their own network, the same every time, without the answers', async () => {
    const first = await ask(deps, { action: 'start', name: 'hw1' }, SARA);
    const second = await ask(deps, { action: 'start', name: 'hw1' }, SARA);
    const other = await ask(deps, { action: 'start', name: 'hw1' }, ALI);
    await ask(deps, { action: 'start', name: 'hw1' }, REZA);
    expect(first.visibility).toBe('private');
    expect(first.text).toBe(second.text);
    expect(first.text).not.toBe(other.text);
    expect(first.images).toHaveLength(1);
    const found = (await store.findExercise('guild-1', 'hw1'))!;
    const trace = computeTrace(networkOf(found, SARA.id));
    // No computed value appears: not the output, not the loss.
    expect(first.text).not.toContain(trace.out[1]![0]!.toFixed(4));
    expect(first.text).not.toContain(trace.loss.toFixed(4));
    // Only weights and inputs vary: the targets are the template's.
    expect(networkOf(found, SARA.id).target).toEqual([0.01, 0.99]);
    expect(networkOf(found, SARA.id).weights).not.toEqual(networkOf(found, ALI.id).weights);
  });

  it('gives the network in Persian without English comments, and it reads back as the same network', async () => {
    const reply = await ask(deps, { action: 'start', name: 'hw1', lang: 'fa' }, SARA);
    const block = /```\n([\s\S]*?)\n```/.exec(reply.text)![1]!;
    const comments = block.split('\n').flatMap((line) => /#\s*(.*)$/.exec(line)?.[1] ?? []);
    expect(comments.length).toBeGreaterThan(0);
    for (const comment of comments) expect(comment).toBe('یک بایاس مشترک برای همهٔ نورون‌های لایه');
    const found = (await store.findExercise('guild-1', 'hw1'))!;
    const parsed = parseDefinition(block);
    expect(parsed.ok && parsed.value.spec.weights).toEqual(networkOf(found, SARA.id).weights);
    expect(parsed.ok && parsed.value.spec.biases).toEqual(networkOf(found, SARA.id).biases);
  });

  it('grades a submission against that student’s own network and stores every attempt', async () => {
    const sheet = await solutionFor(store, SARA.id)();
    const reply = await ask(deps, { action: 'submit', name: 'hw1' }, SARA, sheet);
    expect(reply.visibility).toBe('private');
    expect(reply.text).toMatch(/Stored: attempt 1 of 2/);
    expect(reply.text).toContain('75%');
    // Ali's right numbers are wrong for Sara's network.
    const alisSheet = await solutionFor(store, ALI.id)();
    const found = (await store.findExercise('guild-1', 'hw1'))!;
    expect(checkAnswers(networkOf(found, SARA.id), alisSheet).score.points).toBeLessThan(3);
    const second = await ask(deps, { action: 'submit', name: 'hw1', answers: sheet }, SARA);
    expect(second.text).toMatch(/attempt 2 of 2/);
    const third = await ask(deps, { action: 'submit', name: 'hw1', answers: sheet }, SARA);
    expect(third.kind).toBe('user-error');
    expect(third.text).toMatch(/all 2 attempts/);
    await ask(deps, { action: 'submit', name: 'hw1', answers: alisSheet }, ALI);
    const stored = await store.submissions(found.id);
    expect(stored.map((s) => [s.userId, s.attempt])).toEqual([
      ['u-ali', 1],
      ['u-sara', 1],
      ['u-sara', 2],
    ]);
    expect(stored[1]!.score).toBeCloseTo(0.75);
  });

  it('reports to the TA only: scores, misconceptions, who has not submitted, and the grades CSV', async () => {
    const refused = await ask(deps, { action: 'report', name: 'hw1' }, SARA);
    expect(refused.text).toMatch(/Only a TA/);
    const report = await ask(deps, { action: 'report', name: 'hw1' }, TA);
    expect(report.visibility).toBe('private');
    expect(report.text).toContain('2/3 students submitted');
    expect(report.text).toMatch(/Not submitted\*\* \(1\): Reza/);
    expect(report.images!.map((i) => i.name)).toContain('scores.png');
    const csv = report.files!.find((f) => f.name === 'hw1-grades.csv')!.content.split('\r\n');
    expect(csv[0]).toBe('user,name,best_score,attempts,last_submission,misconceptions');
    expect(csv.find((line) => line.startsWith('u-sara,Sara,0.7500,2,'))).toBeDefined();
    expect(csv.find((line) => line.startsWith('u-reza,Reza,,0,'))).toBeDefined();
    // The export (backprop-tutor exercise export) reads the same attempts.
    expect(await store.placesOf('hw1')).toEqual(['guild-1']);
    const exported = await exportExercise(store, (await store.findExercise('guild-1', 'hw1'))!);
    const sara = exported.students.find((student) => student.user === 'u-sara')!;
    expect(sara.attempts.map((a) => [a.attempt, a.score])).toEqual([
      [1, 0.75],
      [2, 0.75],
    ]);
  });

  it('lists, closes, and deletes only after a confirmation', async () => {
    const list = await ask(deps, { action: 'list' }, TA);
    expect(list.text).toContain('hw1');
    expect((await ask(deps, { action: 'close', name: 'hw1' }, TA)).text).toMatch(/closed/);
    const late = await ask(deps, { action: 'submit', name: 'hw1', answers: 'net_h1 = 1' }, REZA);
    expect(late.text).toMatch(/closed/);
    const asked = await ask(deps, { action: 'delete', name: 'hw1' }, TA);
    expect(asked.text).toMatch(/3 students and 3 submissions/);
    expect(await store.findExercise('guild-1', 'hw1')).toBeDefined();
    const state = exercise.interactions!.buttons!.state(
      { command: 'exercise', options: { action: 'delete', name: 'hw1' }, user: TA, locale: 'en' },
      asked,
    )!;
    const click = exercise.interactions!.buttons!.buttons[0]!.click(state);
    expect((await ask(deps, click, TA)).text).toMatch(/deleted/);
    expect(await store.findExercise('guild-1', 'hw1')).toBeUndefined();
    expect(await store.listExercises('guild-1')).toEqual([]);
  });
}

describe('the exercise workflow on PGlite', () => {
  workflow(async () => {
    const store = await openTestStore();
    return { store, done: () => store.close() };
  });
});

describe.skipIf(!POSTGRES_AVAILABLE)('the exercise workflow on a PostgreSQL server', () => {
  afterAll(() => stopStartedServer());
  workflow(async () => {
    const database = await freshPostgresDatabase();
    const store = await openStore({ dataDir: './unused', databaseUrl: database.url });
    return {
      store,
      done: async () => {
        await store.close();
        await database.drop();
      },
    };
  });
});
