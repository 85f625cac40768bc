// Reads a real snippet: test/fixtures/real-world/snippets/<name>.md, front matter then the excerpt verbatim.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

const SNIPPETS_DIR = fileURLToPath(new URL('../fixtures/real-world/snippets/', import.meta.url));

export interface Snippet {
  title: string;
  url: string;
  licence: string;
  notation: string[];
  /** The excerpt exactly as published. */
  text: string;
}

export function loadSnippet(name: string): Snippet {
  const file = readFileSync(`${SNIPPETS_DIR}${name}.md`, 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n/.exec(file);
  if (!m) throw new Error(`${name}.md: no front matter`);
  const data = parseYaml(m[1]!) as Omit<Snippet, 'text'>;
  // Every snippet keeps its address and a licence note: a snippet without them is not a real one.
  for (const field of ['title', 'url', 'licence', 'notation'] as const)
    if (!data[field]) throw new Error(`${name}.md: front matter lacks ${field}`);
  return { ...data, text: file.slice(m[0].length) };
}

/** The 0-based line of the excerpt that starts with `start` (so a test quotes the page's own line). */
export function lineOf(snippet: Snippet, start: string): string {
  const line = snippet.text.split('\n').find((l) => l.startsWith(start));
  if (line === undefined) throw new Error(`no line starting with ${start}`);
  return line;
}
