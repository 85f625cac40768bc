// A pasted page (prose, markdown, code around the numbers) rather than the bot's own notation: how to tell, and
// how its lines are made into statements: NumPy arrays, tuple assignments, `(1, 0, 1)` vectors, `0.05 and 0.1`.
import { replaceMapped, type MappedText } from './source.js';

/** Words in a row without `:` or `=` between them: four make a sentence, not a definition line. */
const SENTENCE = /(?:^|[^:=\n\p{L}\p{N}_'’-])[\p{L}][\p{L}'’-]*(?:[^\S\n]+[\p{L}][\p{L}'’-]*){3,}/u;
const CODE =
  /^[^\S\r\n\u2028\u2029]*(?:import\s+\w|from\s+\w+\s+import|def\s+\w+\(|return\b|print\(|for\s+\w+\s+in\b|class\s+\w+|\w+\s*=\s*(?:np|numpy|torch|tf|jnp)\.\w+\()/m;

/** Prose (a sentence of four words or more), code, or markdown structure: read as a page, skipping what is not the network. */
export function looksLikePage(text: string): boolean {
  const withoutComments = text.replace(/#[^\n]*/g, '');
  return (
    SENTENCE.test(withoutComments) ||
    CODE.test(text) ||
    /^[^\S\r\n\u2028\u2029]*\|.*\|[^\S\r\n\u2028\u2029]*$/m.test(text)
  );
}

const NUMBER = String.raw`[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?`;

/** Code and prose forms of a value → the notation's forms; lengths kept where possible so columns stay exact. */
export function prepareLine(line: MappedText): MappedText {
  let out = line;
  const rewrite = (pattern: RegExp, replacer: (match: RegExpExecArray) => string) => {
    out = replaceMapped(out, pattern, replacer);
  };
  // `np.array([[1, 2]])`, `torch.tensor([...], dtype=…)`, `np.float64(0.5)` → the list or number inside.
  rewrite(
    /\b(?:np|numpy|torch|tf|jnp)\.(?:array|tensor|asarray|matrix|float64|float32|Tensor|constant)\s*\(/g,
    () => '(',
  );
  rewrite(/,\s*(?:dtype|requires_grad|device)\s*=\s*[\w.]+/g, () => '');
  rewrite(/\(\s*(\[[^()]*\])\s*\)/g, (m) => m[1]!);
  // `w1, w2 = 0.20, 0.25` → `w1 = 0.20; w2 = 0.25`.
  const tuple = new RegExp(
    String.raw`^(\s*)((?:[A-Za-z_]\w*\s*,\s*)+[A-Za-z_]\w*)\s*=\s*((?:${NUMBER}\s*,\s*)+${NUMBER})\s*(#.*)?$`,
  );
  const match = tuple.exec(out.text);
  if (match) {
    const names = match[2]!.split(',').map((name) => name.trim());
    const values = match[3]!.split(',').map((value) => value.trim());
    if (names.length === values.length) {
      const text = names.map((name, k) => `${name} = ${values[k]}`).join('; ');
      out = replaceMapped(out, /^[\s\S]*$/g, () => text);
    }
  }
  // `w1..w8 = 0.15, 0.20, …` (a range of numbered names, then as many values) → `w1 = 0.15; w2 = 0.20; …`.
  rewrite(
    new RegExp(
      String.raw`\b([A-Za-z]+)_?(\d+)\s*(?:\.\.|…|–|-)\s*\1_?(\d+)\s*=\s*((?:${NUMBER}\s*,\s*)*${NUMBER})`,
      'g',
    ),
    (m) => {
      const [whole, letter, from, to, list] = m;
      const values = list!.split(',').map((value) => value.trim());
      if (Number(to) - Number(from) + 1 !== values.length) return whole;
      return values.map((value, k) => `${letter}${Number(from) + k} = ${value}`).join('; ');
    },
  );
  // `w₁,₁ = 0.2 (x₁→h₁)`: the units in brackets name the weight (`w_x_1_to_h_1`), whatever its index says.
  rewrite(
    new RegExp(
      String.raw`\b[wW][\w,]{0,12}\s*=\s*(${NUMBER})\s*\(\s*([A-Za-z]+_?\d+)\s*(?:→|->)\s*([A-Za-z]+_?\d+)\s*\)`,
      'g',
    ),
    (m) => `w_${m[2]}_to_${m[3]} = ${m[1]}`,
  );
  // `(i1=0.05, i2=0.10;`: a statement right after an opening bracket of prose.
  rewrite(/\((?=[A-Za-z]\w{0,8}\s*=\s*[-+]?\.?\d)/g, () => ' ');
  // `targets 0.01, 0.99`, `learning rate 0.3`: a plural or named key and its numbers without `=` between.
  rewrite(/\b(?:targets|inputs|learning rate)(?=\s+[-+]?\.?\d)/gi, (m) => `${m[0]} =`);
  // `W^{(1)} =`, `b⁽¹⁾ =` (a layer's matrix and bias as LaTeX and Unicode write them) → `W_1 =`, `b_1 =`.
  rewrite(/(?<=\b[A-Za-z])\s*\^\s*\(+\s*(\d+)\s*\)+(?=\s*[:=])/g, (m) => `_${m[1]}`);
  // `x₁ = 0.05  |  x₂ = 0.10`: a bar between statements separates them.
  rewrite(/(?<=\S)\s+\|\s+(?=\S)/g, (m) => `${' '.repeat(m[0].length - 2)}; `);
  // `y (true label) = 1.0`: the remark in brackets is not part of the name.
  rewrite(/(?<=[\p{L}\p{N}_])\s*\([^()=\d]*\)(?=\s*[:=])/gu, (m) => ' '.repeat(m[0].length));
  // `(1, 0, 1)` is a vector: brackets it (same length).
  rewrite(new RegExp(String.raw`\((\s*${NUMBER}(?:\s*,\s*${NUMBER})+\s*)\)`, 'g'), (m) => `[${m[1]}]`);
  // `0.05 and 0.1` → `0.05, 0.1` (a digit, or a digit and its point, just before: no lookbehind over every digit).
  rewrite(/(?<=\d|\d\.)\s+(?:and|&)\s+(?=[-+]?\.?\d)/g, () => ', ');
  return out;
}
