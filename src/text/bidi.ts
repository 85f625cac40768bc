// The one bidi module: how every Persian line the bot writes (chat text, files, pictures) keeps its order.
// No dependencies, so every messages file can import it without a cycle.

export const LRI = '\u2066';
export const RLI = '\u2067';
export const FSI = '\u2068';
export const PDI = '\u2069';
export const RLM = '\u200F';

/** Left-to-right isolate: keeps numbers and formulas in order inside Persian text. */
export const ltr = (s: string | number): string => `${LRI}${s}${PDI}`;

const PERSIAN_LETTER = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/;
const ISOLATE_CHARS = /[\u2066-\u2069]/g;
const DIRECTION_MARKS = /[\u200E\u200F\u2066-\u2069]/g;

/** True when the text has a Persian (Arabic-script) letter, digit or punctuation mark. */
export function hasPersian(text: string): boolean {
  return PERSIAN_LETTER.test(text);
}

/** English replies carry no directional marks (they are invisible but get copied with the text). */
export function withoutDirectionMarks(text: string): string {
  return text.replace(DIRECTION_MARKS, '');
}

export function withoutIsolates(text: string): string {
  return text.replace(ISOLATE_CHARS, '');
}

// A left-to-right run starts at a Latin or Greek letter, a Western digit or a maths symbol (never at a
// bracket), and ends at the last such character or a closing mark that belongs to it.
const RUN_START = /[A-Za-z0-9\u00C0-\u024F\u0370-\u03FF\u1D00-\u1DBF∂∆∇√∑∏∫∞½¼¾|ŷ]/;
const RUN_END =
  /[A-Za-z0-9\u00C0-\u024F\u0370-\u03FF\u1D00-\u1DBF∂∆∇∑∏∞½¼¾|′″'"%!ᵀⁿ⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻₀₁₂₃₄₅₆₇₈₉)\]}]/;
const COMBINING_MARK = /\p{M}/u;
const SIGN = /[−+\-±]/;
const OPENING: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
const CLOSING = new Set([')', ']', '}']);

type Atom =
  | { kind: 'char'; text: string }
  /** An isolate already in the text, or a code span: kept whole; `ltr` ones may sit inside a run. */
  | { kind: 'group'; text: string; ltr: boolean };

function closingIsolate(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (c === LRI || c === RLI || c === FSI) depth++;
    else if (c === PDI && --depth === 0) return i;
  }
  return text.length - 1;
}

