// Chinese and Japanese pages name the layers and the activation in their own words ("隐藏层：2个神经元，使用 ReLU
// 激活函数", "隐藏层和输出层均使用sigmoid函数"): the English words the page-facts reader looks for, for that reading only.

const WORDS: [RegExp, string][] = [
  // "隐藏层和输出层": "hidden layer and output layer", which the reader takes as every layer (before 层 is replaced).
  [/(?<=层|層)\s*(?:和|与|及|と)\s*(?=\S)/g, 'and'],
  [/隐藏层|隐含层|隐层|隠れ層|中間層/g, 'hidden layer'],
  [/输出层|輸出層|出力層/g, 'output layer'],
  [/输入层|輸入層|入力層/g, 'input layer'],
  [/激活函数|激活函數|激活|活性化関数|活性化/g, 'activation'],
  [/线性|線性|線形/g, 'linear'],
  [/恒等函数|恒等関数/g, 'identity'],
  [/シグモイド/g, 'sigmoid'],
  [/ソフトマックス/g, 'softmax'],
];

/** The text with the layer and activation words in English, each set apart by spaces (Chinese writes none). */
export function layerWordsInEnglish(text: string): string {
  let out = text;
  for (const [pattern, english] of WORDS) out = out.replace(pattern, ` ${english} `);
  return out;
}
