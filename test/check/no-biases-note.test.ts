// /check on a page without biases says so (issue #11: "a network without biases is … stated in the reply").
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noBiasesReading } from '../../src/check/no-biases-note.js';
import { parseDefinition } from '../../src/definition/index.js';

// https://alexander-schiendorfer.github.io/2020/02/24/a-worked-example-of-backprop.html (corpus: schiendorfer-no-bias):
// the page's NumPy setup, with no biases.
const SETUP = readFileSync(
  join(import.meta.dirname, '../fixtures/real-world/schiendorfer-no-bias/setup.txt'),
  'utf8',
);
// https://github.com/kaifeng/llm-learn/blob/main/source/part_basics/training/backpropagation.md: biases given.
const KAIFENG = String.raw`**输入数据** ：$X = [1, 2]$，真实标签：$y = 0.5$
隐藏层权重：$W_1 = \begin{bmatrix}0.5 & 0.6 \\ 0.7 & 0.8\end{bmatrix}$，偏置：$b_1 = [0.1, 0.2]$
输出层权重：$W_2 = [0.9, 0.1]$，偏置：$b_2 = 0.3$`;

describe('noBiasesReading', () => {
  it('says a page without biases is read as a network without biases (en and fa)', () => {
    const parsed = parseDefinition(SETUP);
    if (!parsed.ok) throw new Error('schiendorfer setup not read');
    expect(noBiasesReading(parsed.value.noteMessages, 'en')).toEqual([
      'The page gives no biases: read as a network without biases (all 0, none updated).',
    ]);
    expect(noBiasesReading(parsed.value.noteMessages, 'fa')).toEqual([
      'صفحه هیچ بایاسی نداده است: شبکه بدون بایاس خوانده شد (همه صفر و بدون به‌روزرسانی).',
    ]);
  });

  it('says nothing of a page that gives biases', () => {
    const parsed = parseDefinition(KAIFENG);
    if (!parsed.ok) throw new Error('kaifeng setup not read');
    expect(noBiasesReading(parsed.value.noteMessages, 'en')).toEqual([]);
  });
});
