import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withoutDirectionMarks } from '../../../src/text/bidi.js';
import { cli } from './in-process.js';

let directory: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'backprop-run-'));
});
afterAll(() => rm(directory, { recursive: true, force: true }));

/** `backprop-tutor run …` in-process, through the CLI's main, with what it prints captured. */
const capture = (args: string[]) => cli(['run', ...args]);

describe('backprop-tutor run', () => {
  it('prints the reply and writes its images and files into --out', async () => {
    const out = join(directory, 'mazur');
    const { code, stdout } = await capture(['/backprop preset:mazur', '--out', out]);
    expect(code).toBe(0);
    expect(stdout).toContain('E = 0.2984');
    const png = await readFile(join(out, 'backprop-summary.png'));
    expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    expect(await readFile(join(out, 'walkthrough.md'), 'utf8')).toContain('0.2984');
  });

  it('prints the reply as JSON with images as paths', async () => {
    const out = join(directory, 'json');
    const { code, stdout } = await capture(['/backprop preset:mazur view:forward', '--json', '--out', out]);
    expect(code).toBe(0);
    const reply = JSON.parse(stdout);
    expect(reply.kind).toBe('ok');
    expect(reply.images).toEqual([
      { name: 'backprop-forward.png', alt: expect.any(String), path: join(out, 'backprop-forward.png') },
    ]);
    expect(reply.files[0].path).toBe(join(out, 'walkthrough.md'));
  });

  it('reads the network from --text-file and answers in Persian with --lang fa', async () => {
    const file = join(directory, 'net.txt');
    await writeFile(
      file,
      'w1=0.15 w2=0.2 w3=0.25 w4=0.3 w5=0.4 w6=0.45 w7=0.5 w8=0.55 b1=0.35 b2=0.6 i1=0.05 i2=0.1 t1=0.01 t2=0.99',
    );
    const { code, stdout } = await capture([
      '/backprop steps:3',
      '--text-file',
      file,
      '--lang',
      'fa',
      '--out',
      join(directory, 'fa'),
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('خروجی‌ها');
    expect(stdout).toContain('loss-curve.png');
  });

  it('exits 2 with the located message on stderr for bad input', async () => {
    const { code, stderr, stdout } = await capture([
      '/backprop preset:mazur steps:zero',
      '--out',
      join(directory, 'bad'),
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain('`steps` must be a whole number');
    expect(stdout).toBe('');
  });

  it('exits 2 on usage errors and for an unreadable text file', async () => {
    expect((await capture([])).code).toBe(2);
    expect((await capture(['/help', '--bogus'])).code).toBe(2);
    expect((await capture(['/backprop', '--text-file', join(directory, 'missing.txt')])).code).toBe(2);
  });

  it('answers a misspelt command and a mistyped option in the language the line asks for', async () => {
    const command = await capture(['/backprp preset:mazur lang:fa']);
    expect(command.code).toBe(2);
    expect(withoutDirectionMarks(command.stderr)).toContain('منظورتان `/backprop` بود؟');
    const option = await capture(['/backprop presett:mazur lang:fa']);
    expect(withoutDirectionMarks(option.stderr)).toContain(
      'گزینه‌ای به نام `presett:` ندارد. منظورتان `preset:` بود؟',
    );
    expect(withoutDirectionMarks(option.stderr)).toContain('ستون 11');
  });
});
