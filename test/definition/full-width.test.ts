// Full-width punctuation of Chinese and Japanese pages (`（`, `：`, `，`, `。`) read as ASCII, every offset kept.
import { describe, expect, it } from 'vitest';
import { asciiOfFullWidth } from '../../src/definition/full-width.js';
import { normaliseInput } from '../../src/definition/normalise.js';

// https://github.com/lucker3900/machine_learning (a notebook's comment cell, as published).
const HIDDEN = '#一个隐藏层（3个神经元，使用 ReLU 激活函数）';

describe('full-width punctuation', () => {
  it('maps the full-width forms and the ideographic comma, full stop and space, and nothing else', () => {
    expect([...'（）：，；＝０．５ｗ'].map(asciiOfFullWidth).join('')).toBe('():,;=0.5w');
    expect(['、', '。', '\u3000'].map(asciiOfFullWidth)).toEqual([',', '.', ' ']);
    expect(['层', 'a', '(', '٫'].map(asciiOfFullWidth)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it("normalises a real page's brackets and commas without moving a column", () => {
    const { body } = normaliseInput(HIDDEN);
    expect(body.text).toBe('#一个隐藏层(3个神经元,使用 ReLU 激活函数)');
    expect(HIDDEN[body.map[body.text.indexOf(',')]!]).toBe('，');
  });
});
