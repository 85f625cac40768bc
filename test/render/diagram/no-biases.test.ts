// A network without biases (schiendorfer-no-bias: the page's NumPy code has none) is drawn without bias pills and
// its subtitle says "no biases"; a network with biases keeps its pills.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeTrace, resolveSpec } from '../../../src/core/index.js';
import { buildDiagramModel } from '../../../src/render/diagram/model.js';
import type { Trace } from '../../../src/core/types.js';
import { classicTrace } from '../fixtures.js';

function noBiasTrace(): Trace {
  const file = join(import.meta.dirname, '../../fixtures/real-world/schiendorfer-no-bias/network.json');
  const {
    name: _name,
    description: _description,
    ...spec
  } = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const resolved = resolveSpec(spec);
  if (!resolved.ok) throw new Error(JSON.stringify(resolved.error));
  return computeTrace(resolved.value);
}

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
