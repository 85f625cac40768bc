import { GlobalFonts } from '@napi-rs/canvas';
import { describe, expect, it, vi } from 'vitest';
import { FONT_FILES, registerFonts, SYMBOL_FAMILY, TEXT_FAMILY } from '../../src/render/fonts.js';
import { renderMessages } from '../../src/text/messages/render.js';
import { codepointsOf } from './font-coverage.js';

const coverage = FONT_FILES.filter((f) => !f.path.includes('Bold')).map((f) => codepointsOf(f.path));
const covered = (c: number): boolean => coverage.some((set) => set.has(c));

// Characters drawn into images that are not in the message catalogue: symbols of labels, ticks and axes.
const DRAWN_SYMBOLS = 'σδη∂Δ→−′½·⁻⁰¹²³⁴⁵⁶⁷⁸⁹×←∞θ ۰۱۲۳۴۵۶۷۸۹٫';

function messageTexts(): string[] {
  const params = {
    layers: '2-2-2',
    activations: 'sigmoid',
    loss: '½·SSE',
    eta: '0.5',
    before: '1',
    after: '2',
    count: 3,
  };
  return Object.values(renderMessages).flatMap((entry) =>
    [entry.en, entry.fa].map((m) =>
      typeof m === 'function'
        ? m({ ...params, view: 'x', detail: 'x', chart: 'x', title: 'x', x: 'x', y: 'x', series: 'x' })
        : m,
    ),
  );
}

describe('fonts', () => {
  it('registers every shipped font once, under our own family names', () => {
    registerFonts();
    registerFonts();
    const families = GlobalFonts.families.map((f) => f.family);
    expect(families).toContain(TEXT_FAMILY);
    expect(families).toContain(SYMBOL_FAMILY);
  });

  it('covers Latin, Greek, maths symbols and Persian without system fonts', () => {
    const text = [
      ...messageTexts(),
      DRAWN_SYMBOLS,
      'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789=()[]:.,+-',
    ].join('');
    const missing = [...new Set([...text])]
      .map((ch) => ch.codePointAt(0)!)
      .filter((c) => c !== 0x2066 && c !== 0x2069 && c !== 0x200c && c >= 0x20)
      .filter((c) => !covered(c))
      .map((c) => `U+${c.toString(16).toUpperCase()} ${String.fromCodePoint(c)}`);
    expect(missing).toEqual([]);
  });

  it('does find a character that no shipped font has (the check can fail)', () => {
    expect(covered(0x4e2d)).toBe(false); // 中
  });

  it('stops start-up with the path of a missing font file', async () => {
    vi.resetModules();
    vi.doMock('node:fs', async (original) => ({
      ...(await original<typeof import('node:fs')>()),
      existsSync: () => false,
    }));
    try {
      const fresh = await import('../../src/render/fonts.js');
      expect(() => fresh.registerFonts()).toThrow(/Font file missing: .*Vazirmatn-Regular\.ttf/);
    } finally {
      vi.doUnmock('node:fs');
      vi.resetModules();
    }
  });
});
