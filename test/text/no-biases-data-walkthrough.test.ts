// The data-set walkthrough of a network without biases: no "+ 0" bias term, and it says the network has none.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeTrace, resolveSpec } from '../../src/core/index.js';
import type { Trace } from '../../src/core/types.js';
import { withoutDirectionMarks } from '../../src/text/bidi.js';
import { dataWalkthrough } from '../../src/text/data-walkthrough.js';

/** schiendorfer-no-bias's network (the page's NumPy code has no biases) trained on its sample and one more. */
function noBiasDataTrace(updateBiases: boolean): Trace {
  const file = join(import.meta.dirname, '../fixtures/real-world/schiendorfer-no-bias/network.json');
  const {
    name: _n,
    description: _d,
    input,
    target,
    ...spec
  } = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const data = [
    { input, target },
    { input: [1, 2], target: [0, 1] },
  ];
  const resolved = resolveSpec({ ...spec, data, epochs: 1, updateBiases });
  if (!resolved.ok) throw new Error(JSON.stringify(resolved.error));
  return computeTrace(resolved.value);
}

describe('the data-set walkthrough of a network without biases', () => {
  it('writes net = Σ w·x without "+ 0" and says the network has no biases (en and fa)', () => {
    const en = dataWalkthrough(noBiasDataTrace(false));
    expect(en).toContain('net_h1 = 6·3 + (−2)·1 = 16.0000');
    expect(en).toContain('This network has no biases.');
    expect(en).not.toContain('The biases are not updated');
    const fa = withoutDirectionMarks(dataWalkthrough(noBiasDataTrace(false), { locale: 'fa' }));
    expect(fa).toContain('این شبکه بایاس ندارد.');
    expect(fa).not.toContain('بایاس‌ها به‌روز نمی‌شوند');
  });

  it('keeps the bias term of biases that are 0 but learn', () => {
    expect(dataWalkthrough(noBiasDataTrace(true))).toContain('net_h1 = 6·3 + (−2)·1 + 0 = 16.0000');
  });
});
