// Reads the real-homework corpus: test/fixtures/real-world/<case>/{source.md,setup.txt,solution.txt,network.json,key.json}.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

export const CORPUS_DIR = fileURLToPath(new URL('../../test/fixtures/real-world/', import.meta.url));

export type KeyVerdict = 'correct' | 'carried' | 'incorrect';

/** One statement of the page's worked solution a TA would expect recognised. */
export interface KeyEntry {
  /** 1-based line of solution.txt on which the number is written. */
  line: number;
  /** What it is, in the corpus vocabulary (README.md beside the cases). */
  quantity: string;
  /** The page's number as written (a string, so its digits are kept: "0.40"). */
  value: string;
  verdict: KeyVerdict;
  /** The page's number is `scale` × the quantity (−1 for Han & Kamber's Err = −∂E/∂net). Default 1. */
  scale?: number;
  /** Correct from the page's own rounded earlier numbers, not to the digits given (/check's ≈). */
  approximate?: boolean;
  note?: string;
}

export interface CaseSource {
  title: string;
  url: string;
  author: string;
  licence: string;
  /** `complete`: the setup text holds the whole network; `figure`: some numbers are only in a picture. */
  setup: 'complete' | 'figure';
  /**
   * How much of the network the setup text fixes: `all` (default); `gradients` when the page gives no
   * learning rate; `forward` when it gives no target or loss either (a forward pass only).
   */
  compare?: 'all' | 'gradients' | 'forward';
  /** The page states one quantity with different numbers (README: "A page that contradicts itself"). */
  contradiction?: Contradiction;
  notation: string[];
}

export interface Contradiction {
  /** The page's own name for it, as the reply quotes it (`W2`). */
  quantity: string;
  /** Every number the page gives it, as written. */
  values: string[];
  /** The value the worked solution confirms (restates or uses); absent when the solution does not settle it. */
  settled?: string;
}

export interface CorpusCase {
  name: string;
  dir: string;
  source: CaseSource;
  setupText: string;
  solutionText: string;
  network: unknown;
  key: KeyEntry[];
}

function frontMatter(text: string, file: string): CaseSource {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!m) throw new Error(`${file}: no front matter`);
  const data = parseYaml(m[1]!) as Partial<CaseSource>;
  for (const field of ['title', 'url', 'author', 'licence', 'setup', 'notation'] as const) {
    if (data[field] === undefined) throw new Error(`${file}: front matter lacks ${field}`);
  }
  if (data.setup !== 'complete' && data.setup !== 'figure')
    throw new Error(`${file}: setup must be complete or figure`);
  const c = data.contradiction;
  if (c && (typeof c.quantity !== 'string' || !Array.isArray(c.values) || c.values.length < 2))
    throw new Error(`${file}: contradiction needs a quantity and at least two values`);
  if (c?.settled !== undefined && !c.values.includes(c.settled))
    throw new Error(`${file}: contradiction.settled must be one of its values`);
  return data as CaseSource;
}

export function caseNames(dir = CORPUS_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'key.json')))
    .map((d) => d.name)
    .sort();
}

export function loadCase(name: string, dir = CORPUS_DIR): CorpusCase {
  const caseDir = join(dir, name);
  const read = (file: string) => readFileSync(join(caseDir, file), 'utf8');
  return {
    name,
    dir: caseDir,
    source: frontMatter(read('source.md'), `${name}/source.md`),
    setupText: read('setup.txt'),
    solutionText: read('solution.txt'),
    network: JSON.parse(read('network.json')) as unknown,
    key: JSON.parse(read('key.json')) as KeyEntry[],
  };
}

export function loadCorpus(dir = CORPUS_DIR): CorpusCase[] {
  return caseNames(dir).map((name) => loadCase(name, dir));
}
