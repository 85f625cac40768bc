// Homework pasted with LaTeX: `$w_{1} = 0.15$`, `$$w_5 = 0.40,\ w_6 = 0.45$$`, `\eta = 0.5` → plain `key = value` text.
import { replaceMapped, slice, type MappedText } from './source.js';

const LATEX_COMMANDS =
  'eta|alpha|frac|dfrac|tfrac|sqrt|cdot|times|div|begin|end|text|mathrm|left|right|sigma|quad|pi|exp|ln';

/** Whether the text uses LaTeX math (`$…$`, `\(…\)`, `w_{1}`, or commands like `\eta`), outside "quoted" texts and comments. */
export function looksLikeLatex(text: string): boolean {
  const bare = text.replace(/"(?:[^"\\\n]|\\.)*"?/g, '""').replace(/#[^\n]*/g, '');
  return new RegExp(`\\$|\\\\(?:${LATEX_COMMANDS})(?![a-zA-Z])|\\\\[([]|[a-zA-Z]_\\{`).test(bare);
}

export interface LatexPieces {
  /** Inside `$…$`, `$$…$$`, `\(…\)`, `\[…\]`: read strictly. */
  math: MappedText[];
  /** The lines around them: read as prose (only recognised `key = value` pairs count). */
  prose: MappedText[];
}

const MATH =
  /\$\$((?:(?!\$\$)[\s\S])*?)\$\$|\$([^$\n]*?)\$|\\\[((?:(?!\\\[)[\s\S])*?)\\\]|\\\(((?:(?!\\\()[\s\S])*?)\\\)/g;

/** Splits the text into math segments and the prose lines between them, each normalised to plain notation. */
export function splitLatex(m: MappedText): LatexPieces {
  const math: MappedText[] = [];
  const proseParts: MappedText[] = [];
  let last = 0;
  MATH.lastIndex = 0;
  for (let match = MATH.exec(m.text); match; match = MATH.exec(m.text)) {
    const body = match[1] ?? match[2] ?? match[3] ?? match[4] ?? '';
    // A name in math inside a sentence ("the learning rate \( \eta \) is 0.9") stays part of the sentence.
    if (isInlineName(body)) continue;
    const start = match.index + (match[0].startsWith('$$') || match[0].startsWith('\\') ? 2 : 1);
    proseParts.push(slice(m, last, match.index));
    math.push(normalizeLatex(slice(m, start, start + body.length)));
    last = match.index + match[0].length;
  }
  proseParts.push(slice(m, last));
  // Prose is kept line by line so a sentence never runs into the next line's key.
  const prose: MappedText[] = [];
  for (const part of proseParts) {
    let lineStart = 0;
    let depth = 0;
    for (let k = 0; k <= part.text.length; k++) {
      const c = part.text[k];
      if (c === '[') depth++;
      else if (c === ']') depth = Math.max(0, depth - 1);
      // A list written over several lines (`np.array([[0.5, -0.6],\n [0.1, -0.2]])`) stays one line.
      if (k === part.text.length || (c === '\n' && depth === 0)) {
        const line = slice(part, lineStart, k);
        if (line.text.trim() !== '') prose.push(normalizeLatex(line));
        lineStart = k + 1;
      }
    }
  }
  return { math, prose };
}

/** Short math without a statement or a line break: a symbol within prose. */
function isInlineName(body: string): boolean {
  return body.length <= 40 && !/[=\n:]|\\begin/.test(body);
}

const MATRIX_ENVIRONMENTS = 'bmatrix|pmatrix|matrix|vmatrix|Bmatrix|array';
const COMMAND_WORDS: Record<string, string> = {
  eta: 'eta',
  alpha: 'alpha',
  sigma: 'sigma',
  pi: 'pi',
  sqrt: 'sqrt',
  exp: 'exp',
  ln: 'ln',
  log: 'log',
  sin: 'sin',
  cos: 'cos',
  tanh: 'tanh',
  cdot: '*',
  times: '*',
  div: '/',
};

/** LaTeX notation → the bot's plain notation, keeping every character's origin. */
export function normalizeLatex(m: MappedText): MappedText {
  let out = m;
  const rewrite = (pattern: RegExp, replacer: (match: RegExpExecArray) => string) => {
    out = replaceMapped(out, pattern, replacer);
  };
  // Math delimiters left inside prose (around inline names) are spaces.
  rewrite(/\\[()]|\$/g, () => ' ');
  rewrite(new RegExp(`\\\\begin\\{(?:${MATRIX_ENVIRONMENTS})\\}(?:\\{[^{}\\\\]*\\})?`, 'g'), () => '[');
  rewrite(new RegExp(`\\\\end\\{(?:${MATRIX_ENVIRONMENTS})\\}`, 'g'), () => ']');
  rewrite(/\\(?:begin|end)\{[^}\\]*\}/g, () => ' ');
  rewrite(/\\\\/g, () => '\n');
  rewrite(/&/g, () => ' ');
  rewrite(
    /\\(?:text|mathrm|mathbf|mathit|operatorname|textbf|boldsymbol)\s*\{([^{}]*)\}/g,
    (match) => match[1]!,
  );
  rewrite(/\\(?:left|right|displaystyle|limits)\b/g, () => '');
  rewrite(/\\(?:[,;:! ]|quad|qquad)/g, () => ' ');
  // Fractions and roots, innermost first (a few passes cover realistic nesting).
  for (let pass = 0; pass < 4; pass++) {
    rewrite(/\\[dt]?frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}/g, (match) => `((${match[1]})/(${match[2]}))`);
    rewrite(/\\sqrt\s*\{([^{}]*)\}/g, (match) => `sqrt(${match[1]})`);
    rewrite(/\^\s*\{([^{}]*)\}/g, (match) => `^(${match[1]})`);
    // Subscripts: w_{1} → w1, t_{o_1} → to_1.
    rewrite(/_\s*\{([^{}]*)\}/g, (match) => `_${match[1]!.replace(/[\s{}]/g, '')}`);
  }
  rewrite(/\\([a-zA-Z]+)/g, (match) => COMMAND_WORDS[match[1]!] ?? match[1]!);
  rewrite(/[{}]/g, () => ' ');
  // `W = [w_1 w_2; w_3 w_4] = [0.3 0.2; 0.2 0.3]`: a matrix of names equal to a matrix of numbers names each one.
  rewrite(/(?:\b[A-Za-z]\w{0,8}\s*=\s*)?\[([^[\]=]*)\]\s*=\s*\[([^[\]=]*)\]/g, (match) => {
    const names = match[1]!.trim().split(/\s+/);
    const values = match[2]!.trim().split(/[\s,;]+/);
    const paired =
      names.length === values.length &&
      names.every((name) => /^[A-Za-z]+_?\d+$/.test(name)) &&
      values.every((value) => /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)$/.test(value));
    return paired ? names.map((name, k) => `${name} = ${values[k]}`).join('; ') : match[0];
  });
  return out;
}
