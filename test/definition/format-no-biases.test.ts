// The key: value block of a network without biases does not call its 0s "one bias shared by the layer".
import { describe, expect, it } from 'vitest';
import { corpusSpec } from '../helpers/corpus-spec.js';
import { formatDefinition } from '../../src/definition/format.js';

/** schiendorfer-no-bias's network: the page's NumPy code has no biases. */
const network = (updateBiases: boolean) => corpusSpec('schiendorfer-no-bias', { updateBiases });

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
