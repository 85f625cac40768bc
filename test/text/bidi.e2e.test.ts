// Every Persian catalogue message and a sample of Persian replies, laid out by headless Chromium (Debian's
// `chromium`) in a left-to-right and a right-to-left paragraph: the parts must come out in the same visual
// order in both, that order must be the one UAX #9 gives a right-to-left paragraph, and no Latin part is split.
import { execFileSync } from 'node:child_process';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/dispatch/dispatcher.js';
import { layOutPersianMarkdown } from '../../src/text/bidi.js';
import { catalogue } from '../../src/text/messages/index.js';
import type { Request } from '../../src/dispatch/types.js';
import { chatRequest, fakeDeps } from '../dispatch/fakes.js';
import { openTestStore } from '../helpers/store.js';
import { visualColumns } from '../helpers/visual-order.js';

function chromiumPath(): string {
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('Debian chromium is needed for this test: apt-get install -y chromium (.ci/run does it)');
  }
}

const PERSIAN = /[\u0600-\u06FF]/;
const SKIPPED = /[\s\u200B-\u200F\u2066-\u2069]|\p{Mn}/u;

/** Parts of a line: maximal stretches of Persian or of other visible characters, split at spaces. */
function partsOf(line: string): { start: number; end: number; persian: boolean }[] {
  const parts: { start: number; end: number; persian: boolean }[] = [];
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (SKIPPED.test(c) || /[\uD800-\uDFFF]/.test(c)) continue;
    const persian = PERSIAN.test(c) || c === '\u200C';
    const last = parts[parts.length - 1];
    if (last && last.end === i && last.persian === persian) last.end = i + 1;
    else parts.push({ start: i, end: i + 1, persian });
    // A ZWNJ inside a Persian word joins its halves.
    if (last && last.persian && persian && line[i - 1] === '\u200C' && last.end === i - 1) last.end = i + 1;
  }
  return parts;
}

/** Parts in left-to-right visual order, by the mean column of their characters. */
function orderBy(parts: ReturnType<typeof partsOf>, x: (i: number) => number): number[] {
  const centre = parts.map((p) => {
    let sum = 0;
    let count = 0;
    for (let i = p.start; i < p.end; i++) {
      if (SKIPPED.test(sampleLine[i] ?? '')) continue;
      sum += x(i);
      count++;
    }
    return sum / Math.max(count, 1);
  });
  return parts.map((_, k) => k).sort((a, b) => centre[a]! - centre[b]!);
}
let sampleLine = '';

const params = new Proxy(
  {},
  {
    get: (_target, key) =>
      typeof key === 'string'
        ? /count|step|line|unit|index|limit|got|expected|seconds|layer/i.test(key)
          ? 3
          : `x_${key}`
        : undefined,
    has: () => true,
  },
) as Record<string, string | number>;

/** A long sheet, so /check answers with the grouped summary (one line and several lines per group). */
const LONG_SHEET = Array.from(
  { length: 40 },
  (_, k) => `net_h1 = ${(0.3 + k / 1000).toFixed(4)}\nout_h1 = 0.5933\nw5+ = 0.36\nfoo${k} = 1`,
).join('\n');

async function persianLines(): Promise<{ source: string; line: string }[]> {
  const lines: { source: string; line: string }[] = [];
  for (const [id, entry] of Object.entries(catalogue)) {
    const text = typeof entry.fa === 'function' ? entry.fa(params) : entry.fa;
    for (const line of layOutPersianMarkdown(text).split('\n')) lines.push({ source: id, line });
  }
  const store = await openTestStore();
  const deps = { ...fakeDeps(), store };
  // The replies that read or write the database, in one server, as a TA and as a student (in this order).
  const ta = { id: 'ta', name: 'TA', role: 'ta' as const };
  const sara = { id: 'sara', name: 'Sara', role: 'student' as const };
  const inServer = (request: Request, user: Request['user'] = ta): Request => ({
    ...request,
    user,
    place: 'discord:bidi',
  });
  const withStore = [
    inServer(chatRequest('settings', { lang: 'fa', notation: 'course', decimals: '3' })),
    inServer(chatRequest('settings', {})),
    inServer(chatRequest('settings', { theme: 'light' }), sara),
    inServer(chatRequest('help', {})),
    inServer(chatRequest('backprop', { preset: 'course-q6', view: 'all', explain: 'w5' })),
    inServer(chatRequest('exercise', { action: 'new', name: 'hw1', preset: 'course-q6', attempts: '1' })),
    inServer(chatRequest('exercise', { action: 'start', name: 'hw1' }), sara),
    inServer(
      chatRequest('exercise', { action: 'submit', name: 'hw1', answers: 'net_h1 = 0.3775\nout_h1 = 0.5933' }),
      sara,
    ),
    inServer(chatRequest('exercise', { action: 'submit', name: 'hw1', answers: 'net_h1 = 0.3775' }), sara),
    inServer(chatRequest('exercise', { action: 'report', name: 'hw1' }), sara),
    inServer(chatRequest('exercise', { action: 'report', name: 'hw1' })),
    inServer(chatRequest('exercise', { action: 'list' })),
    inServer(chatRequest('check', { preset: 'course-q6', answers: LONG_SHEET, notation: 'course' })),
  ];
  const requests = [
    ...withStore,
    chatRequest('backprop', { preset: 'mazur', lang: 'fa' }),
    chatRequest('explain', { topic: 'xavier', lang: 'fa' }),
    chatRequest('explain', { topic: 'dying-relu', lang: 'fa' }),
    chatRequest('help', { lang: 'fa' }),
    // One command's help (its rows join a name and a list with ": "), and /train's header (" · " between items).
    chatRequest('help', { command: 'explain', lang: 'fa' }),
    chatRequest('help', { command: 'backprop', lang: 'fa' }),
    chatRequest('train', { preset: 'xor', optimizer: 'sgd,adam', l2: '0.001', lang: 'fa' }),
    chatRequest('backprop', { presett: 'mazur', lang: 'fa' }),
    chatRequest('check', {
      preset: 'mazur',
      answers: 'net_h1 = 0.3775  out_h1 = 0.59  w5+ = 0.36',
      lang: 'fa',
    }),
  ];
  for (const request of requests) {
    const reply = await dispatch(request, deps);
    const texts = [
      reply.text,
      ...(reply.files ?? []).filter((f) => f.name.endsWith('.md')).map((f) => f.content),
    ];
    for (const text of texts) {
      // Code blocks (the /check table) are shown left to right by every client; their cells are isolated one by one.
      let fence = false;
      for (const line of text.split('\n')) {
        if (line.startsWith('```')) fence = !fence;
        else if (!fence) lines.push({ source: `/${request.command}`, line });
      }
    }
  }
  await store.close();
  return lines
    .filter(({ line }) => PERSIAN.test(line) && !line.trimStart().startsWith('|'))
    .map(({ source, line }) => ({ source, line: asShown(line) }));
}

