// `backprop-tutor check` in-process through main(argv), as the bin runs it: real files, exit codes and stderr.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli } from './in-process.js';

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/check/${name}`, import.meta.url));

describe('backprop-tutor check', () => {
  it('prints the rows as JSON: line, name, quantity, given, expected, verdict, diagnosis', async () => {
    const { code, stdout } = await cli([
      'check',
      '--net',
      'course-q6',
      '--answers',
      fixture('course-q6-answer.txt'),
      '--json',
    ]);
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as Record<string, unknown>[];
    expect(rows.find((r) => r.line === 49)).toMatchObject({
      name: 'w_5',
      quantity: 'w5+',
      given: 0.3668,
      verdict: 'carried',
      upstreamDiagnoses: ['dE_dout_one'],
      expected: expect.closeTo(0.37535, 5),
    });
    expect(rows.filter((r) => r.verdict === 'carried').length).toBe(31);
  });

  it('reads the network from a definition file and the answers from standard input, in Persian, hiding right values', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-cli-'));
    const net = join(dir, 'net.txt');
    writeFileSync(
      net,
      'w1=0.15 w2=0.2 w3=0.25 w4=0.3 w5=0.4 w6=0.45 w7=0.5 w8=0.55 b1=0.35 b2=0.6 i1=0.05 i2=0.1 t1=0.01 t2=0.99',
    );
    const { code, stdout } = await cli(
      ['check', '--net', net, '--answers', '-', '--lang', 'fa', '--hide-answers'],
      'out_h1 = 0.5933\nE_total = 0.5967\n',
    );
    expect(code).toBe(0);
    expect(stdout).toContain('بررسی پاسخ‌ها');
    expect(stdout.replace(/[\u2066-\u2069]/g, '')).toMatch(/E_total\s+0\.5967\s+✗ ½ و ضریب ۲ با هم نیامده/);
    expect(stdout).not.toContain('0.2984');
  });

  it("reads the sheet with the weight names of the page given as --net, as /check does (postnetwork's w_8, w_9)", async () => {
    // The page numbers layer 2 source-first (its own numbers confirm it): w_8 is h2→o1, not h1→o2.
    const page = (file: string) =>
      fileURLToPath(new URL(`../../fixtures/real-world/postnetwork-softmax/${file}`, import.meta.url));
    const { code, stdout } = await cli([
      'check',
      '--net',
      page('setup.txt'),
      '--answers',
      page('solution.txt'),
      '--json',
    ]);
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as Record<string, unknown>[];
    const line20 = rows.filter((r) => r.line === 20).map((r) => [r.name, r.verdict]);
    expect(line20).toContainEqual(['w_8', 'correct']);
    expect(line20).toContainEqual(['w_9', 'correct']);
  });

  it('exits 2 with a message on an input error', async () => {
    const unknown = await cli(['check', '--net', 'no-such-net', '--answers', fixture('mazur-published.txt')]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no-such-net');
  });
});
