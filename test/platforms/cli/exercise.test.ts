// `backprop-tutor exercise export`: an exercise run through the real command on a PGlite DATA_DIR, then exported
// by the CLI as the grades CSV and as JSON with every student's network and attempts.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import exercise from '../../../commands/exercise.js';
import { computeTrace, resolveSpec } from '../../../src/core/index.js';
import { dispatch } from '../../../src/dispatch/dispatcher.js';
import type { Deps, Request } from '../../../src/dispatch/types.js';
import { networkOf } from '../../../src/exercises/attempt.js';
import type { ExerciseExport } from '../../../src/exercises/export.js';
import { withoutDirectionMarks } from '../../../src/text/bidi.js';
import { fakeDeps } from '../../dispatch/fakes.js';
import { useSeededDataDir } from './data-dir.js';
import { cli } from './in-process.js';

function ask(deps: Deps, place: string, options: Request['options'], user: Request['user'], text?: string) {
  return dispatch(
    {
      command: 'exercise',
      options,
      user,
      locale: 'en',
      place,
      ...(text !== undefined ? { text } : {}),
    },
    deps,
    { commands: [exercise] },
  );
}

const TA = { id: 'ta', role: 'ta' as const };
const SARA = { id: 'u-sara', name: 'Sara, "the" =best', role: 'student' as const };
const ALI = { id: 'u-ali', name: 'Ali', role: 'student' as const };
let sarasOutput = 0;

const dataDir = useSeededDataDir('backprop-export-', async (store) => {
  const deps = { ...fakeDeps(), store };
  for (const place of ['cli', 'guild-9'])
    await ask(deps, place, { action: 'new', name: 'hw1', preset: 'mazur', attempts: 3 }, TA);
  await ask(deps, 'cli', { action: 'start', name: 'hw1' }, SARA);
  await ask(deps, 'cli', { action: 'start', name: 'hw1' }, ALI);
  const found = (await store.findExercise('cli', 'hw1'))!;
  sarasOutput = computeTrace(networkOf(found, SARA.id)).out[1]![0]!;
  const right = `out_o1 = ${sarasOutput.toFixed(4)}`;
  await ask(deps, 'cli', { action: 'submit', name: 'hw1' }, SARA, 'out_o1 = 0.1');
  await ask(deps, 'cli', { action: 'submit', name: 'hw1' }, SARA, right);
});

describe('backprop-tutor exercise export', () => {
  it('asks which place when the name is in several, in the language asked', async () => {
    const en = await cli(['exercise', 'export', 'hw1']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('exists in several places (cli, guild-9): choose one with --place');
    const fa = await cli(['exercise', 'export', 'hw1', '--lang', 'fa']);
    expect(withoutDirectionMarks(fa.stderr)).toContain('در چند جا هست (cli, guild-9)');
  });

  it('prints the grades CSV: one row per student, best score, attempts, a name that stays one cell', async () => {
    const { code, stdout } = await cli(['exercise', 'export', 'hw1', '--place', 'cli']);
    expect(code).toBe(0);
    const rows = stdout.split('\r\n');
    expect(rows[0]).toBe('user,name,best_score,attempts,last_submission,misconceptions');
    expect(rows[1]).toMatch(/^u-sara,"Sara, ""the"" =best",1\.0000,2,\d{4}-\d\d-\d\dT/);
    expect(rows[2]).toBe('u-ali,Ali,,0,,');
  });

  it('prints every student’s network and every attempt with --json', async () => {
    const { code, stdout } = await cli(['exercise', 'export', 'HW1', '--place', 'cli', '--json']);
    expect(code).toBe(0);
    const exported = JSON.parse(stdout) as ExerciseExport;
    expect(exported.name).toBe('hw1');
    expect(exported.students.map((s) => s.user)).toEqual(['u-sara', 'u-ali']);
    const sara = exported.students[0]!;
    // The exported network is the student's own: the same output as the one they were graded against.
    const network = resolveSpec(sara.network);
    expect(network.ok && computeTrace(network.value).out[1]![0]).toBe(sarasOutput);
    expect(sara.attempts.map((a) => [a.attempt, a.score])).toEqual([
      [1, 0],
      [2, 1],
    ]);
    expect(Date.parse(sara.attempts[1]!.submittedAt)).toBeGreaterThan(0);
    expect(sara.attempts[0]!.verdicts).toEqual([
      expect.objectContaining({ line: 1, given: 0.1, verdict: 'incorrect' }),
    ]);
    expect(exported.students[1]!.attempts).toEqual([]);
  });

  it('names an exercise that is not there, and a wrong action, with exit 2', async () => {
    const missing = await cli(['exercise', 'export', 'hw9']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('There is no exercise `hw9` in this database');
    const elsewhere = await cli(['exercise', 'export', 'hw1', '--place', 'T123']);
    expect(elsewhere.stderr).toContain('There is no exercise `hw1`');
    const wrong = await cli(['exercise', 'import', 'hw1']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("unknown action 'import'");
  });

  it('says what is wrong with a DATA_DIR that cannot hold the database, for export and for run', async () => {
    const file = join(dataDir.path, 'PG_VERSION'); // a file PGlite wrote: not a directory
    process.env.DATA_DIR = file;
    try {
      for (const args of [
        ['exercise', 'export', 'hw1'],
        ['run', '/exercise list'],
      ]) {
        const { code, stderr } = await cli(args);
        expect(code).toBe(1);
        expect(stderr).toMatch(/DATA_DIR .*PG_VERSION .*(not a directory|cannot be written).*DATABASE_URL/);
        expect(stderr).not.toContain('something went wrong');
      }
    } finally {
      process.env.DATA_DIR = dataDir.path;
    }
  });

  it('takes a student’s solution from a file with `run … --text-file`, grades it and stores it', async () => {
    const file = join(dataDir.path, 'ali-solution.txt');
    await writeFile(file, 'out_o1 = 0.5\n');
    const args = [
      'run',
      '/exercise submit name:hw1',
      '--user',
      ALI.id,
      '--role',
      'student',
      '--text-file',
      file,
    ];
    const { code, stdout } = await cli(args);
    expect(code).toBe(0);
    expect(stdout).toContain('attempt 1 of 3');
    const exported = JSON.parse(
      (await cli(['exercise', 'export', 'hw1', '--place', 'cli', '--json'])).stdout,
    );
    expect((exported as ExerciseExport).students[1]!.attempts).toHaveLength(1);
  });
});
