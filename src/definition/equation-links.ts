// Equation-editor links as READMEs paste them (`<a href="…codecogs.com/eqnedit.php?latex=…"><img src="…gif.latex?…"
// title="…"/></a>`): the LaTeX they carry, read once, as `$$…$$` math, every character mapped to where it was written.
import { walk } from '../work-meter.js';
import { replaceMapped, slice, type MappedText } from './source.js';

/** An image URL that renders LaTeX: codecogs (editor and image), GitHub's math renderer, Google Charts' `cht=tx`. */
const EQUATION_URL =
  /codecogs\.com\/(?:eqnedit\.php\?latex=|[\w.]*(?:latex|image)\?)|render\/math\?math=|[?&]chl=|[?&]latex=/i;

/** codecogs' rendering options before the formula (`\dpi{120}`, `\bg_white`, `\large`), not part of it. */
const RENDER_OPTIONS =
  /^\s*(?:\\(?:dpi\{\d+\}|bg_\w+|bg\{\w+\}|fn_\w+|inline|tiny|small|normalsize|large|Large|LARGE|huge|Huge)\s*)+/g;

/** HTML's entities and codecogs' own (`&space;`, `&plus;`) as their characters. */
const ENTITIES: Record<string, string> = {
  space: ' ',
  plus: '+',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  minus: '-',
};

interface Attribute {
  name: string;
  value: MappedText;
}

interface Tag {
  name: string;
  attributes: Attribute[];
  stop: number;
}

const NAME = /[A-Za-z][\w:-]*/y;

