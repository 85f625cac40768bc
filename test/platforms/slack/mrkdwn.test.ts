import { describe, expect, it } from 'vitest';
import { markdownToMrkdwn, splitForSections } from '../../../src/platforms/slack/mrkdwn.js';

describe('markdownToMrkdwn', () => {
  it('converts bold, italics, strike-through, headings, links and bullets', () => {
    expect(markdownToMrkdwn('**Loss** is *small* and ~~big~~')).toBe('*Loss* is _small_ and ~big~');
    expect(markdownToMrkdwn('## Backward pass')).toBe('*Backward pass*');
    expect(markdownToMrkdwn('see [the notes](https://example.edu/nn) now')).toBe(
      'see <https://example.edu/nn|the notes> now',
    );
    expect(markdownToMrkdwn('- w1 = 0.15\n* w2 = 0.20')).toBe('• w1 = 0.15\n• w2 = 0.20');
  });

  it('escapes &, < and > and leaves code untouched apart from that', () => {
    expect(markdownToMrkdwn('if net < 0 & relu')).toBe('if net &lt; 0 &amp; relu');
    expect(markdownToMrkdwn('`**not bold** a<b`')).toBe('`**not bold** a&lt;b`');
    expect(markdownToMrkdwn('```text\n**raw**\n```')).toBe('```\n**raw**\n```');
  });

  it('keeps multiplication signs and products intact', () => {
    expect(markdownToMrkdwn('δ = 0.74 * 0.19 * 0.59')).toBe('δ = 0.74 * 0.19 * 0.59');
  });

  it('turns a Markdown table into a code block without the rule line', () => {
    const table = '| weight | old | new |\n|---|---:|---:|\n| w5 | 0.4000 | 0.3589 |';
    expect(markdownToMrkdwn(table)).toBe('```\n| weight | old | new |\n| w5 | 0.4000 | 0.3589 |\n```');
  });

  it('keeps Persian text and left-to-right isolates as they are', () => {
    const persian = 'خطا: \u20660.2984\u2069';
    expect(markdownToMrkdwn(`**${persian}**`)).toBe(`*${persian}*`);
  });
});

describe('splitForSections', () => {
  it('splits at line breaks into chunks of at most the limit, losing nothing', () => {
    const text = Array.from({ length: 500 }, (_, i) => `line ${i} ${'x'.repeat(i % 40)}`).join('\n');
    const chunks = splitForSections(text, 3000);
    expect(chunks.every((c) => c.length <= 3000)).toBe(true);
    expect(chunks.join('\n')).toBe(text);
  });
});
