// A network without biases (a page that gives none: biases all 0, not updated) is said to have none, in every
// part of the reply, and no bias term is shown; networks with biases keep their bias wording.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeTrace, resolveSpec } from '../../src/core/index.js';
import type { ResolvedSpec } from '../../src/core/types.js';
import type { Locale } from '../../src/dispatch/types.js';
import { backpropSummary } from '../../src/text/backprop-summary.js';
import { walkthrough } from '../../src/text/walkthrough.js';

const CASES = join(import.meta.dirname, '../fixtures/real-world');

/** The network.json of a real-world case (schiendorfer-no-bias: the page's NumPy code has no biases). */
function caseSpec(name: string, change: Partial<ResolvedSpec> = {}): ResolvedSpec {
  const json = JSON.parse(readFileSync(join(CASES, name, 'network.json'), 'utf8')) as Record<string, unknown>;
  delete json.name;
  delete json.description;
  const resolved = resolveSpec({ ...json, ...change });
  if (!resolved.ok) throw new Error(JSON.stringify(resolved.error));
  return resolved.value;
}

const NO_BIAS = caseSpec('schiendorfer-no-bias');
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
      trace: computeTrace(caseSpec('schiendorfer-no-bias', { updateBiases: true })),
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
    const text = walkthrough(computeTrace(caseSpec('schiendorfer-no-bias', { updateBiases: true })));
    expect(text).toContain('net_h1 = w1·i1 + w2·i2 + b1 = 6·3 + (−2)·1 + 0 = 16.0000');
    expect(text).toContain('∂E/∂b1');
  });
});