/** The tag starting at `start` (`<a …>`, `<img …/>`, `</a>`), or undefined when the text there is not one. */
function tagAt(m: MappedText, start: number): Tag | undefined {
  const text = m.text;
  const closing = text[start + 1] === '/';
  NAME.lastIndex = start + (closing ? 2 : 1);
  const name = NAME.exec(text)?.[0].toLowerCase();
  if (!name || (name !== 'a' && name !== 'img')) return undefined;
  let k = NAME.lastIndex;
  const attributes: Attribute[] = [];
  while (k < text.length) {
    walk();
    const c = text[k]!;
    if (c === '>') return { name: closing ? `/${name}` : name, attributes, stop: k + 1 };
    if (/[\s/]/.test(c)) {
      k++;
      continue;
    }
    NAME.lastIndex = k;
    const attribute = NAME.exec(text)?.[0];
    if (!attribute) return undefined;
    k = NAME.lastIndex;
    if (text[k] !== '=') continue;
    k++;
    const quote = text[k] === '"' || text[k] === "'" ? text[k]! : undefined;
    const from = quote ? k + 1 : k;
    let to = from;
    // An unquoted value stops where HTML stops it (a `<` too, so a run of broken tags is read once).
    while (to < text.length && (quote ? text[to] !== quote : !/[\s>"'=<`]/.test(text[to]!))) to++;
    walk(to - from + 1);
    if (quote && to >= text.length) return undefined;
    attributes.push({ name: attribute.toLowerCase(), value: slice(m, from, to) });
    k = quote ? to + 1 : to;
  }
  return undefined;
}

/** `%5C`, `&space;`, `&#43;` → their characters (each mapped to where its code was written). */
function decoded(value: MappedText, isUrl: boolean): MappedText {
  const percent = isUrl
    ? replaceMapped(value, /(?:%[0-9A-Fa-f]{2})+/g, (match) => {
        try {
          return decodeURIComponent(match[0]);
        } catch {
          return match[0];
        }
      })
    : value;
  return replaceMapped(percent, /&(?:#(\d{1,6})|#x([0-9A-Fa-f]{1,5})|([A-Za-z]{2,8}));/g, (match) => {
    if (match[1] !== undefined) return String.fromCodePoint(Number(match[1]));
    if (match[2] !== undefined) return String.fromCodePoint(parseInt(match[2], 16));
    return ENTITIES[match[3]!] ?? match[0];
  });
}

/** The LaTeX of an equation URL: what follows `latex=` (or the image's `?`), without codecogs' options. */
function urlLatex(url: MappedText): MappedText {
  // The named parameter when there is one (`eqnedit.php?latex=`), else all the query (`gif.latex?…`).
  const at = /[?&](?:latex|math|chl)=/i.exec(url.text) ?? /\?/.exec(url.text);
  const start = at ? at.index + at[0].length : url.text.length;
  const fragment = url.text.indexOf('#', start);
  const body = decoded(slice(url, start, fragment < 0 ? url.text.length : fragment), true);
  return replaceMapped(body, RENDER_OPTIONS, () => '');
}

/**
 * Rows of aligned math (`net_{H11} &= …\\ & = 1.4`) grouped into statements: a row that starts with `&` continues
 * the one before. Environment markers go (`\begin{align*}`): the statements are what is read.
 */
function statementsOf(latex: MappedText): MappedText[] {
  const bare = replaceMapped(latex, /\\(?:begin|end)\{[A-Za-z*]+\}/g, () => ' ');
  const groups: MappedText[] = [];
  let groupStart = 0;
  let rowStart = 0;
  for (let k = 0; k <= bare.text.length; k++) {
    walk();
    const atBreak = bare.text.startsWith('\\\\', k);
    if (!atBreak && k < bare.text.length) continue;
    const row = bare.text.slice(rowStart, k).trim();
    // An empty row (`\\ \\`) ends a statement; a row that does not start with `&` begins a new one.
    if (row === '' || !row.startsWith('&')) {
      if (rowStart > groupStart) groups.push(slice(bare, groupStart, rowStart));
      groupStart = rowStart;
    }
    rowStart = k + 2;
    k++;
  }
  if (bare.text.length > groupStart) groups.push(slice(bare, groupStart));
  return groups.filter((group) => group.text.replace(/\\\\/g, '').trim() !== '');
}

/** A run of `<a>`, `<img>` and `</a>` tags with only spaces between them: one link around its picture. */
function linkAt(m: MappedText, start: number): { tags: Tag[]; stop: number } | undefined {
  const tags: Tag[] = [];
  let k = start;
  for (;;) {
    const tag = m.text[k] === '<' ? tagAt(m, k) : undefined;
    if (!tag) break;
    tags.push(tag);
    k = tag.stop;
    let next = k;
    while (next < m.text.length && /[^\S\n]/.test(m.text[next]!)) next++;
    walk(next - k + 1);
    if (m.text[next] !== '<') break;
    k = next;
  }
  return tags.length > 0 ? { tags, stop: tags.at(-1)!.stop } : undefined;
}

/**
 * `![equation](https://latex.codecogs.com/gif.latex?…)` or `[…](…eqnedit.php?latex=…)`: the URL, up to its closing
 * bracket. A markdown URL holds no space, and a URL never runs into the next link (so each character is read once).
 */
function markdownLinkAt(m: MappedText, start: number): { url: MappedText; stop: number } | undefined {
  const open = m.text.indexOf('](', start);
  const from = open + 2;
  let depth = 0;
  let k = from;
  for (; k < m.text.length; k++) {
    const c = m.text[k]!;
    if (/\s/.test(c) || m.text.startsWith('](', k) || m.text.startsWith('![', k)) return undefined;
    if (c === '(') depth++;
    else if (c === ')' && depth-- === 0) break;
  }
  walk(k - from + 1);
  if (k >= m.text.length) return undefined;
  const url = slice(m, from, k);
  return EQUATION_URL.test(url.text) ? { url, stop: k + 1 } : undefined;
}

/** What a link carries: its LaTeX statements, and where the link stops. */
function carried(m: MappedText, start: number): { latex: MappedText[]; stop: number } | undefined {
  if (m.text[start] !== '<') {
    const link = markdownLinkAt(m, start);
    return link && { latex: [urlLatex(link.url)], stop: link.stop };
  }
  const link = linkAt(m, start);
  if (!link) return undefined;
  const attributes = link.tags.flatMap((tag) => tag.attributes);
  const url = attributes.find(
    (a) => (a.name === 'href' || a.name === 'src') && EQUATION_URL.test(a.value.text),
  );
  if (!url) return undefined;
  const titles = attributes.filter((a) => a.name === 'title' && a.value.text.trim() !== '');
  const latex = titles.length > 0 ? titles.map((a) => decoded(a.value, false)) : [urlLatex(url.value)];
  return { latex, stop: link.stop };
}

/**
 * Every equation-editor link becomes `$$ … $$` holding its LaTeX: the title's plain text when it has one, else the
 * URL's decoded `latex=` (the two say the same: read once). A statement already read from an earlier link is not
 * read again (pages paste the same block into several links). Other tags and text are left as they are.
 */
export function readEquationLinks(m: MappedText): MappedText {
  if (!/<(?:a|img)\b|\]\(https?:/i.test(m.text)) return m;
  let text = '';
  const map: number[] = [];
  const append = (piece: MappedText) => {
    text += piece.text;
    for (const at of piece.map) map.push(at);
  };
  const seen = new Set<string>();
  let copied = 0;
  // A markdown link's text is short and on one line (`![equation]`, `[]`): a bounded look, never a rescan.
  const opening = /<(?:a|img)\b|!?\[[^[\]\n]{0,80}\]\(https?:/gi;
  for (let match = opening.exec(m.text); match; match = opening.exec(m.text)) {
    if (match.index < copied) continue;
    const link = carried(m, match.index);
    if (!link) continue;
    const fresh = link.latex.flatMap(statementsOf).filter((statement) => {
      const key = statement.text.replace(/\\\\|\s+/g, '');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    append(slice(m, copied, match.index));
    const at = m.map[match.index] ?? m.end;
    const marker = (characters: string): MappedText => ({
      text: characters,
      map: Array.from({ length: characters.length }, () => at),
      end: at,
    });
    if (fresh.length > 0) {
      append(marker('$$ '));
      fresh.forEach((statement, k) => {
        if (k > 0) append(marker(' \\\\ '));
        append(statement);
      });
      append(marker(' $$'));
    }
    copied = link.stop;
    opening.lastIndex = link.stop;
  }
  append(slice(m, copied));
  return { text, map, end: m.end };
}
