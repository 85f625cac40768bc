// Step 1: the network part of a message, with Persian digits, Unicode scripts, markdown and tables made plain, offsets kept.
import { describe, expect, it } from 'vitest';
import { normaliseInput } from '../../src/definition/normalise.js';

const plain = (text: string) => normaliseInput(text).body.text;

describe('normaliseInput', () => {
  it('keeps only the first fenced block, and maps back to the original offsets', () => {
    const text = 'Here it is:\n```text\nlr: 0.5\n```\nthanks';
    const { body } = normaliseInput(text);
    expect(body.text).toBe('lr: 0.5');
    expect(text[body.map[0]!]).toBe('l');
  });

  it('reads Persian digits and the Unicode minus as plain characters', () => {
    expect(plain('نرخ یادگیری: ۰٫۵\nw1 = −0.3')).toBe('نرخ یادگیری: 0.5\nw1 = -0.3');
  });

  // https://fiqlab.vercel.app/blog/backpropagation-manual-calculation ("| x₁ | 0.05 | Input 1 |")
  it('reads Unicode subscripts and superscripts: x₁, w₁,₂, W⁽¹⁾, Wᵀ', () => {
    expect(plain('x₁ = 0.05')).toBe('x_1 = 0.05');
    expect(plain('w₁,₂ = 0.3')).toBe('w_1,_2 = 0.3');
    expect(plain('W⁽¹⁾ = [[1]]')).toBe('W^(1) = [[1]]');
    expect(plain('Wᵀ')).toBe('W^T');
  });

  // https://github.com/sghosh (sghosh-single-neuron in the corpus): "- Inputs: `x1, x2 `", "- x1 = 1.0"
  it('strips bullets, bold and code spans without moving a column', () => {
    const text = '- x1 = 1.0\n* **w11** = 0.5\n• `b` = 0.1\n1. lr = 0.1';
    const { body } = normaliseInput(text);
    expect(body.text.split('\n').map((line) => line.trim())).toEqual([
      'x1 = 1.0',
      'w11   = 0.5',
      'b  = 0.1',
      'lr = 0.1',
    ]);
    expect(text[body.map[body.text.indexOf('w11')]!]).toBe('w');
    expect(plain('y = 2**-2')).toBe('y = 2**-2');
  });

  // https://fiqlab.vercel.app/blog/backpropagation-manual-calculation
  it('reads a markdown table of symbol, value, description rows as statements', () => {
    const text =
      '| Symbol | Value | Description |\n|---|---|---|\n| x₁ | 0.05 | Input 1 |\n| w₁ | 0.15 | x₁ → h₁ |';
    expect(plain(text)).toContain('x_1 = 0.05');
    expect(plain(text)).toContain('w_1 = 0.15');
  });

  // Han & Kamber, Appendix B (https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 copy):
  // "| x1 | x2 | x3 | w14 | … |" over "| 1 | 0 | 1 | 0.2 | … |"
  it('reads a header row of names over one row of values, markdown or aligned by spaces', () => {
    const markdown = '| x1 | x2 | w14 | w04 |\n|----|----|-----|-----|\n| 1  | 0  | 0.2 | -0.4|';
    expect(plain(markdown).split('\n').slice(0, 4)).toEqual(['x1 = 1', 'x2 = 0', 'w14 = 0.2', 'w04 = -0.4']);
    expect(plain('x1   x2   w14\n1    0    0.2')).toContain('w14 = 0.2');
    // Several rows of values are a data set, not a setup: left alone.
    expect(plain('x1 x2 y\n0 0 0\n0 1 1')).toBe('x1 x2 y\n0 0 0\n0 1 1');
  });

  it('skips a fenced block that is a picture and reads the text around it', () => {
    const text = 'x1 = 0.5\n```\nx1 ──┐     ┌── h1\n     ├─ W1 ─┤\nx2 ──┘     └── h2\n```\nlr = 0.1';
    const { body, pictures } = normaliseInput(text);
    expect(pictures).toHaveLength(1);
    expect(body.text).toContain('x1 = 0.5');
    expect(body.text).toContain('lr = 0.1');
    expect(body.text).not.toContain('h1');
  });
});
