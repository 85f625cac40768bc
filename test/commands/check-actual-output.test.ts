// /check on HMKCode's page: its "actual output = 1.0" is the target, and the reply says so (en and fa).
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

// https://hmkcode.github.io/ai/backpropagation-step-by-step/ (2018 text; corpus: hmkcode-step-by-step)
const page = (file: string) =>
  readFileSync(
    fileURLToPath(new URL(`../fixtures/real-world/hmkcode-step-by-step/${file}`, import.meta.url)),
    'utf8',
  );

describe('/check on HMKCode’s page', () => {
  it('marks its actual output = 1.0 right, as the target, takes the solution’s learning rate, and says both', async () => {
    // As /check takes a page: its setup in a fenced block, then the worked solution.
    const text = `\`\`\`\n${page('setup.txt')}\`\`\`\n${page('solution.txt')}`;
    const en = await dispatch(request({}, { text }), fakeDeps(), { commands });
    expect(en.kind).toBe('ok');
    expect(en.text).toContain('Line 55: “actual output” read as the target: its number is the target’s');
    // Its learning rate is only in the solution ("learning rate (a) as 0.05"): its new weights confirm it.
    expect(en.text).toContain('Learning rate 0.05: not in the setup, but the worked solution gives it');
    // Every number right but the page's own slip, *h2 = 2 * 0.115 + 3 * 0.073 = 0.448 (0.449).
    expect(en.text).toContain('Score: **15/16**');
    expect(en.text).toContain('✗ line 127: no catalogued mistake reproduces this number.');
    const fa = await dispatch(request({ lang: 'fa' }, { text, locale: 'fa' }), fakeDeps(), { commands });
    expect(withoutDirectionMarks(fa.text)).toContain('«actual output» به معنای هدف');
  });
});