/** What a chat client shows of a Markdown line: heading, list and emphasis markers become formatting. */
function asShown(line: string): string {
  return line
    .replace(/^\s*(?:#{1,6}\s+|[-*]\s+|>\s*|-#\s+)/, '')
    .replace(/\*\*|__/g, '')
    .replace(/`/g, '');
}

let browser: Browser;
let page: Page;
let lines: { source: string; line: string }[] = [];

// The replies are made before the test (the hook's time limit): they build lessons and /check reports (seconds).
beforeAll(async () => {
  lines = await persianLines();
});

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  page = await browser.newPage({ viewport: { width: 4000, height: 200 } });
  await page.setContent('<!doctype html><meta charset="utf-8"><body style="font: 16px sans-serif"></body>');
});

afterAll(async () => {
  await browser?.close();
});

/** The horizontal centre of every UTF-16 unit of `line` in a paragraph of direction `dir` (NaN for none). */
async function columnsIn(lines: string[], dir: 'ltr' | 'rtl'): Promise<number[][]> {
  return page.evaluate(
    ({ lines, dir }) =>
      lines.map((line) => {
        const div = document.createElement('div');
        div.dir = dir;
        div.style.whiteSpace = 'pre';
        div.style.width = '3800px';
        div.textContent = line;
        document.body.replaceChildren(div);
        const node = div.firstChild!;
        return Array.from(line, (_c, i) => {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getBoundingClientRect();
          return rect.width > 0 ? rect.left + rect.width / 2 : Number.NaN;
        });
      }),
    { lines, dir },
  );
}

describe('Persian text in a left-to-right and a right-to-left client (Chromium)', () => {
  it('every catalogue message and sample reply keeps its parts in the right-to-left order in both', async () => {
    expect(lines.length).toBeGreaterThan(300);
    // The database's replies are among them, in Persian (the server's default set by /settings).
    for (const command of ['/settings', '/exercise', '/help', '/check', '/backprop'])
      expect(lines.filter((l) => l.source === command).length, command).toBeGreaterThan(3);
    const texts = lines.map((l) => l.line);
    const [inLtr, inRtl] = await Promise.all([columnsIn(texts, 'ltr'), columnsIn(texts, 'rtl')]);
    const problems: string[] = [];
    lines.forEach(({ source, line }, k) => {
      sampleLine = line;
      const parts = partsOf(line);
      const { column } = visualColumns(line, 'rtl');
      const expected = orderBy(parts, (i) => column[i]!);
      const ltrOrder = orderBy(parts, (i) => inLtr[k]![i]!);
      const rtlOrder = orderBy(parts, (i) => inRtl[k]![i]!);
      const show = (order: number[]) =>
        order.map((p) => line.slice(parts[p]!.start, parts[p]!.end)).join(' | ');
      if (show(ltrOrder) !== show(expected) || show(rtlOrder) !== show(expected)) {
        problems.push(
          `${source}: ${JSON.stringify(line)}\n  expected ${show(expected)}\n  ltr      ${show(ltrOrder)}`,
        );
      }
      for (const part of parts.filter((p) => !p.persian && /[A-Za-z0-9]/.test(line.slice(p.start, p.end)))) {
        const xs = Array.from({ length: part.end - part.start }, (_, d) => inLtr[k]![part.start + d]!);
        const visible = xs.filter((x) => !Number.isNaN(x));
        if (visible.some((x, d) => d > 0 && x < visible[d - 1]!)) {
          problems.push(
            `${source}: ${JSON.stringify(line.slice(part.start, part.end))} reversed in ${JSON.stringify(line)}`,
          );
        }
      }
    });
    expect(problems).toEqual([]);
  });
});
