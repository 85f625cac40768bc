// Alt text in Persian is Persian: no English words left in it (the loss after one step, the chart's kind), and
// the network an exercise hands out is described as what it is.
import { describe, expect, it } from 'vitest';
import { altText } from '../../src/render/alt.js';
import { withoutIsolates } from '../../src/text/bidi.js';
import { classicTrace } from './fixtures.js';

const ENGLISH_WORD = /\b[a-z]{3,}\b/i;

describe('alt text in Persian', () => {
  it('says the loss before and after one step in Persian', () => {
    const alt = withoutIsolates(
      altText({ kind: 'diagram', trace: classicTrace(), view: 'summary', locale: 'fa', precision: 4 }),
    );
    expect(alt).toContain('خطا E = 0.2984');
    expect(alt).toContain('پس از یک گام E = 0.2910');
    expect(alt.replace(/\bE\b/g, '')).not.toMatch(ENGLISH_WORD);
  });

  it("describes an exercise's network as the student's network, without a computed value", () => {
    const fa = withoutIsolates(
      altText({ kind: 'diagram', trace: classicTrace(), view: 'network', locale: 'fa' }),
    );
    expect(fa).toBe('شبکهٔ عصبی 2-2-2 شما: وزن‌ها، بایاس‌ها، ورودی‌ها و هدف‌ها.');
    const en = altText({ kind: 'diagram', trace: classicTrace(), view: 'network', locale: 'en' });
    expect(en).toBe('Your 2-2-2 neural network: its weights, biases, inputs and targets.');
  });

  it("names a chart's kind in Persian", () => {
    const alt = altText({
      kind: 'plot',
      chart: 'bar',
      title: 'بهترین امتیاز هر دانشجو',
      xLabel: 'امتیاز',
      yLabel: 'دانشجویان',
      series: [{ label: 'دانشجویان', x: [1], y: [1] }],
      locale: 'fa',
    } as Parameters<typeof altText>[0]);
    expect(alt).toMatch(/^نمودار میله‌ای: /);
  });
});
