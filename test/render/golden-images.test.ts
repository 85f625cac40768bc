// Golden images: each figure of cases.ts against its PNG under golden-images/, with a small pixel tolerance.
// After an intended change: `npm run test:update-images`, then look at every changed PNG before committing.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { createRenderer } from '../../src/render/index.js';
import { goldenCases } from './cases.js';

const dir = fileURLToPath(new URL('./golden-images/', import.meta.url));
const updating = process.env.UPDATE_IMAGES === '1';
/** Share of pixels allowed to differ (anti-aliasing of a different CPU or library patch). */
const TOLERANCE = 0.002;

/** How many pixels of `actual` differ from `expected` (all of them when the sizes differ). */
export function differingPixels(actual: Uint8Array, expected: Uint8Array): { count: number; total: number } {
  const a = PNG.sync.read(Buffer.from(actual));
  const e = PNG.sync.read(Buffer.from(expected));
  if (a.width !== e.width || a.height !== e.height)
    return { count: a.width * a.height, total: a.width * a.height };
  const count = pixelmatch(a.data, e.data, undefined, a.width, a.height, { threshold: 0.1 });
  return { count, total: a.width * a.height };
}

describe('golden images', () => {
  const renderer = createRenderer();
  const cases = Object.entries(goldenCases());
  mkdirSync(dir, { recursive: true });

  it.each(cases)('%s matches its golden image', async (name, request) => {
    const image = await renderer.render(request);
    const path = `${dir}${name}.png`;
    if (updating || !existsSync(path)) {
      writeFileSync(path, image.png);
      if (!updating)
        throw new Error(`${name}.png was missing and has been written: look at it, then commit it`);
      return;
    }
    const { count, total } = differingPixels(image.png, readFileSync(path));
    if (count / total > TOLERANCE) {
      mkdirSync(`${dir}__diff__`, { recursive: true });
      writeFileSync(`${dir}__diff__/${name}.png`, image.png);
    }
    expect(
      count / total,
      `${count} of ${total} pixels differ; see golden-images/__diff__/${name}.png`,
    ).toBeLessThanOrEqual(TOLERANCE);
  });

  it('notices a changed figure (the comparison can fail)', async () => {
    const [name, request] = cases[0]!;
    const image = await renderer.render(request.kind === 'diagram' ? { ...request, precision: 2 } : request);
    const { count } = differingPixels(image.png, readFileSync(`${dir}${name}.png`));
    expect(count).toBeGreaterThan(100);
  });
});
