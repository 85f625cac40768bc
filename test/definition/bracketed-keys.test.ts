// A key's symbol written in brackets after its words (`laju pembelajaran (α) = 0.01`) is the key.
import { describe, expect, it } from 'vitest';
import { bracketedKeys } from '../../src/definition/bracketed-keys.js';
import { parseDefinition } from '../../src/definition/index.js';
import { fromString } from '../../src/definition/source.js';
import { loadSnippet } from '../real-world/snippets.js';

const page = loadSnippet('indonesian-fausett-biases').text;
const line = page.split('\n').find((l) => l.startsWith('Jaringan terdiri'))!;

describe('bracketedKeys', () => {
  it('takes the symbol in brackets before = as the key, in the same columns (Indonesian notes)', () => {
    expect(line).toContain('nilai laju pembelajaran (α) = 0.01');
    const out = bracketedKeys(fromString('nilai laju pembelajaran (α) = 0.01')).text;
    expect(out).toBe('nilai laju pembelajaran  α  = 0.01');
  });

  it('leaves brackets that are not a known key, or not before =, as they were', () => {
    expect(bracketedKeys(fromString('2 fitur (input layer), 2 hidden')).text).toBe(
      '2 fitur (input layer), 2 hidden',
    );
    expect(bracketedKeys(fromString('f(x) = 1')).text).toBe('f(x) = 1');
  });

  it('reads the page’s learning rate, 0.01, not the default', () => {
    const tables = page.slice(page.indexOf('Bobot Input - Hidden'));
    const parsed = parseDefinition(`${line}\n\n${tables}\nx1 = 1, x2 = 1, t = 0\n`);
    if (!parsed.ok) throw new Error(parsed.error.map((e) => e.message).join('\n'));
    expect(parsed.value.spec.learningRate).toBe(0.01);
    expect(parsed.value.defaultsApplied).not.toContain('learningRate');
  });
});
