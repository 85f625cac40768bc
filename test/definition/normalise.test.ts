// Step 1: the network part of a message, with Persian digits and Unicode operators made plain, offsets kept.
import { describe, expect, it } from 'vitest';
import { normaliseInput } from '../../src/definition/normalise.js';

describe('normaliseInput', () => {
  it('keeps only the first fenced block, and maps back to the original offsets', () => {
    const text = 'Here it is:\n```text\nlr: 0.5\n```\nthanks';
    const body = normaliseInput(text);
    expect(body.text).toBe('lr: 0.5');
    expect(text[body.map[0]!]).toBe('l');
  });

  it('reads Persian digits and the Unicode minus as plain characters', () => {
    expect(normaliseInput('نرخ یادگیری: ۰٫۵\nw1 = −0.3').text).toBe('نرخ یادگیری: 0.5\nw1 = -0.3');
  });
});
