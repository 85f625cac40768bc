// `backprop-tutor presets` run as a user runs it: the real bin, exit codes and output.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { listPresets, parseDefinition } from '../../../src/definition/index.js';

const run = promisify(execFile);
const bin = new URL('../../../bin/backprop-tutor.js', import.meta.url).pathname;

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, 'presets', ...args], { encoding: 'utf8' });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('backprop-tutor presets', () => {
  it('lists every preset with its one-line description', async () => {
    const { code, stdout } = await cli([]);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(listPresets().length);
    expect(lines.find((l) => l.startsWith('mazur ')) ?? '').toMatch(/^mazur\s+The classic 2-2-2/);
  });

  it('prints one preset in the canonical notation, which reads back', async () => {
    const { code, stdout } = await cli(['course-q6']);
    expect(code).toBe(0);
    expect(stdout).toContain('learning rate: 0.3\nupdate biases: yes');
    expect(parseDefinition(stdout).ok).toBe(true);
    const oneLine = await cli(['mazur', '--one-line']);
    expect(oneLine.stdout.trimEnd()).not.toContain('\n');
  });

  it('an unknown preset: exit 2, a suggestion, no stack trace', async () => {
    const { code, stderr } = await cli(['mazr']);
    expect(code).toBe(2);
    expect(stderr).toContain('Did you mean `mazur`?');
    expect(stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});
