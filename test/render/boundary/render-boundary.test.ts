import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { createRenderer } from '../../../src/render/index.js';
import type { BoundaryRequest } from '../../../src/render/types.js';

const renderer = createRenderer();

/** A strip of 5 panels: the first all class 0, the others all class 1, each fully sure. */
function strip(locale: 'en' | 'fa'): BoundaryRequest {
  const panel = (cls: number, title: string) => ({
    title,
    grid: { columns: 4, rows: 4, classes: Array(16).fill(cls), confidence: Array(16).fill(1) },
  });
  return {
    kind: 'boundary',
    title: locale === 'en' ? 'Decision boundary during training' : 'مرز تصمیم در طول آموزش',
    panels: [panel(0, 'before'), panel(1, '1'), panel(1, '2'), panel(1, '3'), panel(1, '4')],
    x: [0, 1],
    y: [0, 1],
    xLabel: 'x1',
    yLabel: 'x2',
    samples: [],
    classCount: 2,
    theme: 'light',
    locale,
  };
}

describe('the decision-boundary strip', () => {
  it('fits 5 panels in 1600 px, the first epoch on the left in English and on the right in Persian', async () => {
    const colourAt = (png: PNG, x: number) => {
      const k = (Math.round(png.height * 0.6) * png.width + Math.round(x)) * 4;
      return [...png.data.subarray(k, k + 3)].join(',');
    };
    for (const locale of ['en', 'fa'] as const) {
      const image = await renderer.render(strip(locale));
      expect(image.width).toBeLessThanOrEqual(1600);
      const png = PNG.sync.read(Buffer.from(image.png));
      // the middle of the outermost panels (200 px wide, 28 px margin + 44 px axis, 56 px gaps)
      const left = colourAt(png, 28 + 44 + 100);
      const right = colourAt(png, png.width - 28 - 100);
      const middle = colourAt(png, png.width / 2 + 22);
      expect(left).not.toBe(right);
      expect(locale === 'en' ? right : left).toBe(middle);
    }
  });
});

describe('the axis labels', () => {
  // The y axis's name sat on the top tick's number ("x2" over "1.25"): its ink must end above the tick's.
  it("draws the y axis's name clear above the top tick's number", async () => {
    const request = { ...strip('en'), panels: strip('en').panels.slice(0, 2) };
    const withName = PNG.sync.read(Buffer.from((await renderer.render(request)).png));
    const without = PNG.sync.read(Buffer.from((await renderer.render({ ...request, yLabel: '' })).png));
    const background = [...without.data.subarray(0, 3)].join(',');
    const rowsWhere = (test: (x: number, y: number) => boolean): number[] => {
      const rows: number[] = [];
      // left of the first panel (28 px margin + 44 px axis): the y ticks' numbers and the axis's name
      for (let y = 0; y < without.height / 2; y++)
        for (let x = 28; x < 28 + 44 - 2; x++) if (test(x, y)) rows.push(y);
      return rows;
    };
    const pixel = (png: PNG, x: number, y: number) => {
      const k = (y * png.width + x) * 4;
      return [...png.data.subarray(k, k + 3)].join(',');
    };
    const nameRows = rowsWhere((x, y) => pixel(withName, x, y) !== pixel(without, x, y));
    const tickRows = rowsWhere((x, y) => pixel(without, x, y) !== background);
    expect(nameRows.length).toBeGreaterThan(0);
    const topTick = Math.min(...tickRows.filter((y) => y > Math.max(...nameRows) - 20));
    // a clear gap (half a line), not the single pixel row that separated them
    expect(Math.max(...nameRows)).toBeLessThan(topTick - 6);
  });
});
