// The names a reply and its pictures write for a pasted page's weights and biases (issue 11), on real pages.
import { describe, expect, it } from 'vitest';
import type { PageName } from '../../src/definition/index.js';
import { readCorpusPage } from '../helpers/corpus-page.js';

/** `name=kind l j i` for weights and biases, as compact as the test needs. */
const places = (names: readonly PageName[] | undefined) =>
  (names ?? []).flatMap(({ name, ref }) =>
    ref.kind === 'weight'
      ? [`${name}=w${ref.l}${ref.j}${ref.i}`]
      : ref.kind === 'bias'
        ? [`${name}=b${ref.l}${ref.j ?? ''}`]
        : [],
  );

describe('shownNames', () => {
  it('aiml-notes-relu pasted alone: w11…v2 placed as the assumed order places them, and b1, b2, b_out', () => {
    const { parsed } = readCorpusPage('aiml-notes-relu');
    expect(places(parsed.shownNames)).toEqual(
      expect.arrayContaining(['v1=w100', 'v2=w101', 'b1=b00', 'b2=b01', 'b_out=b1']),
    );
    expect(places(parsed.shownNames).filter((p) => p.startsWith('w'))).toHaveLength(4);
    // /check's own table keeps an assumed order out: the sheet's numbers may still place w12.
    expect(places(parsed.pageNames).filter((p) => /^w\d\d=/.test(p))).toEqual([]);
  });

  it("ninjakx: the README's own w_{H11.I1}, not the units it joins", () => {
    const { parsed } = readCorpusPage('ninjakx-two-hidden-layers');
    expect(places(parsed.shownNames).slice(0, 2)).toEqual(['w_H11.I1=w000', 'w_H11.I2=w001']);
    expect(places(parsed.shownNames)).toContain('w_O1.H22=w201');
  });

  it('primelearnpoint: `w₁,₁ = 0.2 (x₁→h₁)` keeps w(x1→h1) (our rewriting is not a name of the page)', () => {
    const { parsed } = readCorpusPage('primelearnpoint-setup-only');
    expect(places(parsed.shownNames)[0]).toBe('w(x1→h1)=w000');
  });

  it("Han & Kamber: the page's names as /check reads them, biases w_04 … w_06 once", () => {
    const { parsed } = readCorpusPage('han-kamber-appendix-b');
    expect(places(parsed.shownNames)).toEqual(places(parsed.pageNames));
  });
});
