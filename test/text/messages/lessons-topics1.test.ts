// The optimisation lessons' Persian figure labels keep their order when drawn: no two left-to-right runs side by side.
import { describe, expect, it } from 'vitest';
import { visualRuns } from '../../../src/render/text.js';
import { lessonsTopics1Messages } from '../../../src/text/messages/lessons-topics1.js';

/** Every parameter a label asks for, as a number or a weight's name. */
const params = new Proxy(
  {},
  { get: (_target, key) => (typeof key === 'string' ? (key === 'weight' ? 'w6' : '0.05') : undefined) },
);

describe('lessons-topics1 figure labels in Persian', () => {
  it('never put two left-to-right runs next to each other (they would read in the wrong order right to left)', () => {
    const merged: string[] = [];
    for (const [id, message] of Object.entries(lessonsTopics1Messages)) {
      const text =
        typeof message.fa === 'function' ? message.fa(params as Record<string, string>) : message.fa;
      const runs = visualRuns(text);
      if (runs.some((run, k) => k > 0 && !run.rtl && !runs[k - 1]!.rtl)) merged.push(id);
    }
    expect(merged).toEqual([]);
  });

  // Across ": " the runs now stay apart (src/text/bidi.ts separatesClauses); across " - " they still merge.
  it('catches the case it guards against: a Latin word and a formula joined into one run', () => {
    const runs = visualRuns('داده‌های moons - \u2066η = 0.05\u2069');
    expect(runs.some((run, k) => k > 0 && !run.rtl && !runs[k - 1]!.rtl)).toBe(true);
  });
});
