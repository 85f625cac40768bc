// Issue #17 item 11: nesting thousands deep never overflows the stack, in the CLI or with WORKERS=0 (commands on
// the main thread): it is answered with a located error, not "something went wrong".
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../src/dispatch/dispatcher.js';
import run from '../../src/platforms/cli/run.js';
import { chatRequest, fakeDeps } from './fakes.js';

const DEEP = [
  ['brackets', `w1: ${'['.repeat(7000)}${']'.repeat(700)}`],
  ['parentheses', `w1: ${'('.repeat(7000)}1`],
  ['braces', `{"weights": ${'['.repeat(7000)}`],
  ['mixed', `w1: ${'[('.repeat(3500)}`],
];

describe('deep nesting on the main thread (WORKERS=0)', () => {
  it.each(DEEP)('%s: a located "nested too deep" answer for /backprop', async (_name, text) => {
    const deps = fakeDeps();
    const reply = await dispatch({ ...chatRequest('backprop'), text }, deps);
    expect(reply.kind).toBe('user-error');
    expect(reply.reference).toBeUndefined();
    expect(reply.text).toMatch(/line 1, column \d+/);
    expect(reply.text).toContain('nested more than 16 deep');
    expect(deps.log.entries.filter((e) => e.level === 'error')).toEqual([]);
  });

  it.each(DEEP)('%s: /check answers without an internal error', async (_name, text) => {
    const deps = fakeDeps();
    const reply = await dispatch(
      { ...chatRequest('check', { preset: 'mazur' }), text: `net_h1 = ${text}` },
      deps,
    );
    expect(reply.kind).toBe('user-error');
    expect(reply.reference).toBeUndefined();
  });
});

describe('deep nesting in the CLI', () => {
  it('exits 2 with the located message', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'backprop-deep-'));
    const file = join(directory, 'deep.txt');
    await writeFile(file, `layers: 1-1\nw1: ${'['.repeat(7000)}`);
    let stderr = '';
    const err = vi
      .spyOn(process.stderr, 'write')
      .mockImplementation((chunk) => ((stderr += String(chunk)), true));
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      expect(await run(['/backprop', '--text-file', file, '--out', directory])).toBe(2);
    } finally {
      err.mockRestore();
      out.mockRestore();
      await rm(directory, { recursive: true, force: true });
    }
    expect(stderr).toContain('line 2, column 21');
    expect(stderr).not.toMatch(/reference|at .*\.ts:\d+/);
  });
});
