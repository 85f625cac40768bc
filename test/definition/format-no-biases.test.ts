// The key: value block of a network without biases does not call its 0s "one bias shared by the layer".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveSpec } from '../../src/core/index.js';
import type { ResolvedSpec } from '../../src/core/types.js';
import { formatDefinition } from '../../src/definition/format.js';

/** schiendorfer-no-bias's network: the page's NumPy code has no biases. */
function network(updateBiases: boolean): ResolvedSpec {
  const file = join(import.meta.dirname, '../fixtures/real-world/schiendorfer-no-bias/network.json');
  const {
    name: _n,
    description: _d,
    ...spec
  } = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const resolved = resolveSpec({ ...spec, updateBiases });
  if (!resolved.ok) throw new Error(JSON.stringify(resolved.error));
  return resolved.value;
}

describe('formatDefinition of a network without biases', () => {
  it('writes b1: 0 without the shared-bias comment', () => {
    const text = formatDefinition(network(false));
    expect(text).toContain('update biases: no');
    expect(text).toMatch(/^b1: 0$/m);
    expect(text).not.toContain('one bias shared by the layer');
  });

  it('keeps the comment on shared biases that learn', () => {
    expect(formatDefinition(network(true))).toContain('b1: 0  # one bias shared by the layer');
  });
});
