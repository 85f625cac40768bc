// /check says every default its network took where the pasted setup said nothing (never a silent learning rate).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import check from '../../commands/check.js';
import { dispatch } from '../../src/dispatch/dispatcher.js';
import type { Request } from '../../src/dispatch/types.js';
import { withoutDirectionMarks } from '../../src/text/bidi.js';
import { fakeDeps } from '../dispatch/fakes.js';

const commands = [check];
const request = (options: Request['options'], extra: Partial<Request> = {}): Request => ({
  command: 'check',
  options,
  user: { id: 'ta' },
  locale: 'en',
  ...extra,
});

// https://hmkcode.github.io/ai/backpropagation-step-by-step/ (2018 text; corpus: hmkcode-step-by-step): the setup
// gives no learning rate; here only the solution's forward pass and error (lines 1–20) are pasted under it.
const page = (file: string) =>
  readFileSync(
    fileURLToPath(new URL(`../fixtures/real-world/hmkcode-step-by-step/${file}`, import.meta.url)),
    'utf8',
  );
const FORWARD = page('solution.txt').split('\n').slice(0, 20).join('\n');
const text = `\`\`\`\n${page('setup.txt')}\`\`\`\n${FORWARD}`;

describe('/check on a setup without a learning rate', () => {
  it('says the learning rate it took by default, in en and fa', async () => {
    const en = await dispatch(request({}, { text }), fakeDeps(), { commands });
    expect(en.kind).toBe('ok');
    expect(en.text).toContain('No `learning rate` given: using 0.5 (the default).');
    const fa = await dispatch(request({ lang: 'fa' }, { text, locale: 'fa' }), fakeDeps(), { commands });
    expect(withoutDirectionMarks(fa.text)).toContain('learning rate');
    expect(withoutDirectionMarks(fa.text)).toContain('داده نشده بود: مقدار پیش‌فرض');
  });
});
