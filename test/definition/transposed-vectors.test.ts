// A vector written transposed (`[1.0, 2.0]^T`, `^{T}`, `^\top`, `ᵀ`) is the same numbers: read as the list it is.
import { describe, expect, it } from 'vitest';
import { parseDefinition } from '../../src/definition/index.js';
import { normaliseInput } from '../../src/definition/normalise.js';

const plain = (text: string) => normaliseInput(text).body.text;

// A Chinese course note's exercise (a public GitHub markdown file stored in the search index; the index gives no
// repository for it): "练习 1: 两层网络的前向传播", a 2-3-1 ReLU network, its vectors written as transposed rows.
const EXERCISE = String.raw`**题目：** 给定一个 2 输入、3 隐藏神经元、1 输出的网络（ReLU 激活），计算前向传播。

- 输入：$x = [1.0, 2.0]^T$
- 第 1 层权重：$W^{(1)} = \begin{bmatrix} 0.1 & 0.2 \\ 0.3 & 0.4 \\ 0.5 & 0.6 \end{bmatrix}$，$b^{(1)} = [0.1, 0.1, 0.1]^T$
- 第 2 层权重：$W^{(2)} = [0.2, 0.3, 0.4]$，$b^{(2)} = [0.1]$`;

describe('vectors written transposed', () => {
  it('drops the transpose of a flat list, however it is written, and nothing else', () => {
    expect(plain('x = [1.0, 2.0]^T')).toBe('x = [1.0, 2.0]');
    expect(plain('x = [1, 2]^{T} and y = [1, 0]^\\top')).toBe('x = [1, 2] and y = [1, 0]');
    expect(plain('b = [0.1, 0.1]ᵀ')).toBe('b = [0.1, 0.1]');
    // A name's transpose and a matrix's stay as written.
    expect(plain('W^T = 2')).toBe('W^T = 2');
    expect(plain('W = [[1, 2], [3, 4]]^T')).toBe('W = [[1, 2], [3, 4]]^T');
  });

  it("reads the exercise's x = [1.0, 2.0]^T as the input and b^{(1)} = [0.1, 0.1, 0.1]^T as the biases", () => {
    const parsed = parseDefinition(`${EXERCISE}\ntarget: 1`);
    if (!parsed.ok) throw new Error(parsed.error.map((e) => e.message).join('\n'));
    expect(parsed.value.spec).toMatchObject({
      layers: [2, 3, 1],
      input: [1, 2],
      biases: [[0.1, 0.1, 0.1], [0.1]],
    });
  });

  it('keeps its columns: an error after a transposed vector points at the right place', () => {
    const text = 'x = [1, 2]^T\nlr: 0.5\nactivation: sigmod';
    const result = parseDefinition(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.find((e) => e.id !== 'definition.missing_field')?.location).toMatchObject({
      line: 3,
    });
  });
});
