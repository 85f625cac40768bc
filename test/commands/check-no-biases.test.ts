// /check on a page without biases says, like /backprop, that it read a network without biases (en and fa).
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

// https://alexander-schiendorfer.github.io/2020/02/24/a-worked-example-of-backprop.html (corpus: schiendorfer-no-bias)
const page = (file: string) =>
  readFileSync(
    fileURLToPath(new URL(`../fixtures/real-world/schiendorfer-no-bias/${file}`, import.meta.url)),
    'utf8',
  );

describe('/check on a page without biases', () => {
  it('says the page gives no biases and it read a network without biases', async () => {
    const text = `${page('setup.txt')}\n${page('solution.txt')}`;
    const en = await dispatch(request({}, { text }), fakeDeps(), { commands });
    expect(en.kind).toBe('ok');
    expect(en.text).toContain('The page gives no biases: read as a network without biases');
    const fa = await dispatch(request({ lang: 'fa' }, { text, locale: 'fa' }), fakeDeps(), { commands });
    expect(withoutDirectionMarks(fa.text)).toContain('صفحه هیچ بایاسی نداده است: شبکه بدون بایاس خوانده شد');
  });
});
