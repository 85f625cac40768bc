// LaTeX as homework writes it, flattened to plain symbols so names and numbers can be read.
import { walk } from '../work-meter.js';

/** Fractions nested deeper than this are left as written (homework nests two or three). */
const MAX_FRACTION_DEPTH = 8;
const FRACTION = /\\[dt]?frac(?![a-zA-Z])/g;

/** The `{…}` group starting at `from` (after optional spaces), with its end index; undefined when unclosed. */
function readGroup(text: string, from: number): { body: string; end: number } | undefined {
  let k = from;
  while (text[k] === ' ') k++;
  if (text[k] !== '{') return undefined;
  let depth = 0;
  for (let p = k; p < text.length; p++) {
    if (text[p] === '{') depth++;
    else if (text[p] === '}') {
      depth--;
      if (depth === 0) {
        walk(p - from);
        return { body: text.slice(k + 1, p), end: p + 1 };
      }
    }
  }
  walk(text.length - from);
  return undefined;
}

/**
 * `\frac{A}{B}` → `(A)/(B)` in one pass, inner fractions through their group's own pass. At the first
 * unclosed group the rest is left as written (so an unclosed `{` is scanned once, not once per `\frac`).
 */
function flattenFractions(text: string, depth = 0): string {
  if (depth >= MAX_FRACTION_DEPTH) return text;
  const pattern = new RegExp(FRACTION.source, 'g');
  let result = '';
  let copied = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const first = readGroup(text, match.index + match[0].length);
    const second = first ? readGroup(text, first.end) : undefined;
    if (!first || !second) break;
    const a = flattenFractions(first.body, depth + 1);
    const b = flattenFractions(second.body, depth + 1);
    result += text.slice(copied, match.index) + `(${a})/(${b})`;
    copied = second.end;
    pattern.lastIndex = second.end;
  }
  return result + text.slice(copied);
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
  [/\\hat\s*\{\s*y\s*(?:_\s*)?(?:\{\s*)?(\d+)\s*(?:\}\s*)?\}/g, 'ŷ_$1'],
  [/\\hat\s*(?:\{\s*)?y\s*\}?/g, 'ŷ'],
  [/\\(?:left|right|bigl|bigr|Bigl|Bigr|big|Big)(?![a-zA-Z])/g, ''],
  [
    /\\(?:text|mathrm|textrm|mathit|mathsf|operatorname|boldsymbol|mathbf|textit|textbf)\s*\{([^{}]*)\}/g,
    '$1',
  ],
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
  text = flattenFractions(text);
  for (const [pattern, replacement] of SYMBOLS) text = text.replace(pattern, replacement);
  return text;
}
