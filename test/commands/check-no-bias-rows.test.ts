// /check on a network without biases: a wrong number given for a bias or its update is not blamed on a mistake
// about biases (there are none to update or freeze); the reply says in one line that every bias stays 0.
import { describe, expect, it } from 'vitest';
import { loadCase } from '../../bench/corpus/cases.js';
import check from '../../commands/check.js';
import type { Deps, Reply, Request } from '../../src/dispatch/types.js';
import { withoutDirectionMarks } from '../../src/text/bidi.js';

// https://alexander-schiendorfer.github.io/2020/02/24/a-worked-example-of-backprop.html (corpus: schiendorfer-no-bias):
// a 2-2-2 network with no biases (read alone, with ½Σ): a student who updates a bias anyway,
// b2 = 0 − 0.5 · (−0.0393) = 0.0197.
const page = loadCase('schiendorfer-no-bias').setupText;
const ANSWERS = 'dE/db2 = -0.0393193\nb2+ = 0.0196597\nb1+ = 0.0123';
const run = (locale: 'en' | 'fa'): Promise<Reply> =>
  check.run(
    {
      command: 'check',
      options: { net: page, answers: ANSWERS, public: false, hide: false, lang: locale },
      user: { id: 'u' },
      locale,
    } satisfies Request,
    {} as Deps,
  );

describe('/check: a bias on a network without biases', () => {
  it('says the network has no biases for the line that updates one, and names no bias mistake', async () => {
    const en = await run('en');
    expect(en.text).toContain(
      'Lines 2, 3 (b2+, b1+): this network has no biases; every bias is 0 and stays 0.',
    );
    expect(en.text).not.toContain('biases updated or fixed wrongly');
    const fa = withoutDirectionMarks((await run('fa')).text);
    expect(fa).toContain('سطرهای ۲، ۳ (b2+, b1+): این شبکه بایاس ندارد؛ همهٔ بایاس‌ها صفرند و صفر می‌مانند.');
  });
});
