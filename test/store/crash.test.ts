// A crash mid-command loses no stored work: a process storing attempts in a PGlite DATA_DIR is killed (SIGKILL,
// no shutdown) while writing; the database opens again, and every attempt it reported stored is there, whole.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { pgliteTemplate } from '../helpers/store.js';

const writer = fileURLToPath(new URL('../fixtures/store/submit-until-killed.ts', import.meta.url));

/** Runs the writer until it has reported `count` attempts stored, then kills it; returns the last one reported. */
function storeThenKill(dataDir: string, template: string, count: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', writer, dataDir, template], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let reported = 0;
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    child.stdout.on('data', (chunk: Buffer) => {
      for (const match of String(chunk).matchAll(/stored (\d+)/g))
        reported = Math.max(reported, Number(match[1]));
      if (reported >= count && child.exitCode === null) child.kill('SIGKILL');
    });
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? resolve(reported) : reject(new Error(`writer stopped by itself: ${stderr}`)),
    );
  });
}

describe('a crash while storing', () => {
  it('keeps every attempt reported stored, and the database opens again', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'bt-crash-'));
    try {
      const template = join(dataDir, '..', `${dataDir.split('/').at(-1)}.tar`);
      await writeFile(template, Buffer.from(await (await pgliteTemplate()).arrayBuffer()));
      const reported = await storeThenKill(join(dataDir, 'data'), template, 5).finally(() => rm(template));
      const store = await openStore({ dataDir: join(dataDir, 'data') });
      try {
        const exercise = await store.findExercise('crash', 'hw1');
        const attempts = await store.submissions(exercise!.id, 'u-sara');
        // Reported means committed: all of them are there (one more may have committed before the kill landed).
        expect(attempts.length).toBeGreaterThanOrEqual(reported);
        expect(attempts.map((a) => a.attempt)).toEqual(attempts.map((_, i) => i + 1));
        for (const attempt of attempts)
          expect(attempt.solution).toMatch(new RegExp(`^attempt ${attempt.attempt}\\n`));
      } finally {
        await store.close();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
