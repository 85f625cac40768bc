// /check's "MSE as (1/n)Σ" button: a page's "MSE" read as ½Σ by convention that the answers did not settle is
// re-checked as the mean in one click (issue #11), the same answers, line numbers and other options kept.
import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../bench/corpus/cases.js';
import check from '../../../commands/check.js';
import { checkInteractions } from '../../../commands/interactions/check.js';
import { shownButtons } from '../../../src/dispatch/interactions.js';
import type { Deps, Reply, Request } from '../../../src/dispatch/types.js';
import { declaredButtons } from '../../../src/platforms/discord/message.js';

// https://github.com/Sghosh1999/Machine-Learning-Deep-Learning-Fundamentals-Scratch (corpus: sghosh-single-neuron):
// "- Loss: Mean Squared Error (MSE)". A student's `Loss = 0.3023` is (1 − 0.4502)², the mean over one output.
const sghosh = loadCase('sghosh-single-neuron').setupText;
const buttons = checkInteractions.buttons!;
const request = (options: Request['options'], locale: 'en' | 'fa' = 'en'): Request => ({
  command: 'check',
  options: { public: false, hide: false, ...options },
  user: { id: 'u' },
  locale,
});
const run = (r: Request): Promise<Reply> => check.run(r, {} as Deps);

describe("/check's MSE-reading button", () => {
  it('comes when "MSE" was read as ½Σ by convention; its click re-checks with mse:mean', async () => {
    const first = request({ net: sghosh, answers: '\nLoss = 0.3023', hide: true });
    const reply = await run(first);
    expect(reply.text).toContain('`mse:mean`');
    const state = buttons.state(first, reply)!;
    expect(state['other-mse']).toBe('mean');
    expect(state.other).toBeUndefined();
    expect(shownButtons(buttons, state).map((b) => b.id)).toEqual(['mse-reading']);
    const options = buttons.buttons.find((b) => b.id === 'mse-reading')!.click(state);
    expect(options).toMatchObject({ mse: 'mean', answers: '\nLoss = 0.3023', hide: true, public: false });
    expect(options.numbering).toBeUndefined();
    const mean = await run(request(options));
    expect(mean.text).toContain('as asked (`mse:mean`)');
    // The answer stays on the line it was typed on, and is right as the mean.
    expect(mean.text).toMatch(/\n\s+2\s+Loss /);
    expect(mean.text).toContain('Score: **1/1**');
    expect(buttons.state(request(options), mean)).toBeUndefined();
  });

  it('is labelled in Persian', async () => {
    const first = request({ net: sghosh, answers: 'Loss = 0.3023', lang: 'fa' }, 'fa');
    const state = buttons.state(first, await run(first))!;
    const all = declaredButtons('check', buttons, state, 'fa', true)!.flatMap(
      (row) => (row as { components: { custom_id: string; label: string }[] }).components,
    );
    expect(all.map((c) => c.custom_id)).toEqual(['b:check:mse-reading:@']);
    expect(all[0]!.label).toContain('MSE به صورت');
  });

  it('is not offered when the answers confirm ½Σ, nor when mse: was typed', async () => {
    const page = loadCase('sghosh-single-neuron');
    const confirmed = request({ net: page.setupText, answers: page.solutionText });
    expect(buttons.state(confirmed, await run(confirmed))).toBeUndefined();
    const typed = request({ net: sghosh, answers: 'Loss = 0.3023', mse: 'half-sum' });
    const reply = await run(typed);
    expect(reply.text).toContain('as asked (`mse:half-sum`)');
    expect(buttons.state(typed, reply)).toBeUndefined();
  });

  // aiml-notes-relu (corpus): "2 inputs, 2 hidden neurons (ReLU), 1 output (sigmoid), MSE loss." and `w11 = 0.1,
  // w12 = 0.3` in an order nothing on the page settles: both readings are open, each with its own button.
  it('comes beside "Other reading"; each click keeps the other reading open and what was typed', async () => {
    const aiml = loadCase('aiml-notes-relu').setupText;
    const first = request({ net: aiml, answers: 'E = 0.99' });
    const reply = await run(first);
    const state = buttons.state(first, reply)!;
    expect(shownButtons(buttons, state).map((b) => b.id)).toEqual(['other-reading', 'mse-reading']);
    const byMse = buttons.buttons.find((b) => b.id === 'mse-reading')!.click(state);
    expect(byMse.numbering).toBeUndefined();
    const mean = await run(request(byMse));
    const afterMse = buttons.state(request(byMse), mean)!;
    expect(shownButtons(buttons, afterMse).map((b) => b.id)).toEqual(['other-reading']);
    // The other order, clicked after the mean: the mean stays.
    const both = buttons.buttons.find((b) => b.id === 'other-reading')!.click(afterMse);
    expect(both).toMatchObject({ mse: 'mean', numbering: reply.otherNumbering });
    const last = await run(request(both));
    expect(last.text).toContain('as asked (`mse:mean`)');
    expect(buttons.state(request(both), last)).toBeUndefined();
  });
});
