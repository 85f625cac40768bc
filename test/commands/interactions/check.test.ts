// /check's "Other reading" button: a setup read in an assumed order that the answers did not settle is re-checked
// with the other numbering in one click (issue #11), the same answers and line numbers kept.
import { describe, expect, it } from 'vitest';
import { loadCase } from '../../../bench/corpus/cases.js';
import check from '../../../commands/check.js';
import { joinSheet, splitSheet } from '../../../commands/interactions/check-sheet.js';
import { checkInteractions } from '../../../commands/interactions/check.js';
import { shownButtons } from '../../../src/dispatch/interactions.js';
import type { Deps, Reply, Request } from '../../../src/dispatch/types.js';
import { declaredButtons } from '../../../src/platforms/discord/message.js';

// kaifeng-chinese-2-2-1: W_1 = [[0.5, 0.6], [0.7, 0.8]], X = [1, 2]. Read W x by convention L = 0.03437; the
// page's own X · W_1 gives L = 0.03531. A student's wrong `L = 0.09` fits neither, so nothing settles it.
const kaifeng = loadCase('kaifeng-chinese-2-2-1').setupText;
const WRONG_LOSS = '\nL = 0.09';
const buttons = checkInteractions.buttons!;
const request = (options: Request['options'], text?: string, locale: 'en' | 'fa' = 'en'): Request => ({
  command: 'check',
  options: { public: false, hide: false, ...options },
  ...(text === undefined ? {} : { text }),
  user: { id: 'u' },
  locale,
});
const run = (r: Request): Promise<Reply> => check.run(r, {} as Deps);

describe("/check's other-reading button", () => {
  it('comes when the setup was read in an assumed order the answers did not settle; its click re-checks x @ W', async () => {
    const first = request({ net: kaifeng }, WRONG_LOSS);
    const reply = await run(first);
    expect(reply.text).toContain('0.03437');
    expect(reply.text).toContain('numbering:source-first');
    const state = buttons.state(first, reply)!;
    expect(state.other).toBe('source-first');
    expect(shownButtons(buttons, state).map((b) => b.id)).toEqual(['other-reading']);
    const options = buttons.buttons.find((b) => b.id === 'other-reading')!.click(state);
    expect(options).toMatchObject({ numbering: 'source-first', answers: WRONG_LOSS, public: false });
    const other = await run(request(options));
    expect(other.text).toContain('0.03531');
    // The answer stays on the line it was typed on.
    expect(other.text).toMatch(/\n\s+2\s+L /);
  });

  it('keeps a pasted ```setup``` and the answers after it, and labels the button in Persian', async () => {
    const text = '```\n' + kaifeng + '\n```' + WRONG_LOSS;
    const first = request({ lang: 'fa' }, text, 'fa');
    const reply = await run(first);
    const state = buttons.state(first, reply)!;
    expect(state.other).toBe('source-first');
    const all = declaredButtons('check', buttons, state, 'fa', true)!.flatMap(
      (row) => (row as { components: { custom_id: string; label: string }[] }).components,
    );
    expect(all.find((c) => c.custom_id === 'b:check:other-reading:@')!.label).toBe('خوانش دیگر');
    const options = buttons.buttons[0]!.click(state);
    expect((await run(request(options, undefined, 'fa'))).text).toContain('0.03531');
  });

  it('is not offered when the answers settle the reading (the page’s own line out of its solution)', async () => {
    const settled = request({ net: kaifeng }, '$a_1 = \\sigma(z_1) \\approx [0.8808, 0.9084]$\nL = 0.09');
    const reply = await run(settled);
    expect(reply.otherNumbering).toBeUndefined();
    expect(buttons.state(settled, reply)).toBeUndefined();
  });

  it('is not offered when `numbering` was typed, nor for a preset', async () => {
    const typed = request({ net: kaifeng, numbering: 'destination-first' }, WRONG_LOSS);
    expect(buttons.state(typed, await run(typed))).toBeUndefined();
    const preset = request({ preset: 'course-q6' }, 'net_h1 = 0.9');
    expect(buttons.state(preset, await run(preset))).toBeUndefined();
  });
});

describe('the setup and answers as one text', () => {
  it('splits back to the same two parts, blank lines and line numbers kept', () => {
    const sheet = joinSheet(' W1 = [[1, 2], [3, 4]]\n', '\n\nL = 0.09')!;
    expect(splitSheet(sheet)).toEqual({ setup: 'W1 = [[1, 2], [3, 4]]', answers: '\n\nL = 0.09' });
  });

  it('refuses a setup holding the divider line itself', () => {
    expect(joinSheet('w1 = 0.1\n--- answers ---\nw2 = 0.2', 'L = 1')).toBeUndefined();
  });
});
