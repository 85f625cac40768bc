// `export:latex`: the walkthrough as a LaTeX answer key a TA can hand out (XePersian + Vazirmatn for fa).
import type { Locale } from '../dispatch/types.js';
import { hasPersian, withoutDirectionMarks } from './bidi.js';
import type { WalkthroughLine } from './walkthrough.js';

export interface AnswerKeyOptions {
  locale: Locale;
  /** The diagram attached beside the file (same reply), included as an image. */
  diagram?: string;
}

const TEXT_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '&': '\\&',
  '%': '\\%',
  '#': '\\#',
  _: '\\_',
  '^': '\\^{}',
  '~': '\\~{}',
};

/** Plain text inside LaTeX prose; Unicode (Persian, −, ·, η) is left to XeLaTeX's fonts. */
export function escapeText(text: string): string {
  return text.replace(/[\\{}$&%#_^~]/g, (c) => TEXT_ESCAPES[c]!);
}

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';
const fromScript = (text: string, set: string) =>
  [...text].map((c) => (set.includes(c) ? String(set.indexOf(c)) : c === '⁻' ? '-' : c)).join('');

const SYMBOLS: [RegExp, string][] = [
  [/·/g, ' \\cdot '],
  [/−/g, '-'],
  [/∂/g, '\\partial '],
  [/½/g, '\\tfrac{1}{2}'],
  [/→/g, '\\to '],
  [/…/g, '\\ldots '],
  [/×/g, '\\times '],
  [/δ/g, '\\delta '],
  [/σ/g, '\\sigma '],
  [/η/g, '\\eta '],
  [/θ/g, '\\theta '],
  [/Σ/g, '\\Sigma '],
  [/ₖ/g, '_k'],
  [/ᵢ/g, '_i'],
  // the optimizers' rules and state (the data-set walkthrough)
  [/ₛ/g, '_s'],
  [/ᵗ/g, '^{t}'],
  [/←/g, '\\leftarrow '],
  [/μ/g, '\\mu '],
  [/β/g, '\\beta '],
  [/ε/g, '\\varepsilon '],
  [/α/g, '\\alpha '],
  [/λ/g, '\\lambda '],
  [/([A-Za-z])\u0302/g, '\\hat{$1}'],
  [/√(\\hat\{[A-Za-z]\}|[A-Za-z])/g, '\\sqrt{$1}'],
];

/** One walkthrough formula (Unicode, as in the chat text) in LaTeX math. */
export function toLatexMath(formula: string): string {
  let math = formula
    // e^net_o1 → e^{net_o1}: the whole exponent, before its subscript is rewritten.
    .replace(/\^([A-Za-z][\w]*)/g, '^{$1}')
    // z⁽¹⁾₁, W⁽²⁾₁₂: layer in brackets above, indices below.
    .replace(/⁽([⁰-⁹¹²³]+)⁾/g, (_m, d: string) => `^{(${fromScript(d, SUPERSCRIPTS)})}`)
    .replace(/[₀-₉]+(?:,[₀-₉]+)?/g, (d) => `_{${fromScript(d, SUBSCRIPTS)}}`)
    .replace(/[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, (d) => `^{${fromScript(d, SUPERSCRIPTS)}}`)
    // w5+ (the updated weight) → w5^{+}
    .replace(/([\w}])\+(?= =)/g, '$1^{+}')
    // (21 terms) → (\text{21 terms})
    .replace(/\((\d+) ([A-Za-z][A-Za-z ]*)\)/g, '(\\text{$1 $2})')
    // net_h1 → \mathrm{net}_{h1}, E_total → E_{\mathrm{total}}, θ_3…4 → θ_{3…4}
    .replace(/(?<![A-Za-zδθσ])([A-Za-zδθσ]+)_([A-Za-z0-9…,]+)/g, (_m, base: string, sub: string) => {
      const head = base.length > 1 && /^[A-Za-z]+$/.test(base) ? `\\mathrm{${base}}` : base;
      const tail = /^[A-Za-z]{2,}$/.test(sub) ? `\\mathrm{${sub}}` : sub;
      return `${head}_{${tail}}`;
    });
  for (const [pattern, latex] of SYMBOLS) math = math.replace(pattern, latex);
  return math.replace(/ {2,}/g, ' ').trim();
}

function preamble(locale: Locale): string[] {
  const common = ['\\usepackage{amsmath}', '\\usepackage{graphicx}', '\\usepackage[margin=2cm]{geometry}'];
  if (locale === 'fa')
    return [
      '% Compile with XeLaTeX (xelatex answer-key-fa.tex): needs the XePersian package and the Vazirmatn font.',
      '\\documentclass[11pt]{article}',
      ...common,
      '\\usepackage{xepersian}',
      '\\settextfont{Vazirmatn}',
    ];
  return [
    '% Compile with pdflatex or xelatex (answer-key.tex).',
    '\\documentclass[11pt]{article}',
    ...common,
  ];
}

// Symbols of the walkthrough's sentences, set as math so no text font needs them.
const PROSE_SYMBOLS: Record<string, string> = {
  '−': '$-$',
  '·': '$\\cdot$',
  η: '$\\eta$',
  Σ: '$\\Sigma$',
  '½': '$\\tfrac{1}{2}$',
  '²': '$^2$',
  δ: '$\\delta$',
  '→': '$\\to$',
  '…': '\\ldots{}',
  '×': '$\\times$',
  '≈': '$\\approx$',
  '∂': '$\\partial$',
  λ: '$\\lambda$',
  μ: '$\\mu$',
  β: '$\\beta$',
  ε: '$\\varepsilon$',
  α: '$\\alpha$',
  '←': '$\\leftarrow$',
};

const EDGE = /[\s·,:=]/;

/** `\lr{…}` around a piece of a Latin run, its edge separators (` · `, `, `) left outside in the Persian text. */
function lr(piece: string): string {
  let start = 0;
  let end = piece.length;
  while (start < end && EDGE.test(piece[start]!)) start++;
  while (end > start && EDGE.test(piece[end - 1]!)) end--;
  const body = piece.slice(start, end);
  if (!/[A-Za-z0-9ηΣδ∂λμβεα]/.test(body)) return piece;
  return `${piece.slice(0, start)}\\lr{${body}}${piece.slice(end)}`;
}

/**
 * A Latin run in \lr{} pieces whose brackets pair up: a bracket that opens or closes outside the run (the Persian
 * sentence's own "(… 0.5)") stays outside it, so no \lr{} holds half a pair (`\lr{0.5)}`).
 */
function leftToRight(run: string): string {
  const open: number[] = [];
  const unpaired: number[] = [];
  for (let i = 0; i < run.length; i++) {
    if (run[i] === '(') open.push(i);
    else if (run[i] === ')' && open.pop() === undefined) unpaired.push(i);
  }
  let out = '';
  let start = 0;
  for (const at of [...unpaired, ...open].sort((a, b) => a - b)) {
    out += `${lr(run.slice(start, at))}${run[at]}`;
    start = at + 1;
  }
  return out + lr(run.slice(start));
}

/** A sentence of the walkthrough; in Persian, Latin runs go in \lr{} so XePersian sets them left to right. */
function prose(text: string, locale: Locale): string {
  let latex = escapeText(text);
  if (locale === 'fa' && hasPersian(text))
    latex = latex.replace(
      /[A-Za-z0-9ηΣδ∂λμβεα][A-Za-z0-9₀-₉\\{}_.,:=()+\-−·²½Σηδ∂λμβεα/ ]*[A-Za-z0-9₀-₉)²ηΣδ∂λμβεα]/g,
      leftToRight,
    );
  // Neighbouring symbols become one formula ($a$$b$ → $ab$), never a stray `$$`.
  return (
    latex
      .replace(/([mv])\u0302/g, '$\\hat{$1}$')
      // A page's name set with subscripts (w₁₄, as its LaTeX wrote w_{14}): no text font needs the glyphs.
      .replace(/[₀-₉]+/g, (d) => `$_{${fromScript(d, SUBSCRIPTS)}}$`)
      .replace(/[−·ηΣ½²δ→…×≈∂λμβεα←]/g, (c) => PROSE_SYMBOLS[c]!)
      .replace(/(?<!\\)\$\$/g, '')
  );
}

function formulaLine(text: string, locale: Locale): string[] {
  // A walkthrough formula may end in a note in words: "…   (the bias is shared …)".
  const at = text.indexOf('   (');
  const math = at === -1 ? text : text.slice(0, at);
  const note = at === -1 ? '' : text.slice(at).trim();
  // `w1: g = …,  m = …;  w1 = 0.5 → 0.49` (a parameter's optimizer state): the name, then the formulas
  const named = /^([^\s:]+): (.+)$/.exec(math);
  if (named && !hasPersian(math) && !/: /.test(named[2]!))
    return [`\\[ ${toLatexMath(named[1]!)}\\colon\\quad ${toLatexMath(named[2]!)} \\]`];
  if (hasPersian(math) || /: /.test(math)) return [`\\noindent ${prose(text, locale)}\\par`];
  const lines = [`\\[ ${toLatexMath(math)} \\]`];
  if (note) lines.push(`\\noindent{\\small ${prose(note, locale)}}\\par`);
  return lines;
}

/** The whole answer key: the walkthrough's headings, sentences and formulas, with the diagram. */
export function latexAnswerKey(lines: readonly WalkthroughLine[], options: AnswerKeyOptions): string {
  const { locale } = options;
  const body: string[] = [];
  let titled = false;
  for (const line of lines) {
    const text = withoutDirectionMarks(line.text).trimEnd();
    if (line.kind === 'formula') {
      body.push(...formulaLine(text, locale));
      continue;
    }
    const heading = /^(#{1,3}) (.*)$/.exec(text);
    if (heading) {
      const level = heading[1]!.length;
      if (level === 1 && !titled) {
        titled = true;
        body.push(`\\section*{${prose(heading[2]!, locale)}}`);
        if (options.diagram)
          body.push(
            '\\begin{center}',
            `\\includegraphics[width=0.9\\linewidth]{${options.diagram}}`,
            '\\end{center}',
          );
        continue;
      }
      body.push(`\\${level === 3 ? 'subsubsection' : 'subsection'}*{${prose(heading[2]!, locale)}}`);
      continue;
    }
    // *forward pass with the initial weights*: Markdown emphasis, set in italics
    const emphasis = /^\*([^*]+)\*$/.exec(text);
    if (emphasis) body.push(`\\noindent\\textit{${prose(emphasis[1]!, locale)}}\\par`);
    else if (text === '') body.push('');
    else body.push(`\\noindent ${prose(text.replace(/^- /, '• '), locale)}\\par`);
  }
  return [...preamble(locale), '', '\\begin{document}', '', ...body, '', '\\end{document}', ''].join('\n');
}
