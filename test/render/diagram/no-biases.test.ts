// A network without biases (schiendorfer-no-bias: the page's NumPy code has none) is drawn without bias pills and
// its subtitle says "no biases"; a network with biases keeps its pills.
import { describe, expect, it } from 'vitest';
import { computeTrace } from '../../../src/core/index.js';
import { buildDiagramModel } from '../../../src/render/diagram/model.js';
import type { Trace } from '../../../src/core/types.js';
import { classicTrace } from '../fixtures.js';
import { corpusSpec } from '../../helpers/corpus-spec.js';

const noBiasTrace = (): Trace => computeTrace(corpusSpec('schiendorfer-no-bias'));

describe('the diagram of a network without biases', () => {
  for (const view of ['summary', 'forward', 'backward', 'update', 'network'] as const) {
    it(`draws no bias and says "no biases" (${view}, en and fa)`, () => {
      const en = buildDiagramModel(noBiasTrace(), view, { precision: 4, locale: 'en' });
      expect(en.biases).toEqual([]);
      expect(en.subtitle).toContain(' · no biases');
      expect(en.nodeKey).not.toContain('boxes: biases');
      const fa = buildDiagramModel(noBiasTrace(), view, { precision: 4, locale: 'fa' });
      expect(fa.biases).toEqual([]);
      expect(fa.subtitle).toContain(' · بدون بایاس');
    });
  }

  it('keeps the bias pills of a network with biases (the classic example)', () => {
    const model = buildDiagramModel(classicTrace(), 'summary', { precision: 4, locale: 'en' });
    expect(model.biases).toHaveLength(2);
    expect(model.subtitle).not.toContain('no biases');
  });
});
