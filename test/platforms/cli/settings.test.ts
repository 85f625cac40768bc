// `backprop-tutor run` and /settings: the command line is its own place (`cli`), and `--place` answers as in
// another one, reading its defaults from the database of DATA_DIR; `--lang` goes before the place's language.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { savePlaceDefaults } from '../../../src/settings/defaults-cache.js';
import { openStore } from '../../../src/store/open-store.js';
import { withoutDirectionMarks } from '../../../src/text/bidi.js';
import { pgliteTemplate } from '../../helpers/store.js';
import { cli } from './in-process.js';

const GUILD = 'discord:1180000000000000100';
let directory: string;
const saved = { DATA_DIR: process.env.DATA_DIR, DATABASE_URL: process.env.DATABASE_URL };

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'backprop-cli-settings-'));
  const store = await openStore({ dataDir: directory, pgliteTemplate: await pgliteTemplate() });
  await savePlaceDefaults(store, GUILD, { lang: 'fa', decimals: 2 }, 'ta');
  await store.close();
  process.env.DATA_DIR = directory;
  delete process.env.DATABASE_URL;
});

afterAll(async () => {
  for (const [key, value] of Object.entries(saved))
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  await rm(directory, { recursive: true, force: true });
});

describe('backprop-tutor run with a place', () => {
  it('answers as in the server given with --place, with its defaults; --lang still wins', async () => {
    const out = join(directory, 'out');
    const persian = await cli(['run', '/backprop preset:mazur view:forward', '--place', GUILD, '--out', out]);
    expect(persian.code).toBe(0);
    expect(withoutDirectionMarks(persian.stdout)).toContain('خروجی‌ها');
    expect(persian.stdout).toContain('0.75');
    expect(persian.stdout).not.toContain('0.7514');
    const english = await cli(['run', '/help', '--place', GUILD, '--lang', 'en']);
    expect(english.stdout).toContain('Persian (fa)');
    expect(english.stdout).not.toContain('فرمان');
  });

  it('keeps its own defaults, set with /settings, for --place cli; without --place it opens no database', async () => {
    const set = await cli(['run', '/settings lang:fa']);
    expect(set.code).toBe(0);
    const own = await cli(['run', '/help', '--place', 'cli']);
    expect(withoutDirectionMarks(own.stdout)).toContain('پیش‌فرض‌های اینجا');
    const plain = await cli(['run', '/help']);
    expect(plain.stdout).toContain('What this bot does');
  });
});
