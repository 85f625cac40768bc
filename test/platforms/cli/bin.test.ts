// The one real spawn of the CLI: the installed bin runs the built JavaScript (dist/, built by the global setup)
// and answers a bad input with exit 2 and a located message, no stack trace. Every other CLI test is in-process.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const bin = fileURLToPath(new URL('../../../bin/backprop-tutor.js', import.meta.url));

describe('the backprop-tutor bin', () => {
  it('runs the built CLI: a typo in a definition is exit 2 with its line, column and suggestion', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'bin-')), 'bad.txt');
    writeFileSync(file, 'layers: 2-2-2\nactivation: sigmod\n');
    const result = await run(process.execPath, [bin, 'trace', file], { encoding: 'utf8' }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('line 2, column 13');
    expect(result.stderr).toContain('sigmoid');
    expect(result.stderr).not.toMatch(/at .*\.(ts|js):\d+/);
  });
});
