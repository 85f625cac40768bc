// `backprop-tutor presets`: the subcommand in-process for its output, the real bin once for exit code and stderr.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listPresets, parseDefinition } from '../../../src/definition/index.js';
import presets from '../../../src/platforms/cli/presets.js';

const run = promisify(execFile);
const bin = new URL('../../../bin/backprop-tutor.js', import.meta.url).pathname;

/** Runs the subcommand with stdout/stderr captured. */
async function inProcess(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  const code = await presets(args);
  vi.restoreAllMocks();
  return { code, stdout, stderr };
}

afterEach(() => vi.restoreAllMocks());

describe('backprop-tutor presets', () => {
  it('lists every preset with its one-line description', async () => {
    const { code, stdout } = await inProcess([]);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(listPresets().length);
    expect(lines.find((l) => l.startsWith('mazur ')) ?? '').toMatch(/^mazur\s+The classic 2-2-2/);
  });

  it('prints one preset in the canonical notation, which reads back', async () => {
    const { code, stdout } = await inProcess(['course-q6']);
    expect(code).toBe(0);
    expect(stdout).toContain('learning rate: 0.3\nupdate biases: yes');
    expect(parseDefinition(stdout).ok).toBe(true);
    const oneLine = await inProcess(['mazur', '--one-line']);
    expect(oneLine.stdout.trimEnd()).not.toContain('\n');
    expect(parseDefinition(oneLine.stdout).ok).toBe(true);
  });

  it('a bad option is a usage error', async () => {
    const { code, stderr } = await inProcess(['--colour']);
    expect(code).toBe(2);
    expect(stderr).toContain('usage: backprop-tutor presets');
  });

  it('an unknown preset from the real command: exit 2, a suggestion, no stack trace', async () => {
    const result = await run(process.execPath, [bin, 'presets', 'mazr'], { encoding: 'utf8' }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Did you mean `mazur`?');
    expect(result.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});
