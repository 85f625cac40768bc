// A whole exercise run in the playground alone, through its real HTTP API and the "Act as" switch: the TA creates
// it, two students start and one submits, a student is refused the report, and the TA gets the report and CSV.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import exercise from '../../../commands/exercise.js';
import { computeTrace } from '../../../src/core/index.js';
import { networkOf } from '../../../src/exercises/attempt.js';
import { createHttpServer, type HttpServer } from '../../../src/platforms/http-server.js';
import { mountPlayground } from '../../../src/platforms/playground/routes.js';
import type { Store } from '../../../src/store/types.js';
import { fakeDeps } from '../../dispatch/fakes.js';
import { openTestStore } from '../../helpers/store.js';

let server: HttpServer;
let base: string;
let store: Store;

beforeAll(async () => {
  store = await openTestStore();
  server = createHttpServer({ log: fakeDeps().log });
  mountPlayground(server, { deps: { ...fakeDeps(), store }, commands: [exercise] });
  base = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}`;
});
afterAll(async () => {
  await server.close();
  await store.close();
});

interface Reply {
  text: string;
  kind: string;
  visibility: string;
  images: { name: string }[];
  files: { name: string; content: string }[];
}

/** As the page posts a line, with the switch on the TA or on a student. */
async function say(line: string, as?: { role: 'ta' | 'student'; name: string }): Promise<Reply> {
  const response = await fetch(`${base}/api/command`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ line, locale: 'en', ...(as ? { as } : {}) }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { reply: Reply }).reply;
}

const SARA = { role: 'student' as const, name: 'Sara' };
const ALI = { role: 'student' as const, name: 'Ali' };

describe('an exercise in the playground alone', () => {
  it('runs from creation to the grades with the Act-as switch', async () => {
    const created = await say('/exercise new name:hw1 preset:mazur vary:weights attempts:2');
    expect(created.kind).toBe('ok');

    const network = await say('/exercise start name:hw1', SARA);
    expect(network.visibility).toBe('private');
    expect(network.images.map((i) => i.name)).toEqual(['network.png']);
    expect((await say('/exercise start name:hw1', ALI)).kind).toBe('ok');

    // Sara works out her own network's output; the lines after the command are the solution.
    const found = (await store.findExercise('playground', 'hw1'))!;
    const output = computeTrace(networkOf(found, 'playground-student-sara')).out[1]![0]!;
    const graded = await say(`/exercise submit name:hw1\nout_o1 = ${output.toFixed(4)}`, SARA);
    expect(graded.text).toMatch(/Stored: attempt 1 of 2 .*score 100%/);

    const refused = await say('/exercise report name:hw1', SARA);
    expect(refused.kind).toBe('user-error');
    expect(refused.text).toMatch(/Only a TA/);

    const report = await say('/exercise report name:hw1');
    expect(report.text).toContain('1/2 students submitted');
    expect(report.text).toMatch(/Not submitted\*\* \(1\): Ali/);
    expect(report.images.map((i) => i.name)).toContain('scores.png');
    const csv = report.files.find((f) => f.name === 'hw1-grades.csv')!.content.split('\r\n');
    expect(csv[1]).toMatch(/^playground-student-sara,Sara,1\.0000,1,/);
    expect(csv[2]).toBe('playground-student-ali,Ali,,0,,');
  });
});
