// A DATA_DIR the bot may not write stops `backprop-tutor run "/exercise …"` with a message that says so and what
// to do. Root writes anywhere and CI runs as root, so there the built CLI runs as `nobody` (runuser).
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const bin = fileURLToPath(new URL('../../../bin/backprop-tutor.js', import.meta.url));
const root = process.getuid?.() === 0;
const runuser = ['/usr/sbin/runuser', '/sbin/runuser'].find((path) => existsSync(path));

describe('a read-only DATA_DIR', () => {
  it.skipIf(root && !runuser)('is named at start with what to do, without a stack trace', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'bt-readonly-'));
    await chmod(parent, 0o555);
    const args = [bin, 'run', '/exercise list'];
    const [file, argv] = root
      ? [runuser!, ['-u', 'nobody', '--', process.execPath, ...args]]
      : [process.execPath, args];
    try {
      const result = await run(file, argv, {
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', DATA_DIR: join(parent, 'data') },
      }).then(
        ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
        (error: { code: number; stdout: string; stderr: string }) => error,
      );
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`DATA_DIR ${join(parent, 'data')} is not writable by this user`);
      expect(result.stderr).toContain('DATABASE_URL=postgres://');
      expect(result.stderr).not.toMatch(/at .*\.(ts|js):\d+/);
    } finally {
      await chmod(parent, 0o700);
      await rm(parent, { recursive: true, force: true });
    }
  });
});
