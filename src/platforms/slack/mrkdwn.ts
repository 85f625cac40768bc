// Our chat Markdown -> Slack mrkdwn: *bold*, _italic_, ~strike~, <url|text>, tables as code blocks.

/** Slack needs &, < and > escaped everywhere, code included. */
function escapeControl(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const BOLD = '\u0001';

/** Inline formatting of a piece of text that holds no code. */
function convertInline(text: string): string {
  return escapeControl(text)
    .replace(/!\[([^[\]]*)\]\(([^()\s]+)\)/g, (_m, alt: string, url: string) => `<${url}|${alt || url}>`)
    .replace(/\[([^[\]]+)\]\(([^()\s]+)\)/g, (_m, label: string, url: string) => `<${url}|${label}>`)
    .replace(/\*\*(.+?)\*\*/g, `${BOLD}$1${BOLD}`)
    .replace(/__(.+?)__/g, `${BOLD}$1${BOLD}`)
    .replace(/(^|[^\w*])\*(?!\s)([^*\n]+?)\*(?!\w)/g, '$1_$2_')
    .replace(/~~(.+?)~~/g, '~$1~')
    .replace(new RegExp(BOLD, 'g'), '*');
}

/** A line outside code blocks: code spans are kept, the rest converted. */
function convertLine(line: string): string {
  // One space after the marker is matched and the rest trimmed in code: `\s+(.*?)\s*#*\s*$` backtracked polynomially.
  const heading = /^\s{0,3}#{1,6}\s([\s\S]*)$/.exec(line);
  if (heading) {
    const title = heading[1]!
      .trim()
      .replace(/(?<!#)#+$/, '')
      .trimEnd();
    return `*${convertSpans(title.replace(/\*\*/g, ''))}*`;
  }
  const bullet = /^(\s*)[-*+]\s([\s\S]*)$/.exec(line);
  if (bullet) return `${bullet[1]}• ${convertSpans(bullet[2]!.trimStart())}`;
  return convertSpans(line);
}

function convertSpans(line: string): string {
  return line
    .split(/(`[^`]*`)/)
    .map((part, index) => (index % 2 === 1 ? escapeControl(part) : convertInline(part)))
    .join('');
}

const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_RULE = /^\s*(?:\|\s*)?:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*(?:\|\s*)?$/;

/** Converts Markdown to mrkdwn; fenced code stays verbatim and Markdown tables become code blocks. */
export function markdownToMrkdwn(markdown: string): string {
  const out: string[] = [];
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (/^\s*```/.test(line)) {
      // Slack shows no language tag: drop it, keep the fence and the code.
      const block = ['```'];
      index++;
      while (index < lines.length && !/^\s*```/.test(lines[index]!))
        block.push(escapeControl(lines[index++]!));
      block.push('```');
      out.push(block.join('\n'));
      continue;
    }
    if (TABLE_ROW.test(line)) {
      const rows: string[] = [];
      while (index < lines.length && TABLE_ROW.test(lines[index]!)) {
        if (!TABLE_RULE.test(lines[index]!))
          rows.push(escapeControl(lines[index]!.replace(/\*\*/g, '').trim()));
        index++;
      }
      index--;
      out.push(['```', ...rows, '```'].join('\n'));
      continue;
    }
    out.push(convertLine(line));
  }
  return out.join('\n');
}

/** Splits text into chunks of at most `limit` characters at line breaks (Slack sections hold ≤ 3000). */
export function splitForSections(text: string, limit = 3000): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const line of text.split('\n')) {
    const candidate = current ? `${current}\n${line}` : line;
    if (candidate.length <= limit) {
      current = candidate;
      continue;
    }
    if (current) chunks.push(current);
    current = line;
    while (current.length > limit) {
      chunks.push(current.slice(0, limit));
      current = current.slice(limit);
    }
  }
  if (current) chunks.push(current);
  return chunks;
}
