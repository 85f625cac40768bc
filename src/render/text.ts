// Measuring and drawing text: each line is ordered by the Unicode Bidirectional Algorithm (bidi-js) before drawing.
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import bidiFactory from 'bidi-js';
import { isolateLeftToRightRuns } from '../text/bidi.js';

export type Measure = (text: string, font: string) => number;
export type Align = 'left' | 'center' | 'right';

const PERSIAN = /[\u0600-\u06FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
// Directional formatting characters: they steer the algorithm and are never drawn.
const BIDI_CONTROL = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

export function isRightToLeft(text: string): boolean {
  return PERSIAN.test(text);
}

const bidi = bidiFactory();

/** A stretch of one line at one embedding level, drawn in one direction. */
export interface VisualRun {
  text: string;
  rtl: boolean;
}

/**
 * The runs of one line in the order they appear from left to right (UAX #9 rules L1–L2 on whole level
 * runs). A line with Persian in it is a right-to-left paragraph; each run keeps its characters in logical
 * order, and the shaper draws a right-to-left run right to left (joining letters, mirroring brackets).
 */
export function visualRuns(line: string): VisualRun[] {
  const rtl = isRightToLeft(line);
  if (!rtl && !BIDI_CONTROL.test(line)) return line === '' ? [] : [{ text: line, rtl: false }];
  // Every Persian string is isolated as the chat text is (src/text/bidi.ts), then ordered by UAX #9.
  const text = rtl ? isolateLeftToRightRuns(line) : line;
  const { levels } = bidi.getEmbeddingLevels(text, rtl ? 'rtl' : 'ltr');
  const runs: { text: string; level: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (BIDI_CONTROL.test(char)) continue;
    const level = levels[i]!;
    const last = runs[runs.length - 1];
    if (last && last.level === level) last.text += char;
    else runs.push({ text: char, level });
  }
  const highest = Math.max(0, ...runs.map((r) => r.level));
  const lowestOdd = Math.min(...runs.map((r) => r.level).filter((level) => level % 2 === 1), highest + 1);
  // Rule L2: from the highest level down to the lowest odd one, reverse every sequence at that level or above.
  for (let level = highest; level >= lowestOdd; level--) {
    for (let start = 0; start < runs.length;) {
      if (runs[start]!.level < level) {
        start++;
        continue;
      }
      let end = start;
      while (end + 1 < runs.length && runs[end + 1]!.level >= level) end++;
      runs.splice(start, end - start + 1, ...runs.slice(start, end + 1).reverse());
      start = end + 1;
    }
  }
  return runs.map((run) => ({ text: run.text, rtl: run.level % 2 === 1 }));
}

let scratch: SKRSContext2D | undefined;
const widths = new Map<string, number>();

function measureRun(run: VisualRun, font: string): number {
  scratch ??= createCanvas(1, 1).getContext('2d');
  scratch.font = font;
  scratch.lang = run.rtl ? 'fa' : 'en';
  scratch.direction = run.rtl ? 'rtl' : 'ltr';
  const width = scratch.measureText(run.text).width;
  scratch.direction = 'ltr';
  return width;
}

/** Width of `text` in `font`, in pixels, as drawText draws it (cached: layouts measure the same labels many times). */
export const measureText: Measure = (text, font) => {
  const key = `${font}\u0000${text}`;
  const cached = widths.get(key);
  if (cached !== undefined) return cached;
  const width = visualRuns(text).reduce((sum, run) => sum + measureRun(run, font), 0);
  if (widths.size > 20_000) widths.clear();
  widths.set(key, width);
  return width;
};

/**
 * Draws one line of text with its vertical middle at y. `align` is where x sits on the line's box
 * (left, centre or right edge), whatever the text's direction.
 */
export function drawText(
  ctx: SKRSContext2D,
  text: string,
  x: number,
  y: number,
  style: { font: string; colour: string; align?: Align },
): void {
  const runs = visualRuns(text);
  const widthsOfRuns = runs.map((run) => measureRun(run, style.font));
  const total = widthsOfRuns.reduce((sum, w) => sum + w, 0);
  const align = style.align ?? 'left';
  let left = align === 'left' ? x : align === 'right' ? x - total : x - total / 2;
  ctx.font = style.font;
  ctx.fillStyle = style.colour;
  ctx.textBaseline = 'middle';
  runs.forEach((run, index) => {
    ctx.lang = run.rtl ? 'fa' : 'en';
    ctx.direction = run.rtl ? 'rtl' : 'ltr';
    ctx.textAlign = 'left';
    ctx.fillText(run.text, left, y);
    left += widthsOfRuns[index]!;
  });
  ctx.direction = 'ltr';
  ctx.textAlign = 'left';
}
