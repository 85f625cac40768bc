// Which definition notes /check repeats: a reading the numbers confirmed, one taken by convention with the option for
// the other, and a page read without biases; never a default.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  assumedReadings,
  confirmedReadings,
  noBiasesReading,
  otherOrderToOffer,
} from '../../src/check/reading-notes.js';
import { parseDefinition, type Note } from '../../src/definition/index.js';

// https://github.com/kaifeng/llm-learn/blob/main/source/part_basics/training/backpropagation.md (corpus: kaifeng-chinese-2-2-1)
const KAIFENG = String.raw`**输入数据** ：$X = [1, 2]$，真实标签：$y = 0.5$
隐藏层权重：$W_1 = \begin{bmatrix}0.5 & 0.6 \\ 0.7 & 0.8\end{bmatrix}$，偏置：$b_1 = [0.1, 0.2]$
输出层权重：$W_2 = [0.9, 0.1]$，偏置：$b_2 = 0.3$`;

describe('confirmedReadings', () => {
  it("keeps only the readings the page's numbers confirmed, in the reply's language", () => {
    const parsed = parseDefinition(KAIFENG, {
      worked: String.raw`$a_1 = \sigma(z_1) \approx [0.8808, 0.9168]$`,
    });
    if (!parsed.ok) throw new Error('kaifeng setup not read');
    expect(confirmedReadings(parsed.value.noteMessages, 'en')).toEqual([
      "Weights read source-first: the page's own numbers (0.8808, 0.9168) confirm it.",
    ]);
    expect(confirmedReadings(parsed.value.noteMessages, 'fa')).toHaveLength(1);
  });

  it("says which of two values a page states the answers settled (Gad's slides: W2 = 0.5 in the table, 0.2 in the diagram)", () => {
    const slides = readFileSync(
      join(import.meta.dirname, '../fixtures/real-world/gad-slides-bold-digits/setup.txt'),
      'utf8',
    );
    // 0.1·0.5 + 0.3·0.2 + 1.83 = 1.94: only W2 = 0.2 makes it.
    const parsed = parseDefinition(slides, { worked: 'net = 1.94' });
    if (!parsed.ok) throw new Error('gad setup not read with its answers');
    const [line] = confirmedReadings(parsed.value.noteMessages, 'en');
    expect(line).toMatch(/^`W2` is stated twice: 0\.2 on line \d+ and 0\.5 on line \d+\./);
    expect(confirmedReadings(parsed.value.noteMessages, 'fa')).toHaveLength(1);
  });

  it('says nothing when no worked number settled a reading (the defaults and assumptions are /backprop’s to list)', () => {
    const parsed = parseDefinition(KAIFENG);
    if (!parsed.ok) throw new Error('kaifeng setup not read');
    expect(parsed.value.noteMessages.length).toBeGreaterThan(0);
    expect(confirmedReadings(parsed.value.noteMessages, 'en')).toEqual([]);
  });
});

describe('assumedReadings', () => {
  const notes: Note[] = [
    { id: 'definition.note.reading_assumed', params: { order: 'destination-first', other: 'source-first' } },
    { id: 'definition.note.mse_reading', params: { line: 14 } },
    { id: 'definition.note.default', params: { key: 'steps', value: '1' } },
  ];

  it('keeps the conventions taken (order, ½ in MSE), not the plain defaults', () => {
    expect(assumedReadings(notes, 'en', false)).toEqual([
      'Weights read destination-first (the usual convention; nothing on the page decides it). For the other reading add `numbering:source-first`.',
      '"MSE" (line 14) read as E = ½Σ(t−o)², the usual convention in worked backpropagation examples; for (1/n)Σ(t−o)² write `loss: mse`.',
    ]);
  });

  it("leaves the order out when the sheet's own numbers chose it (the report's numbering note says so)", () => {
    expect(assumedReadings(notes, 'en', true)).toHaveLength(1);
  });
});

describe('otherOrderToOffer', () => {
  const parsed = parseDefinition(KAIFENG);
  if (!parsed.ok) throw new Error('kaifeng setup not read');
  const notes = parsed.value.noteMessages;

  it("offers the other order of a setup read by convention (kaifeng's W x), for the reply's button", () => {
    expect(otherOrderToOffer(notes, undefined, false)).toBe('source-first');
  });

  it('offers none when `numbering` was typed or the sheet’s own numbers chose it', () => {
    expect(otherOrderToOffer(notes, 'destination-first', false)).toBeUndefined();
    expect(otherOrderToOffer(notes, undefined, true)).toBeUndefined();
  });
});

// /check on a page without biases says so (issue #11: "a network without biases is … stated in the reply").
// https://alexander-schiendorfer.github.io/2020/02/24/a-worked-example-of-backprop.html (corpus: schiendorfer-no-bias):
// the page's NumPy setup, with no biases.
const SCHIENDORFER = readFileSync(
  join(import.meta.dirname, '../fixtures/real-world/schiendorfer-no-bias/setup.txt'),
  'utf8',
);

describe('noBiasesReading', () => {
  it('says a page without biases is read as a network without biases (en and fa)', () => {
    const parsed = parseDefinition(SCHIENDORFER);
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
