// Chat markdown (what Discord shows) to safe HTML: code, bold, italic, headings, lists, line breaks.

const escapeHtml = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Inline markup of one line (already HTML-escaped), with code spans kept verbatim and left-to-right. */
function inline(text) {
  const codes = [];
  let html = text.replace(/`([^`]+)`/g, (_, code) => {
    codes.push(`<code dir="ltr">${code}</code>`);
    return `\uE000${codes.length - 1}\uE000`;
  });
  html = html
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[\s(])\*([^*\s][^*]*)\*/g, '$1<em>$2</em>')
    .replace(/(^|[\s(])_([^_\s][^_]*)_(?=[\s).,!?]|$)/g, '$1<em>$2</em>');
  return html.replace(/\uE000(\d+)\uE000/g, (_, index) => codes[Number(index)]);
}

export function renderMarkdown(markdown) {
  const lines = escapeHtml(markdown).split('\n');
  const out = [];
  let list = null;
  const closeList = () => {
    if (list) out.push(`</${list}>`);
    list = null;
  };
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const fence = /^```(\w*)\s*$/.exec(line);
    if (fence) {
      closeList();
      const body = [];
      for (index++; index < lines.length && !/^```\s*$/.test(lines[index]); index++) body.push(lines[index]);
      out.push(`<pre dir="ltr"><code>${body.join('\n')}</code></pre>`);
      continue;
    }
    const heading = /^(#{1,3})\s+(.*)$/.exec(line);
    if (heading) {
      closeList();
      out.push(`<div class="md-h${heading[1].length}">${inline(heading[2])}</div>`);
      continue;
    }
    const bullet = /^\s*(?:[-*•])\s+(.*)$/.exec(line);
    const numbered = /^\s*\d+[.)]\s+(.*)$/.exec(line);
    if (bullet || numbered) {
      const kind = bullet ? 'ul' : 'ol';
      if (list !== kind) {
        closeList();
        out.push(`<${kind}>`);
        list = kind;
      }
      out.push(`<li>${inline((bullet ?? numbered)[1])}</li>`);
      continue;
    }
    closeList();
    if (line.trim() === '') out.push('<div class="md-gap"></div>');
    else if (/^&gt;\s?/.test(line))
      out.push(`<blockquote>${inline(line.replace(/^&gt;\s?/, ''))}</blockquote>`);
    else out.push(`<div class="md-line">${inline(line)}</div>`);
  }
  closeList();
  return out.join('');
}
