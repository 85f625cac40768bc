// Mathematical bold and italic glyphs from PDF slides → plain text; split decimals joined only when unambiguous.
import { describe, expect, it } from 'vitest';
import { plainMathAlphanumerics, plainMathText } from '../../src/definition/math-alphanumerics.js';
import { parseDefinition } from '../../src/definition/index.js';
import { normaliseInput } from '../../src/definition/normalise.js';
import { fromString } from '../../src/definition/source.js';

// Ahmed Fawzy Gad's slides as a PDF host extracted them (gad-slides-bold-digits in the corpus):
// https://pdfslide.tips/amp/education/backpropagation-understanding-how-to-update-anns-weights-step-by-step.html
const TABLES = '𝐗𝟏 𝐗𝟐 𝐎𝐮𝐭𝐩𝐮𝐭\n\n𝟎. 𝟏 𝟎. 𝟑 𝟎. 𝟎𝟑\n\n𝐖𝟏 𝐖𝟐 𝐛\n\n𝟎. 𝟓 𝟎. 𝟓 1. 𝟖𝟑';

describe('plainMathText', () => {
  it('reads bold and italic letters and digits as plain ones', () => {
    expect(plainMathText('𝐗𝟏 𝐗𝟐 𝐎𝐮𝐭𝐩𝐮𝐭')).toBe('X1 X2 Output');
    expect(plainMathText('𝑾𝟏 = 𝟎. 𝟓')).toBe('W1 = 0.5');
    expect(plainMathText('𝒃 = 𝟏. 𝟖𝟑')).toBe('b = 1.83');
    expect(plainMathText('+𝟏')).toBe('+1');
    // Greek and the italic h that Unicode keeps outside the block.
    expect(plainMathText('𝜂 = 𝟎. 𝟎𝟏, ℎ𝟏')).toBe('η = 0.01, h1');
  });

  it('joins each decimal of a row split after its point, and a plain integer part before bold digits', () => {
    expect(plainMathText('𝟎. 𝟏 𝟎. 𝟑 𝟎. 𝟎𝟑')).toBe('0.1 0.3 0.03');
    expect(plainMathText('𝟎. 𝟓 𝟎. 𝟓 1. 𝟖𝟑')).toBe('0.5 0.5 1.83');
    expect(plainMathText('𝒔 = 𝟎. 𝟏 ∗ 𝟎. 𝟓 + 𝟎. 𝟑 ∗ 𝟎. 𝟐 + 𝟏. 𝟖𝟑')).toBe('s = 0.1 ∗ 0.5 + 0.3 ∗ 0.2 + 1.83');
    // A sentence may end after a bold decimal.
    expect(plainMathText('𝑾𝟏 = 𝟎. 𝟓.')).toBe('W1 = 0.5.');
  });

  it('never joins numbers that are not one split decimal', () => {
    // Plain digits: a numbered list, a sentence ending in a number, the slides' own "network:1. Prepare".
    for (const text of [
      '1. 2. 3.',
      'the bias is 0. 3 hidden units follow',
      'Steps to train our network:1. Prepare',
    ]) {
      expect(plainMathText(text)).toBe(text);
    }
    // …even beside bold glyphs: only a math digit shows the split came from the extraction.
    expect(plainMathText('𝑾𝟏 = 𝟎. 𝟓; the bias is 0. 3 hidden units follow')).toBe(
      'W1 = 0.5; the bias is 0. 3 hidden units follow',
    );
    // Bold digits in a chain number a list: mapped, never joined.
    expect(plainMathText('𝟏. 𝟐. 𝟑.')).toBe('1. 2. 3.');
    expect(plainMathText('𝟏. 𝟐. 𝟑')).toBe('1. 2. 3');
    // Two spaces, or none after the point, are not this extraction's split.
    expect(plainMathText('𝟎.  𝟓')).toBe('0.  5');
    expect(plainMathText('𝟎.𝟓')).toBe('0.5');
  });

  it('keeps Persian and Arabic text and digits as they were', () => {
    const text = 'جامعة المنوفية\nنرخ یادگیری: ۰٫۵ و وزن ٠٫٣';
    expect(plainMathText(text)).toBe(text);
    expect(normaliseInput('نرخ یادگیری: ۰٫۵\n𝑾𝟏 = 𝟎. 𝟓').body.text).toBe('نرخ یادگیری: 0.5\nW1 = 0.5');
  });
});

describe('plainMathAlphanumerics', () => {
  it('maps every plain character back to its glyph in the original text', () => {
    const original = 'w = 𝑾𝟏 = 𝟎. 𝟓';
    const plain = plainMathAlphanumerics(fromString(original));
    expect(plain.text).toBe('w = W1 = 0.5');
    expect(original.slice(plain.map[plain.text.indexOf('1')]!)).toBe('𝟏 = 𝟎. 𝟓');
    expect(original.slice(plain.map[plain.text.indexOf('0.5')]!)).toBe('𝟎. 𝟓');
  });

  it('reads the slides’ whitespace tables as statements, each pointing at its bold cell', () => {
    const { body } = normaliseInput(TABLES);
    expect(body.text.split('\n').filter(Boolean)).toEqual([
      'X1 = 0.1',
      'X2 = 0.3',
      'target = 0.03',
      'W1 = 0.5',
      'W2 = 0.5',
      'b = 1.83',
    ]);
    expect(TABLES.slice(body.map[body.text.indexOf('0.03')]!)).toMatch(/^𝟎\. 𝟎𝟑\n/);
  });

  it('locates a picture fence after bold glyphs on its own line of the original', () => {
    const text = '𝑾𝟏 = 𝟎. 𝟓\n```\nx1 ──┐     ┌── h1\n     ├─ W1 ─┤\nx2 ──┘     └── h2\n```';
    const [picture] = normaliseInput(text).pictures;
    expect(text.slice(picture!.map[0]!)).toMatch(/^x1 ──┐/);
  });
});

describe('a text value with mathematical glyphs', () => {
  // Found by format.test.ts's round trip (description "𝐀"): a name or description is the user's own characters.
  it('keeps the glyphs, whole, in a name or description', () => {
    const parsed = parseDefinition(
      'name: "𝐀𝐍𝐍"\ndescription: 𝑾𝟏 on slide 𝟏\nlayers: 1-1\ninput: [0]\ntarget: [0]\nW1: [[0]]\nb1: 0',
    );
    expect(parsed.ok && [parsed.value.spec.name, parsed.value.spec.description]).toEqual([
      '𝐀𝐍𝐍',
      '𝑾𝟏 on slide 𝟏',
    ]);
  });
});
