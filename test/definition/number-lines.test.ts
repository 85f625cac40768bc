// "The network as I understood it" on a pasted page says the line(s) each number came from (issue 11), in en and fa.
import { describe, expect, it } from 'vitest';
import { loadCase } from '../../bench/corpus/cases.js';
import { parseDefinition } from '../../src/definition/index.js';
import { t } from '../../src/text/i18n.js';
import { withoutDirectionMarks } from '../../src/text/bidi.js';

const linesOf = (text: string, locale: 'en' | 'fa' = 'en') => {
  const parsed = parseDefinition(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  const note = parsed.value.numberLines;
  return note && withoutDirectionMarks(t(locale, note.id, note.params));
};

describe('number lines of a pasted page', () => {
  it("names aiml-notes' lines, each layer's weights where they were written (w11…w22 lines 22–23, v1 v2 line 28)", () => {
    // test/fixtures/real-world/aiml-notes-relu/setup.txt lines 18–30 ("Inputs:  x1 = 0.5,  x2 = 0.8" …)
    expect(linesOf(loadCase('aiml-notes-relu').setupText)).toBe(
      'From the page: input line 18 · target line 19 · W1 lines 22–23 · b1 line 25 · W2 line 28 · b2 line 30.',
    );
  });

  it('says it in Persian with Persian digits for the lines', () => {
    expect(linesOf(loadCase('aiml-notes-relu').setupText, 'fa')).toBe(
      'از صفحه: ورودی سطر ۱۸ · هدف سطر ۱۹ · `W1` سطرهای ۲۲–۲۳ · `b1` سطر ۲۵ · `W2` سطر ۲۸ · `b2` سطر ۳۰.',
    );
  });

  it("names a LaTeX table's header and value rows, not the \\hline between (han-kamber, lines 13 and 15)", () => {
    // X = (1,0,1) and the learning rate are in line 5's prose; w_{14}…w_{06} in the table of lines 13–15.
    expect(linesOf(loadCase('han-kamber-appendix-b').setupText)).toBe(
      'From the page: input lines 5, 13, 15 · target line 5 · W1 lines 13, 15 · b1 lines 13, 15 · W2 lines 13, 15 · b2 lines 13, 15 · η line 5.',
    );
  });

  it("names kaifeng's lines (weights read in an assumed order keep their lines)", () => {
    expect(linesOf(loadCase('kaifeng-chinese-2-2-1').setupText)).toBe(
      'From the page: input line 11 · target line 11 · W1 line 14 · b1 line 14 · W2 line 15 · b2 line 15.',
    );
  });

  it('names at most three places for one field, then …, so the other notes keep their room', () => {
    const scattered = [
      'A small worked example, with each value on its own line.',
      ...[1, 2, 3, 4, 5].map((n) => `\nx${n} = 0.${n}`),
      '\nTarget: t = 1',
      'Weights: w1 = 0.1, w2 = 0.2, w3 = 0.3, w4 = 0.4, w5 = 0.5',
      'Bias b1 = 0.1',
    ].join('\n');
    expect(linesOf(scattered)).toBe(
      'From the page: input lines 3, 5, 7, … · target line 13 · W1 line 14 · b1 line 15.',
    );
  });

  it('is not said for our own notation typed by hand', () => {
    expect(
      linesOf(
        'layers: 2-2-2\nW1 = [[0.15, 0.2], [0.25, 0.3]]\nW2 = [[0.4, 0.45], [0.5, 0.55]]\nb1 = 0.35\nb2 = 0.6\ninput = [0.05, 0.1]\ntarget = [0.01, 0.99]',
      ),
    ).toBeUndefined();
  });
});
