// The other reading of a page read in an assumed order: its weights as a short token, and the network they make.
import { describe, expect, it } from 'vitest';
import { loadCase } from '../../bench/corpus/cases.js';
import { parseDefinition } from '../../src/definition/index.js';
import { otherReadingToken, withOtherWeights } from '../../src/definition/other-reading.js';

// kaifeng (Chinese blog): W_1 is square, nothing on the setup says W x or X·W1.
const kaifeng = loadCase('kaifeng-chinese-2-2-1').setupText;
const OWN_MATRICES =
  'W1 = [[0.15, 0.25], [0.20, 0.30]]\nW2 = [[0.40, 0.50], [0.45, 0.55]]\nb1=0.35 b2=0.60  x = [0.05, 0.10]  t1=0.01 t2=0.99';

describe('otherReadingToken', () => {
  it('gives the source-first weights of a page read destination-first by assumption', () => {
    expect(otherReadingToken(kaifeng)).toBe('0.5,0.7;0.6,0.8|0.9,0.1');
  });

  it("gives the destination-first weights of aiml-notes' per-layer w11…w22, read source-first by assumption", () => {
    expect(otherReadingToken(loadCase('aiml-notes-relu').setupText)).toBe('0.1,0.3;0.2,0.4|0.5,0.6');
  });

  it('gives nothing for our own matrices (rows are destinations), nor for a page whose numbers decide the order', () => {
    expect(otherReadingToken(OWN_MATRICES)).toBeUndefined();
    expect(otherReadingToken(loadCase('han-kamber-appendix-b').setupText)).toBeUndefined();
  });
});

describe('withOtherWeights', () => {
  it('puts the other weights into the one-line network, which then reads as the page read source-first', () => {
    const shown = parseDefinition(kaifeng);
    const sourceFirst = parseDefinition(kaifeng, { numbering: 'source-first' });
    if (!shown.ok || !sourceFirst.ok) throw new Error('kaifeng does not read');
    const line = withOtherWeights(JSON.stringify(shown.value.spec), otherReadingToken(kaifeng)!);
    const other = parseDefinition(line!);
    expect(other.ok && other.value.spec.weights).toEqual(sourceFirst.value.spec.weights);
    expect(other.ok && other.value.spec.input).toEqual(sourceFirst.value.spec.input);
  });

  it('refuses weights of another shape or that are not numbers', () => {
    const network = JSON.stringify({
      layers: [2, 1],
      weights: [[[0.1, 0.2]]],
      biases: [0],
      input: [1, 1],
      target: [1],
    });
    expect(withOtherWeights(network, '0.1,0.2;0.3,0.4')).toBeUndefined();
    expect(withOtherWeights(network, '0.1,x')).toBeUndefined();
    expect(withOtherWeights(network, '0.3,0.4')).toBeDefined();
  });
});
