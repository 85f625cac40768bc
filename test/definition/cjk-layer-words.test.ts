// A Chinese page names each layer's activation in its own words: read, said with the line, never left to the default.
import { describe, expect, it } from 'vitest';
import { loadCase } from '../../bench/corpus/cases.js';
import { layerWordsInEnglish } from '../../src/definition/cjk-layer-words.js';
import { parseDefinition } from '../../src/definition/index.js';

// https://github.com/lucker3900/machine_learning: a notebook's comment cell and its numbers cell, as published
// (ReLU hidden, "线性激活函数（即无激活函数）" = a linear output; its first epoch prints loss 0.7442 = ½(0.28 − 1.5)²).
const LUCKER = `#考虑一个单隐藏层的神经网络，包含以下结构：

#输入层：3个神经元。
#隐藏层：2个神经元，使用 ReLU 激活函数。
#输出层：1个神经元，使用线性激活函数（即无激活函数）。
#我们将使用均方误差（Mean Squared Error, MSE）作为损失函数。

X= np.array([1.0, 0.5, -0.5]) #shape (3,)

W1= np.array([[0.2, 0.1],
      [0.3, -0.4],
      [0.5, 0.2]])  #shape (3,2)

b1 = np.array([0.1, 0.0]) #shape (2,)

W2 = np.array([0.4, 0.6]) #shape (2,)

b2 = 0.2

y_true = 1.5

lr = 0.01`;

const read = (text: string) => {
  const parsed = parseDefinition(text);
  if (!parsed.ok) throw new Error(parsed.error.map((e) => e.message).join('\n'));
  return parsed.value;
};

describe('layer and activation words of Chinese pages', () => {
  it('puts English layer words where the page has Chinese ones, spaced apart', () => {
    expect(layerWordsInEnglish('隐藏层和输出层均使用sigmoid函数')).toBe(
      ' hidden layer  and  output layer 均使用sigmoid函数',
    );
    expect(layerWordsInEnglish('使用线性激活函数')).toBe('使用 linear  activation ');
  });

  it('reads ReLU hidden and a linear output from the comment lines, and says the line (lucker3900)', () => {
    const parsed = read(LUCKER);
    expect(parsed.spec.activations).toEqual(['relu', 'linear']);
    expect(parsed.noteMessages).toContainEqual(
      expect.objectContaining({
        id: 'definition.note.read_activation',
        params: expect.objectContaining({ value: 'relu, linear', line: 4 }),
      }),
    );
    expect(parsed.defaultsApplied).not.toContain('activations');
  });

  it('reads "隐藏层和输出层均使用sigmoid函数" as sigmoid in both layers, not as the default (kaifeng)', () => {
    const parsed = read(loadCase('kaifeng-chinese-2-2-1').setupText);
    expect(parsed.spec.activations).toEqual(['sigmoid', 'sigmoid']);
    expect(parsed.noteMessages).toContainEqual(
      expect.objectContaining({
        id: 'definition.note.read_activation',
        params: expect.objectContaining({ value: 'sigmoid, sigmoid', line: 8 }),
      }),
    );
    expect(parsed.defaultsApplied).not.toContain('activations');
  });
});
