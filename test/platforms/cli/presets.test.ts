// `backprop-tutor presets`: the subcommand in-process for its output, and through main(argv) for the exit code and stderr.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listPresets, parseDefinition } from '../../../src/definition/index.js';
import presets from '../../../src/platforms/cli/presets.js';
import { cli } from './in-process.js';

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

  it('an unknown preset from the command line: exit 2, a suggestion, no stack trace', async () => {
    const result = await cli(['presets', 'mazr']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Did you mean `mazur`?');
    expect(result.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});
