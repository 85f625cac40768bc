// "Did you mean": close typos get the word, far ones get nothing, and the minimum allowance is honoured.
import { describe, expect, it } from 'vitest';
import { didYouMean } from '../src/did-you-mean.js';

describe('didYouMean', () => {
  it('suggests the closest word for a typo, in any case', () => {
    expect(didYouMean('sigmod', ['sigmoid', 'tanh', 'relu'])).toBe('sigmoid');
    expect(didYouMean('Explian', ['explain', 'check'])).toBe('explain');
  });

  it('stays silent when nothing is close, or there is nothing to compare', () => {
    expect(didYouMean('banana', ['sigmoid', 'tanh'])).toBeUndefined();
    expect(didYouMean('', ['tanh'])).toBeUndefined();
    expect(didYouMean('tanh', [])).toBeUndefined();
  });

  it('allows at least `minimumAllowed` edits on short words', () => {
    expect(didYouMean('lx', ['lr'], 1)).toBe('lr');
    expect(didYouMean('xy', ['lr'], 1)).toBeUndefined();
    expect(didYouMean('xy', ['lr'])).toBe('lr');
  });
});
