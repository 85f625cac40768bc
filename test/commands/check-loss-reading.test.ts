// /check and a page's "MSE" (issue #11: never guess silently): read as ½Σ(t−o)² by convention and said so with
// `mse:mean` one click away, unless the student's own numbers settle it (the reply then says which lines did);
// `mse:` re-checks with the other reading, and is refused with a clear message on a page that says no "MSE".
import { describe, expect, it } from 'vitest';
import { loadCase } from '../../bench/corpus/cases.js';
import check from '../../commands/check.js';
import { lossReading } from '../../commands/check-loss-reading.js';
import { checkAnswers } from '../../src/check/check-answers.js';
import { parseDefinition } from '../../src/definition/index.js';
import { dispatch } from '../../src/dispatch/dispatcher.js';
import type { Deps, Reply, Request } from '../../src/dispatch/types.js';
import { withoutDirectionMarks } from '../../src/text/bidi.js';
import { fakeDeps } from '../dispatch/fakes.js';

// https://github.com/Sghosh1999/Machine-Learning-Deep-Learning-Fundamentals-Scratch (corpus: sghosh-single-neuron):
// "- Loss: Mean Squared Error (MSE)" on line 14; its solution's "Loss ≈ 0.1511" (line 16) is ½(1 − 0.4502)².
// With (1/n)Σ (one output: (t − o)²) the loss would be 0.3023.
const sghosh = loadCase('sghosh-single-neuron');
const request = (options: Request['options'], locale: 'en' | 'fa' = 'en'): Request => ({
  command: 'check',
  options: { public: false, hide: false, ...options },
  user: { id: 'u' },
  locale,
});
const run = (r: Request): Promise<Reply> => check.run(r, {} as Deps);
const plain = (text: string) => withoutDirectionMarks(text);

describe('/check and the reading of "MSE"', () => {
  it("says which reading the student's own numbers confirmed (the page's Loss ≈ 0.1511), and offers no other", async () => {
    const reply = await run(request({ net: sghosh.setupText, answers: sghosh.solutionText }));
    expect(reply.text).toContain('"MSE" (line 14) read as E = ½Σ(t−o)²: your numbers confirm it');
    expect(reply.text).toContain('Loss = 0.1511 (line 16)');
    expect(reply.text).not.toContain('write `loss: mse`');
    expect(reply.otherMse).toBeUndefined();
    const fa = await run(request({ net: sghosh.setupText, answers: sghosh.solutionText, lang: 'fa' }, 'fa'));
    expect(plain(fa.text)).toContain(
      '«MSE» (سطر ۱۴) به صورت E = ½Σ(t−o)² خوانده شد: اعداد خود شما آن را تأیید می‌کنند',
    );
    expect(plain(fa.text)).toContain('(سطر ۱۶)');
  });

  it('says the convention was taken and offers mse:mean when the answers decide nothing', async () => {
    const reply = await run(request({ net: sghosh.setupText, answers: 'y_pred = 0.4502' }));
    expect(reply.text).toContain('"MSE" (line 14) read as E = ½Σ(t−o)², the usual convention');
    expect(reply.text).toContain('`mse:mean`');
    expect(reply.otherMse).toBe('mean');
    const fa = await run(request({ net: sghosh.setupText, answers: 'y_pred = 0.4502', lang: 'fa' }, 'fa'));
    expect(plain(fa.text)).toContain('`mse:mean`');
    expect(plain(fa.text)).toContain('قرارداد رایج');
  });

  it('says when the student’s loss fits (1/n)Σ instead, and mse:mean re-checks it as such', async () => {
    const reply = await run(request({ net: sghosh.setupText, answers: 'Loss = 0.3023' }));
    expect(reply.text).toContain('but your Loss = 0.3023 (line 1) fits E = (1/n)Σ(t−o)²');
    expect(reply.text).toContain('`mse:mean`');
    expect(reply.otherMse).toBe('mean');
    const mean = await run(request({ net: sghosh.setupText, answers: 'Loss = 0.3023', mse: 'mean' }));
    expect(mean.text).toContain('"MSE" (line 14) read as E = (1/n)Σ(t−o)², as asked (`mse:mean`).');
    expect(mean.text).toContain('Score: **1/1**');
    expect(mean.otherMse).toBeUndefined();
    const fa = await run(
      request({ net: sghosh.setupText, answers: 'Loss = 0.3023', mse: 'mean', lang: 'fa' }, 'fa'),
    );
    expect(plain(fa.text)).toContain(
      '«MSE» (سطر ۱۴) به صورت E = (1/n)Σ(t−o)² خوانده شد، همان‌طور که خواسته شد',
    );
  });

  it('says the two readings are one with two outputs, and offers nothing (pythonandml: "is **MSE**")', async () => {
    // https://pythonandml.github.io/dlbook/content/multilayer_perceptrons/mlp_backpropagation.html (corpus: pythonandml-vectorized)
    const page = loadCase('pythonandml-vectorized');
    const reply = await run(request({ net: page.setupText, answers: page.solutionText }));
    expect(reply.text).toContain('with 2 outputs ½Σ(t−o)² and (1/n)Σ(t−o)² are the same loss');
    expect(reply.text).not.toContain('mse:mean');
    expect(reply.otherMse).toBeUndefined();
    const fa = await run(request({ net: page.setupText, answers: page.solutionText, lang: 'fa' }, 'fa'));
    expect(plain(fa.text)).toContain('با ۲ خروجی');
  });

  it('refuses mse: on a page that does not say "MSE", naming the option and the loss it has (en and fa)', async () => {
    const page = loadCase('course-q6').setupText;
    const options = { net: page, answers: 'h1 = 0.5933', mse: 'mean' };
    const en = await dispatch({ ...request(options) }, fakeDeps(), { commands: [check] });
    expect(en.kind).toBe('user-error');
    expect(en.text).toContain('`mse:mean`');
    expect(en.text).toContain('leaves no such "MSE" open (its loss is half_sse)');
    const fa = await dispatch({ ...request({ ...options, lang: 'fa' }, 'fa') }, fakeDeps(), {
      commands: [check],
    });
    expect(fa.kind).toBe('user-error');
    expect(plain(fa.text)).toContain('`mse:mean`');
    expect(plain(fa.text)).toContain('چنین «MSE» بازی ندارد');
  });

  it('refuses mse: where the worked numbers chose the loss (schiendorfer: no loss word, Σ(y − t)² by its numbers)', async () => {
    // https://alexander-schiendorfer.github.io/2020/02/24/a-worked-example-of-backprop.html: `L = np.sum(E_sq, …)`
    const page = loadCase('schiendorfer-no-bias');
    const options = { net: page.setupText, answers: page.solutionText, mse: 'mean' };
    const en = await dispatch({ ...request(options) }, fakeDeps(), { commands: [check] });
    expect(en.kind).toBe('user-error');
    expect(en.text).toContain('(its loss is sse)');
  });

  it('does not check a sheet a second time once the first check used up its work budget (said as assumed)', () => {
    const parsed = parseDefinition(sghosh.setupText);
    if (!parsed.ok) throw new Error('sghosh does not read');
    const options = { workBudget: 40 };
    const report = checkAnswers(parsed.value.spec, sghosh.solutionText, options);
    expect(report.unchecked).toBeGreaterThan(0);
    const said = lossReading(
      { line: 14 },
      undefined,
      { spec: parsed.value.spec, sheet: sghosh.solutionText, options, report },
      'en',
    );
    expect(said.offer).toBe('mean');
    expect(said.lines[0]).toContain('the usual convention');
  });
});
