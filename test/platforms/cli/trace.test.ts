// `backprop-tutor trace` in-process through main(argv), as the bin runs it: real files, exit codes and stderr.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './in-process.js';
import { compareDeep, goldenCases } from '../../helpers/golden.js';

const dir = mkdtempSync(join(tmpdir(), 'trace-cli-'));
const golden = goldenCases().find((c) => c.name === 'mazur')!;
const { name: _name, description: _description, ...mazurSpec } = golden.spec;
const mazurFile = join(dir, 'mazur.json');
writeFileSync(mazurFile, JSON.stringify(mazurSpec));

describe('backprop-tutor trace', () => {
  it('prints the walkthrough of a JSON spec', async () => {
    const { code, stdout } = await cli(['trace', mazurFile]);
    expect(code).toBe(0);
    expect(stdout).toContain('w5+ = w5 − η·∂E/∂w5 = 0.4 − 0.5·0.0822 = 0.3589');
  });

  it('--json prints the trace of SPEC-FORMAT.md, matching PyTorch to 1e-12', async () => {
    const { code, stdout } = await cli(['trace', '-', '--json'], JSON.stringify(mazurSpec));
    expect(code).toBe(0);
    const { name: _n, ...expected } = golden.trace;
    const json = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(json).sort()).toEqual(Object.keys(expected).sort());
    expect(compareDeep(json, expected, 1e-12)).toEqual([]);
  });

  it('reads homework notation too, and states the defaults it applied', async () => {
    const homework =
      'w1=0.15 w2=0.20 w3=0.25 w4=0.30 w5=0.40 w6=0.45 w7=0.50 w8=0.55\nb1=0.35 b2=0.60\ni1=0.05 i2=0.10\nt1=0.01 t2=0.99\nlr = 0.5\nupdate biases: no\n';
    const { code, stdout } = await cli(['trace', '-'], homework);
    expect(code).toBe(0);
    expect(stdout).toContain('inferred');
    expect(stdout).toMatch(/No `activation` given: using sigmoid/);
    expect(stdout).toContain('w5+ = w5 − η·∂E/∂w5 = 0.4 − 0.5·0.0822 = 0.3589');
  });

  it('--png writes the summary diagram as a real PNG', async () => {
    const out = join(dir, 'png');
    const { code, stderr } = await cli(['trace', mazurFile, '--png', out]);
    expect(code).toBe(0);
    expect(stderr).toContain('summary.png');
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(join(out, 'summary.png')).subarray(1, 4).toString()).toBe('PNG');
  });

  it('an invalid spec: exit 2, the located message on stderr, no stack trace', async () => {
    const { code, stdout, stderr } = await cli(
      ['trace', '-'],
      JSON.stringify({ ...mazurSpec, activations: 'sigmod' }),
    );
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain("activations: unknown activation 'sigmod' (did you mean sigmoid?)");
    expect(stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('usage and file errors: exit 2 with a clear message', async () => {
    const missing = await cli(['trace', join(dir, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file');
    const noFile = await cli(['trace']);
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toContain('usage: backprop-tutor trace');
    const badOption = await cli(['trace', mazurFile, '--precision', 'many']);
    expect(badOption.code).toBe(2);
    expect(badOption.stderr).toContain('--precision must be a whole number');
  });
});
