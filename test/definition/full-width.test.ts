// Full-width punctuation of Chinese and Japanese pages (`（`, `：`, `，`, `。`) read as ASCII, every offset kept.
import { describe, expect, it } from 'vitest';
import { asciiOfFullWidth } from '../../src/definition/full-width.js';
import { formatDefinition, formatOneLine, loadPreset, parseDefinition } from '../../src/definition/index.js';
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

  // The format round-trip property met `description: "＂"` (seed -36825477): a full-width quote read as `"` closed
  // the string early. Every full-width character, in a name and a description, in both formats, reads back as typed.
  it('keeps quotes, #, $, \\ and | as typed, so a name or description with any full-width character reads back', () => {
    const mazur = loadPreset('mazur');
    if (!mazur.ok) throw new Error('mazur');
    const characters = Array.from({ length: 0xff5e - 0xff01 + 1 }, (_, k) => String.fromCharCode(0xff01 + k));
    const unread: string[] = [];
    for (const c of [...characters, '\u3000', '、', '。'])
      for (const text of [c, `a${c}b`, `${c}${c}`])
        for (const format of [formatDefinition, formatOneLine]) {
          const spec = { ...mazur.value.spec, name: text, description: text };
          const back = parseDefinition(format(spec));
          if (!back.ok || back.value.spec.name !== text || back.value.spec.description !== text)
            unread.push(`${format.name} ${text}`);
        }
    expect(unread).toEqual([]);
  });
});
