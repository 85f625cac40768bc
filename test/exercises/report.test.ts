// The TA's report charts: the score distribution in ten bins, the misconceptions by students with their short
// names in the report's language, and whole-number count axes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../../src/dispatch/types.js';
import type { ExerciseContext } from '../../src/exercises/context.js';
import { classMisconceptions, exerciseReport, scoreBins } from '../../src/exercises/report.js';
import type { FigureRequest, PlotRequest } from '../../src/render/types.js';
import type { Store, Submission } from '../../src/store/types.js';
import { fakeDeps } from '../dispatch/fakes.js';
import { openTestStore } from '../helpers/store.js';

let store: Store;

beforeAll(async () => {
  store = await openTestStore();
  const created = await store.createExercise({
    place: 'g',
    name: 'hw2',
    template: { layers: [1, 1], weights: [[[0.5]]], input: [1], target: [0] },
    vary: ['weights'],
    attemptsAllowed: 3,
    showAnswers: false,
    createdBy: 'ta',
  });
  if (!('created' in created)) throw new Error('not created');
  const id = created.created.id;
  const attempts: [string, number, string[]][] = [
    ['a', 1, ['sign_flip', 'missing_learning_rate']],
    ['b', 0.5, ['sign_flip']],
    ['c', 0.25, ['sign_flip', 'not_in_the_catalogue']],
  ];
  for (const [user, score, misconceptions] of attempts) {
    await store.enrol(id, user, user.toUpperCase());
    const verdicts = misconceptions.map((diagnosis, line) => ({
      line: line + 1,
      text: `x${line} = 1`,
      diagnosis,
    }));
    await store.submit({ exerciseId: id, userId: user, score, verdicts, misconceptions, solution: '' }, 3);
  }
  await store.enrol(id, 'd', 'D');
});
afterAll(() => store.close());

async function charts(locale: Locale): Promise<{ scores: PlotRequest; mistakes: PlotRequest; text: string }> {
  const rendered: FigureRequest[] = [];
  const context: ExerciseContext = {
    store,
    place: 'g',
    user: { id: 'ta', role: 'ta' },
    isTa: true,
    locale,
    options: {
      action: 'report',
      name: 'hw2',
      vary: 'weights',
      attempts: 3,
      show_answers: false,
      confirm: false,
    },
    deps: fakeDeps(rendered),
  };
  const reply = await exerciseReport(context);
  const [scores, mistakes] = rendered as PlotRequest[];
  return { scores: scores!, mistakes: mistakes!, text: reply.text };
}

describe('the report charts', () => {
  it('bins best scores by ten points, 100 % in the last bin', () => {
    expect(scoreBins([0, 0.05, 0.1, 0.99, 1])).toEqual([2, 1, 0, 0, 0, 0, 0, 0, 0, 2]);
  });

  it('counts each misconception once per student, most frequent first, with a line that showed it', () => {
    const submission = (userId: string, misconceptions: string[]): Submission => ({
      userId,
      attempt: 1,
      score: 0,
      verdicts: misconceptions.map((diagnosis) => ({ line: 7, text: ' E = 2 ', diagnosis })),
      misconceptions,
      solution: '',
      submittedAt: new Date(0),
    });
    const counts = classMisconceptions([
      submission('a', ['sign_flip']),
      { ...submission('a', ['sign_flip']), attempt: 2 },
      submission('b', ['missing_half', 'sign_flip']),
    ]);
    expect(counts).toEqual([
      { id: 'sign_flip', students: 2, example: '7: E = 2' },
      { id: 'missing_half', students: 1, example: '7: E = 2' },
    ]);
  });

  it('draws scores and misconceptions with short names in English and Persian, on whole-number axes', async () => {
    const en = await charts('en');
    expect(en.scores.series[0]!.y).toEqual([0, 0, 1, 0, 0, 1, 0, 0, 0, 1]);
    expect(en.scores.yRange).toEqual([0, 5]);
    expect(en.mistakes.categories).toEqual(['sign flipped', 'η left out', 'not_in_the_catalogue']);
    expect(en.mistakes.series[0]!.y).toEqual([3, 1, 1]);
    expect(en.mistakes.yRange).toEqual([0, 5]);
    expect(en.text).toContain('3/4 students submitted');
    const fa = await charts('fa');
    expect(fa.mistakes.categories).toEqual(['علامت وارونه', 'نرخ یادگیری جا افتاده', 'not_in_the_catalogue']);
    expect(fa.mistakes.title).toBe('بدفهمی‌ها در کلاس');
    expect(fa.scores.locale).toBe('fa');
  });
});
