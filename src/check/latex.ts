// LaTeX as homework writes it, flattened to plain symbols so names and numbers can be read.

/** Replaces every `\cmd{A}{B}` (innermost first) using `build(A, B)`; braces matched properly. */
function replaceTwoArgument(text: string, command: RegExp, build: (a: string, b: string) => string): string {
  let result = text;
  for (let guard = 0; guard < 50; guard++) {
    const match = command.exec(result);
    if (!match) break;
    const start = match.index;
    const first = readGroup(result, start + match[0].length);
    const second = first ? readGroup(result, first.end) : undefined;
    if (!first || !second) break;
    result = result.slice(0, start) + build(first.body, second.body) + result.slice(second.end);
  }
  return result;
}

/** The `{…}` group starting at `from` (after optional spaces), with its end index. */
function readGroup(text: string, from: number): { body: string; end: number } | undefined {
  let k = from;
  while (text[k] === ' ') k++;
  if (text[k] !== '{') return undefined;
  let depth = 0;
  for (let p = k; p < text.length; p++) {
    if (text[p] === '{') depth++;
    else if (text[p] === '}') {
      depth--;
      if (depth === 0) return { body: text.slice(k + 1, p), end: p + 1 };
    }
  }
  return undefined;
}

const SYMBOLS: [RegExp, string][] = [
  [/\\Delta(?![a-zA-Z])/g, 'Δ'],
  [/\\delta(?![a-zA-Z])/g, 'δ'],
  [/\\partial(?![a-zA-Z])/g, '∂'],
  [/\\eta(?![a-zA-Z])/g, 'η'],
  [/\\alpha(?![a-zA-Z])/g, 'α'],
  [/\\sigma(?![a-zA-Z])/g, 'σ'],
  [/\\Sigma(?![a-zA-Z])/g, 'Σ'],
  [/\\sum(?![a-zA-Z])/g, 'Σ'],
  [/\\cdot(?![a-zA-Z])/g, '·'],
  [/\\times(?![a-zA-Z])/g, '×'],
  [/\\prime(?![a-zA-Z])/g, "'"],
  [/\\approx(?![a-zA-Z])/g, '='],
  [/\\simeq(?![a-zA-Z])/g, '='],
  [/\\leftarrow(?![a-zA-Z])/g, '='],
  [/\\gets(?![a-zA-Z])/g, '='],
  [/\\(?:Rightarrow|rightarrow|to|implies)(?![a-zA-Z])/g, '→'],
  [/\\hat\s*\{?\s*y\s*\}?/g, 'ŷ'],
  [/\\(?:left|right|bigl|bigr|Bigl|Bigr|big|Big)(?![a-zA-Z])/g, ''],
  [/\\(?:text|mathrm|textrm|mathit|operatorname|boldsymbol|mathbf|textit|textbf)\s*\{([^{}]*)\}/g, '$1'],
  [/\\(?:begin|end)\s*\{[^{}]*\}/g, ' '],
  [/\\(?:quad|qquad)(?![a-zA-Z])/g, ' ; '],
  [/\\\\/g, ' '],
  [/\\[,;:! ]/g, ' '],
  [/\\_/g, '_'],
  [/≈|≃|←|⟵/g, '='],
  [/[$&]/g, ' '],
];

/** One line of an answer sheet with its LaTeX flattened: `\frac{\partial E}{\partial w_5}` → `(∂E)/(∂w_5)`. */
export function flattenLatex(line: string): string {
  let text = line;
  text = replaceTwoArgument(text, /\\[dt]?frac/, (a, b) => `(${a})/(${b})`);
  for (const [pattern, replacement] of SYMBOLS) text = text.replace(pattern, replacement);
  return text;
}
