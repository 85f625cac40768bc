// /check's request text: the network in the first fenced block, the answers in the rest, line numbers kept.
import { describe, expect, it } from 'vitest';
import { splitRequestText } from '../../src/check/request-text.js';

describe('splitRequestText', () => {
  it('takes the first fenced block (with or without a language tag) as the network', () => {
    const parts = splitRequestText(
      '```json\n{"layers": [2, 2, 2]}\n```\nh1 = 0.5933\n```\nnot a network\n```',
      false,
    );
    expect(parts.network).toBe('{"layers": [2, 2, 2]}');
    expect(parts.answers.split('\n')).toEqual(['', '', '', 'h1 = 0.5933', '```', 'not a network', '```']);
  });

  it('leaves all text to the answers when there is no fenced block', () => {
    expect(splitRequestText('h1 = 0.5933', false)).toEqual({ answers: 'h1 = 0.5933' });
  });

  it('unwraps answers pasted in a fenced block when the network came as an option', () => {
    const parts = splitRequestText('```\nh1 = 0.5933\n```', true);
    expect(parts.network).toBeUndefined();
    expect(parts.answers).toBe('\nh1 = 0.5933\n');
  });
});
