import { describe, expect, it } from 'vitest';
import { isolateLeftToRightRuns, isRightToLeft } from '../../src/render/text.js';

const LRI = '\u2066';
const PDI = '\u2069';

describe('isolateLeftToRightRuns', () => {
  it('keeps formulas and numbers inside Persian in one left-to-right run', () => {
    expect(isolateLeftToRightRuns('بیشینه: σ′(0) = 0.25')).toBe(`بیشینه: ${LRI}σ′(0) = 0.25${PDI}`);
    expect(isolateLeftToRightRuns('شبکهٔ 2-8-1 با 24 وزن')).toBe(
      `شبکهٔ ${LRI}2-8-1${PDI} با ${LRI}24${PDI} وزن`,
    );
  });

  it('leaves English text and Persian that already carries isolates alone', () => {
    expect(isolateLeftToRightRuns('E = 0.25 → 0.2')).toBe('E = 0.25 → 0.2');
    const authored = `خطا: ${LRI}E = 1${PDI}`;
    expect(isolateLeftToRightRuns(authored)).toBe(authored);
    expect(isRightToLeft('loss')).toBe(false);
  });
});