function atomsOf(text: string): Atom[] {
  const atoms: Atom[] = [];
  for (let i = 0; i < text.length;) {
    const c = text[i]!;
    if (c === LRI || c === RLI || c === FSI) {
      const end = closingIsolate(text, i);
      atoms.push({ kind: 'group', text: text.slice(i, end + 1), ltr: c === LRI });
      i = end + 1;
      continue;
    }
    if (c === '`') {
      const fence = /^`+/.exec(text.slice(i))![0];
      const end = text.indexOf(fence, i + fence.length);
      if (end > 0) {
        const span = text.slice(i, end + fence.length);
        atoms.push({ kind: 'group', text: span, ltr: !hasPersian(span) });
        i = end + fence.length;
        continue;
      }
    }
    const code = text.codePointAt(i)!;
    const char = String.fromCodePoint(code);
    atoms.push({ kind: 'char', text: char });
    i += char.length;
  }
  return atoms;
}

const startsRun = (atoms: Atom[], k: number): boolean => {
  const atom = atoms[k]!;
  if (atom.kind === 'group') return atom.ltr;
  if (RUN_START.test(atom.text)) return true;
  // A sign belongs to the number or name right after it: −0.0076 stays whole.
  const next = atoms[k + 1];
  return SIGN.test(atom.text) && next !== undefined && next.kind === 'char' && RUN_START.test(next.text);
};
const endsRun = (atom: Atom): boolean =>
  atom.kind === 'group' ? atom.ltr : RUN_END.test(atom.text) || COMBINING_MARK.test(atom.text);
const breaksRun = (atom: Atom, previous: Atom): boolean =>
  atom.kind === 'group'
    ? !atom.ltr
    : hasPersian(atom.text) ||
      atom.text === '\u200C' ||
      // Persian quotation marks belong to the Persian sentence: «Efficient BackProp» keeps both outside.
      atom.text === '«' ||
      atom.text === '»' ||
      // "half_sse (E = …)": a bracket after a space opens a new part of the sentence.
      (OPENING[atom.text] !== undefined && /\s/.test(previous.text));

/**
 * ": " and " · " outside formulas and code join the parts of a Persian sentence ("نرخ یادگیری η: backprop …",
 * "دستهٔ 4 · η = 2"): a run stops there, so each part keeps its place in the right-to-left line.
 */
function separatesClauses(atoms: Atom[], k: number): boolean {
  const atom = atoms[k]!;
  const next = atoms[k + 1];
  if (atom.kind !== 'char' || next?.kind !== 'char' || !/\s/.test(next.text)) return false;
  if (atom.text === ':') return true;
  return atom.text === '·' && /\s/.test(atoms[k - 1]?.text ?? '');
}

/** The longest prefix of a run whose brackets are balanced and which ends on a character that ends runs. */
function balancedEnd(atoms: Atom[], start: number, last: number): number {
  const open: string[] = [];
  let end = start - 1;
  for (let k = start; k <= last; k++) {
    const atom = atoms[k]!;
    if (atom.kind === 'char' && OPENING[atom.text]) open.push(OPENING[atom.text]!);
    else if (atom.kind === 'char' && CLOSING.has(atom.text)) {
      if (open.pop() !== atom.text) break;
    }
    if (open.length === 0 && endsRun(atom)) end = k;
  }
  return end;
}

/**
 * Wraps each left-to-right run of a Persian line (a formula, a number, a Latin name, inline code) in a
 * left-to-right isolate, so `σ′(0) = 0.25`, `2-8-1` and `−0.0076` keep their order inside Persian. Brackets
 * never start a run, and a run keeps only brackets it closes: "(ثابت)" stays Persian. Isolates already in
 * the text are kept as written. Lines without Persian are returned unchanged.
 */
export function isolateLeftToRightRuns(line: string): string {
  if (!hasPersian(line)) return line;
  const atoms = atomsOf(line);
  let out = '';
  for (let k = 0; k < atoms.length;) {
    if (!startsRun(atoms, k)) {
      out += atoms[k]!.text;
      k++;
      continue;
    }
    let last = k;
    while (
      last + 1 < atoms.length &&
      !breaksRun(atoms[last + 1]!, atoms[last]!) &&
      !separatesClauses(atoms, last + 1)
    )
      last++;
    const end = Math.max(balancedEnd(atoms, k, last), k);
    const run = atoms.slice(k, end + 1);
    const text = run.map((a) => a.text).join('');
    const alreadyIsolated = run.length === 1 && run[0]!.kind === 'group' && text.startsWith(LRI);
    out += alreadyIsolated ? text : ltr(text);
    k = end + 1;
  }
  return out;
}

// Emphasis markers are runs of `*`, `_` and `~~`; scanned by hand because a regular expression with the
// overlapping alternatives `_|__` backtracks exponentially on a long run of underscores.
const isMarker = (text: string, at: number): 0 | 1 | 2 => {
  const char = text[at];
  if (char === '*' || char === '_') return 1;
  return char === '~' && text[at + 1] === '~' ? 2 : 0;
};

function emphasisOpen(text: string): string {
  let end = 0;
  for (let step = isMarker(text, end); step > 0; step = isMarker(text, end)) end += step;
  return text.slice(0, end);
}

function emphasisClose(text: string): string {
  let start = text.length;
  while (start > 0) {
    const char = text[start - 1];
    if (char === '*' || char === '_') start -= 1;
    else if (char === '~' && text[start - 2] === '~') start -= 2;
    else break;
  }
  return text.slice(start);
}

/**
 * One Persian line laid out right to left whatever the client's direction: its text in a right-to-left
 * isolate (so a colon at the end stays at the end) with every left-to-right run isolated inside. The
 * isolate sits inside the line's emphasis markers so Markdown still sees them.
 */
export function rightToLeftLine(line: string): string {
  if (!hasPersian(line) || line.startsWith(RLI)) return line;
  const open = emphasisOpen(line);
  const rest = line.slice(open.length);
  const close = emphasisClose(rest);
  const body = rest.slice(0, rest.length - close.length);
  if (body.startsWith(RLI)) return line;
  return `${open}${RLI}${isolateLeftToRightRuns(body)}${PDI}${close}`;
}

// Markdown that must stay at the start of a line: headings, list items, quotes, Discord's subtext.
const LINE_PREFIX = /^\s*(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s*|-#\s+)*/;
const TABLE_RULE = /^\s*(?:\|\s*)?:?-{2,}/;

function tableRow(line: string): string {
  // Each cell in its own isolate, so the columns keep their order in either direction.
  const cells = line.split(/(?<!\\)\|/);
  return cells
    .map((cell, index) => {
      if (index === 0 || index === cells.length - 1 || cell.trim() === '') return cell;
      const text = cell.trim();
      const isolated = hasPersian(text) ? `${RLI}${isolateLeftToRightRuns(text)}${PDI}` : ltr(text);
      return text.startsWith(LRI) || text.startsWith(RLI) ? cell : ` ${isolated} `;
    })
    .join('|');
}

const isTableRow = (line: string): boolean => line.trimStart().startsWith('|');

/**
 * Lays out Persian chat text or a Markdown file for any client: every line with Persian goes through
 * rightToLeftLine (after its Markdown prefix); a table with Persian in it is isolated cell by cell, every
 * row; code blocks are left alone. Idempotent, so it may run both where a reply is fitted and where it leaves.
 */
export function layOutPersianMarkdown(text: string): string {
  const lines = text.split('\n');
  const persianTable = new Array<boolean>(lines.length).fill(false);
  for (let start = 0; start < lines.length; start++) {
    if (!isTableRow(lines[start]!)) continue;
    let end = start;
    while (end + 1 < lines.length && isTableRow(lines[end + 1]!)) end++;
    const persian = lines.slice(start, end + 1).some(hasPersian);
    for (let k = start; k <= end; k++) persianTable[k] = persian;
    start = end;
  }
  let inFence = false;
  return lines
    .map((line, index) => {
      if (/^\s*(```|~~~)/.test(line)) {
        inFence = !inFence;
        return line;
      }
      if (inFence) return line;
      if (persianTable[index]) return TABLE_RULE.test(line) ? line : tableRow(line);
      if (!hasPersian(line)) return line;
      const prefix = LINE_PREFIX.exec(line)?.[0] ?? '';
      return prefix + rightToLeftLine(line.slice(prefix.length));
    })
    .join('\n');
}
