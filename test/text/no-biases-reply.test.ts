// A network without biases (a page that gives none: biases all 0, not updated) is said to have none, in every
// part of the reply, and no bias term is shown; networks with biases keep their bias wording.
import { describe, expect, it } from 'vitest';
import { computeTrace } from '../../src/core/index.js';
import type { Locale } from '../../src/dispatch/types.js';
import { backpropSummary } from '../../src/text/backprop-summary.js';
import { walkthrough } from '../../src/text/walkthrough.js';
import { corpusSpec } from '../helpers/corpus-spec.js';

/** schiendorfer-no-bias: the page's NumPy code has no biases. */
const NO_BIAS = corpusSpec('schiendorfer-no-bias');
const LOCALES: Locale[] = ['en', 'fa'];

describe('the /backprop reply of a network without biases', () => {
  for (const locale of LOCALES) {
    it(`says "no biases" and shows no bias gradient or bias line (${locale})`, () => {
      const text = backpropSummary({ trace: computeTrace(NO_BIAS), precision: 4, locale, view: 'all' });
      expect(text).toContain(locale === 'en' ? ' · no biases' : ' · بدون بایاس');
      expect(text).toContain(locale === 'en' ? 'This network has no biases.' : 'این شبکه بایاس ندارد.');
      expect(text).not.toMatch(/bias per|بایاس مشترک|not updated|به‌روز نمی‌شوند/);
      expect(text).not.toMatch(/∂E\/∂b/);
    });
  }

  it('keeps the bias wording of a network whose biases are 0 but learn', () => {
    const text = backpropSummary({
      trace: computeTrace(corpusSpec('schiendorfer-no-bias', { updateBiases: true })),
      precision: 4,
      locale: 'en',
      view: 'all',
    });
    expect(text).toContain('one bias per layer, updated');
    expect(text).toMatch(/∂E\/∂b/);
  });
});

describe('the walkthrough of a network without biases', () => {
  for (const locale of LOCALES) {
    it(`says "no biases" and writes net = Σ w·x without a bias term (${locale})`, () => {
      const text = walkthrough(computeTrace(NO_BIAS), { locale });
      expect(text).toContain(locale === 'en' ? 'no biases' : 'بدون بایاس');
      expect(text).toContain('net_h1 = w1·i1 + w2·i2 = 6·3 + (−2)·1 = 16.0000');
      expect(text).not.toMatch(
        /\bb[12]\b|∂E\/∂b|bias per|shared per layer|بایاس مشترک|update biases|updateBiases/,
      );
    });
  }

  it('keeps the bias terms of a network whose biases are 0 but learn', () => {
    const text = walkthrough(computeTrace(corpusSpec('schiendorfer-no-bias', { updateBiases: true })));
    expect(text).toContain('net_h1 = w1·i1 + w2·i2 + b1 = 6·3 + (−2)·1 + 0 = 16.0000');
    expect(text).toContain('∂E/∂b1');
  });
});
