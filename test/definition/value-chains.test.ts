// A value worked out in a chain (`y = x_1 + x_2 = 1.1 + 2.2 = 3.3`) is the chain's last number when its sums come to it.
import { describe, expect, it } from 'vitest';
import { fromString, originOf } from '../../src/definition/source.js';
import { lastOfChains } from '../../src/definition/value-chains.js';
import { countSteps } from '../helpers/step-count.js';
import { loadSnippet } from '../real-world/snippets.js';

const read = (text: string) => lastOfChains(fromString(text)).text;

describe('lastOfChains', () => {
  // Einsteinish's README: "4. **Target Output**: $\( y = x_1 + x_2 = 1.1 + 2.2 = 3.3 \)$".
  it('reads the target the page worked out as its last number (Einsteinish)', () => {
    const line = loadSnippet('einsteinish-no-biases')
      .text.split('\n')
      .find((l) => l.includes('Target Output'))!;
    expect(line).toContain(String.raw`y = x_1 + x_2 = 1.1 + 2.2 = 3.3`);
    expect(read('y = x_1 + x_2 = 1.1 + 2.2 = 3.3')).toBe('y = 3.3');
  });

  it('keeps the last number where the page wrote it (line and column)', () => {
    const text = 'y = x_1 + x_2 = 1.1 + 2.2 = 3.3';
    const out = lastOfChains(fromString(text));
    expect(out.text).toBe('y = 3.3');
    expect(originOf(out, out.text.indexOf('3.3'))).toBe(text.lastIndexOf('3.3'));
  });

  it('leaves a chain whose sums do not come to its last number as it was (not ours to settle)', () => {
    expect(read('y = 1.1 + 2.2 = 3.4')).toBe('y = 1.1 + 2.2 = 3.4');
  });

  it('leaves a chain with no sum in numbers alone as it was (nothing checks the last number)', () => {
    expect(read('y = x_1 + x_2 = 3.3')).toBe('y = x_1 + x_2 = 3.3');
  });

  it('reads a rounded last number to its own digits', () => {
    expect(read('h = 0.15 * 0.05 + 0.2 * 0.1 + 0.35 = 0.3775')).toBe('h = 0.3775');
    expect(read('s = 1/3 = 0.333')).toBe('s = 0.333');
  });

  it('leaves one statement, and each line of a piece on its own', () => {
    expect(read('x = 0.5')).toBe('x = 0.5');
    expect(read('a = 1 + 1 = 2\nb = 2 + 2 = 4')).toBe('a = 2\nb = 4');
  });

  it('works in steps linear in the text', () => {
    const line = (n: number) => `y = ${Array.from({ length: n }, () => '1 + 1 = 2').join(' = ')}`;
    const small = countSteps(() => lastOfChains(fromString(line(100)))).steps;
    const large = countSteps(() => lastOfChains(fromString(line(1000)))).steps;
    expect(large).toBeLessThan(small * 10 * 1.5);
  });
});
