// The limits the issue sets, each refused with a message that states it: 200 exercises per server or workspace,
// 1000 students per exercise, and a submission as long as /check reads (nothing stored when refused).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import exercise from '../../commands/exercise.js';
import { MAX_ANSWERS_LENGTH } from '../../src/check/check-answers.js';
import { dispatch } from '../../src/dispatch/dispatcher.js';
import type { Deps, Locale, Request } from '../../src/dispatch/types.js';
import { MAX_EXERCISES_PER_PLACE, MAX_STUDENTS_PER_EXERCISE, type Store } from '../../src/store/types.js';
import { withoutDirectionMarks } from '../../src/text/bidi.js';
import { fakeDeps } from '../dispatch/fakes.js';
import { openTestStore } from '../helpers/store.js';

let store: Store;
let deps: Deps;

beforeAll(async () => {
  store = await openTestStore();
  deps = { ...fakeDeps(), store };
});
afterAll(() => store.close());

function ask(place: string, options: Request['options'], user: Request['user'], locale: Locale = 'en') {
  return dispatch({ command: 'exercise', options, user, locale, place }, deps, { commands: [exercise] });
}

const TA = { id: 'ta', role: 'ta' as const };
const template = { layers: [1, 1], weights: [[[0.5]]], input: [1], target: [0] };

describe('the limits of /exercise', () => {
  it(`refuses exercise ${MAX_EXERCISES_PER_PLACE + 1} in one server, not in another`, async () => {
    for (let k = 0; k < MAX_EXERCISES_PER_PLACE; k++) {
      const made = await store.createExercise({
        place: 'full',
        name: `e${k}`,
        template,
        vary: ['weights'],
        attemptsAllowed: 1,
        showAnswers: false,
        createdBy: 'ta',
      });
      expect('created' in made).toBe(true);
    }
    const refused = await ask('full', { action: 'new', name: 'one-more', preset: 'mazur' }, TA);
    expect(refused.kind).toBe('user-error');
    expect(refused.text).toContain('already has 200 exercises, the most it may have');
    const fa = await ask('full', { action: 'new', name: 'one-more', preset: 'mazur' }, TA, 'fa');
    expect(withoutDirectionMarks(fa.text)).toContain('۲۰۰ تمرین دارد');
    expect((await ask('other', { action: 'new', name: 'one-more', preset: 'mazur' }, TA)).kind).toBe('ok');
  });

  it(`refuses student ${MAX_STUDENTS_PER_EXERCISE + 1} of one exercise, and lets a student already in come back`, async () => {
    await ask('class', { action: 'new', name: 'big', preset: 'mazur' }, TA);
    const found = (await store.findExercise('class', 'big'))!;
    for (let k = 0; k < MAX_STUDENTS_PER_EXERCISE; k++) await store.enrol(found.id, `s${k}`);
    const late = await ask('class', { action: 'start', name: 'big' }, { id: 'late', role: 'student' });
    expect(late.kind).toBe('user-error');
    expect(late.text).toContain('already has 1000 students, the most one exercise may have');
    expect((await ask('class', { action: 'start', name: 'big' }, { id: 's7', role: 'student' })).kind).toBe(
      'ok',
    );
  }, 60_000);

  it('refuses a solution longer than /check reads, and stores nothing', async () => {
    await ask('long', { action: 'new', name: 'hw', preset: 'mazur' }, TA);
    const student = { id: 'u1', role: 'student' as const };
    await ask('long', { action: 'start', name: 'hw' }, student);
    const sheet = 'out_o1 = 0.75\n'.repeat(Math.ceil((MAX_ANSWERS_LENGTH + 1) / 14));
    const reply = await dispatch(
      {
        command: 'exercise',
        options: { action: 'submit', name: 'hw' },
        text: sheet,
        user: student,
        locale: 'en',
        place: 'long',
      },
      deps,
      { commands: [exercise] },
    );
    expect(reply.kind).toBe('user-error');
    expect(reply.text).toContain(`${sheet.length} characters long; at most 20000 are read`);
    const found = (await store.findExercise('long', 'hw'))!;
    expect(await store.submissions(found.id)).toEqual([]);
  });
});
