// `backprop-tutor run` and /settings: the command line is its own place (`cli`), and `--place` answers as in
// another one, reading its defaults from the database of DATA_DIR; `--lang` goes before the place's language.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { savePlaceDefaults } from '../../../src/settings/defaults-cache.js';
import { withoutDirectionMarks } from '../../../src/text/bidi.js';
import { useSeededDataDir } from './data-dir.js';
import { cli } from './in-process.js';

const GUILD = 'discord:1180000000000000100';
const dataDir = useSeededDataDir('backprop-cli-settings-', async (store) => {
  await savePlaceDefaults(store, GUILD, { lang: 'fa', decimals: 2 }, 'ta');
});

describe('backprop-tutor run with a place', () => {
  it('answers as in the server given with --place, with its defaults; --lang still wins', async () => {
    const out = join(dataDir.path, 'out');
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
