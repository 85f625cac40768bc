import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { beforeAll, describe, expect, it } from 'vitest';
import { font, registerFonts } from '../../src/render/fonts.js';
import { drawText, isRightToLeft, measureText, visualRuns } from '../../src/render/text.js';
import { t } from '../../src/text/i18n.js';
import { drawnReading } from '../helpers/visual-order.js';

beforeAll(() => registerFonts());

describe('visualRuns orders each line by the bidi algorithm before drawing', () => {
  it('reads Persian titles and labels right to left, with formulas, numbers and layer sizes whole', () => {
    expect(drawnReading(t('fa', 'render.view.backward'), ['گذر رو به عقب', '(', 'پس‌انتشار', ')'])).toEqual([
      'گذر رو به عقب',
      '(',
      'پس‌انتشار',
      ')',
    ]);
    expect(
      drawnReading(`b1 = 0.3500 (${t('fa', 'render.bias.fixed')})`, ['b1 = 0.3500', '(', 'ثابت', ')']),
    ).toEqual(['b1 = 0.3500', '(', 'ثابت', ')']);
    const pruning = t('fa', 'lessons.figure.pruning_title', { weights: 24 });
    // the count in Persian digits (the digits rule), the layer sizes whole and left to right
    expect(drawnReading(pruning, ['هرس', '2-8-1', '(', '۲۴', 'وزن', ')'])).toEqual([
      'هرس',
      '2-8-1',
      '(',
      '۲۴',
      'وزن',
      ')',
    ]);
    expect(drawnReading('شبکهٔ 2-8-1 با 24 وزن', ['شبکهٔ', '2-8-1', 'با', '24', 'وزن'])).toEqual([
      'شبکهٔ',
      '2-8-1',
      'با',
      '24',
      'وزن',
    ]);
    expect(drawnReading(t('fa', 'render.dense.note'), ['اتصال‌ها', '(', 'سطر', 'مبدأ', ')', '.'])).toEqual([
      'اتصال‌ها',
      '(',
      'سطر',
      'مبدأ',
      ')',
      '.',
    ]);
    expect(drawnReading('بیشینه: σ′(0) = 0.25', ['بیشینه', ':', 'σ′(0) = 0.25'])).toEqual([
      'بیشینه',
      ':',
      'σ′(0) = 0.25',
    ]);
  });

  it('leaves English lines as one left-to-right run', () => {
    expect(visualRuns('E = 0.25 → 0.2')).toEqual([{ text: 'E = 0.25 → 0.2', rtl: false }]);
    expect(isRightToLeft('loss')).toBe(false);
  });
});

/** Column sums of ink of one line drawn on a white canvas. */
function inkColumns(draw: (ctx: SKRSContext2D) => void): number[] {
  const canvas = createCanvas(400, 50);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = 'white';
  ctx.fillRect(0, 0, 400, 50);
  draw(ctx);
  const data = ctx.getImageData(0, 0, 400, 50).data;
  return Array.from({ length: 400 }, (_, x) => {
    let sum = 0;
    for (let y = 0; y < 50; y++) sum += 255 - data[(y * 400 + x) * 4]!;
    return sum;
  });
}

/** Smallest difference between `part` (drawn alone) and the line's ink over any horizontal shift. */
function bestMatch(line: number[], part: number[]): number {
  const start = part.findIndex((v) => v > 0);
  const end = part.length - [...part].reverse().findIndex((v) => v > 0);
  let best = Infinity;
  for (let shift = -start; shift + end <= line.length; shift++) {
    let difference = 0;
    for (let x = start; x < end; x++) difference += Math.abs(line[x + shift]! - part[x]!);
    best = Math.min(best, difference);
  }
  return best;
}

describe('drawText draws the runs as ordered', () => {
  const style = { font: font(24, 'bold'), colour: 'black' };
  const draw = (text: string) => inkColumns((ctx) => drawText(ctx, text, 10, 25, style));

  it('draws a layer size inside a Persian title left to right, as it is drawn alone', () => {
    const line = draw('شبکهٔ 2-7-1');
    expect(bestMatch(line, draw('2-7-1'))).toBe(0);
    expect(bestMatch(line, draw('1-7-2'))).toBeGreaterThan(0);
  });

  it('measures a line as wide as it is drawn', () => {
    const text = t('fa', 'render.view.backward');
    const ink = draw(text);
    const inkWidth = ink.length - [...ink].reverse().findIndex((v) => v > 0) - ink.findIndex((v) => v > 0);
    expect(Math.abs(measureText(text, style.font) - inkWidth)).toBeLessThan(6);
  });
});
