// Measuring and drawing text: Persian runs right-to-left, numbers and names stay left-to-right.
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';

export type Measure = (text: string, font: string) => number;
export type Align = 'left' | 'center' | 'right';

const PERSIAN = /[\u0600-\u06FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

export function isRightToLeft(text: string): boolean {
  return PERSIAN.test(text);
}

const ISOLATES = /[\u2066-\u2069]/;
// A left-to-right run inside Persian: from a letter, digit, Greek or maths symbol to the last such character.
const LTR_START = 'A-Za-z0-9\u0370-\u03FF∂∆Δ∇√∑(\\[|−+-';
const LTR_END = "A-Za-z0-9\u0370-\u03FF)\\]|′'²³⁰¹⁴⁵⁶⁷⁸⁹⁻";
const NOT_PERSIAN = '^\u0600-\u06FF\uFB50-\uFDFF\uFE70-\uFEFF\u2066-\u2069';
const LTR_RUN = new RegExp(`[${LTR_START}](?:[${NOT_PERSIAN}]*[${LTR_END}])?`, 'g');

/**
 * Wraps each left-to-right run of a Persian line (a formula, a number, a Latin name) in an isolate, so the
 * bidi algorithm keeps it in order: `σ′(0) = 0.25` stays so inside Persian. Lines that already carry
 * isolates (from i18n's ltr()) are left as their author wrote them.
 */
export function isolateLeftToRightRuns(text: string): string {
  if (!isRightToLeft(text) || ISOLATES.test(text)) return text;
  return text.replace(LTR_RUN, (run) => `\u2066${run}\u2069`);
}

let scratch: SKRSContext2D | undefined;
const widths = new Map<string, number>();

/** Width of `text` in `font`, in pixels (cached: layouts measure the same labels many times). */
export const measureText: Measure = (text, font) => {
  const key = `${font}\u0000${text}`;
  const cached = widths.get(key);
  if (cached !== undefined) return cached;
  scratch ??= createCanvas(1, 1).getContext('2d');
  scratch.font = font;
  scratch.lang = 'en';
  const width = scratch.measureText(text).width;
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
  const rtl = isRightToLeft(text);
  ctx.font = style.font;
  ctx.fillStyle = style.colour;
  ctx.lang = rtl ? 'fa' : 'en';
  ctx.direction = rtl ? 'rtl' : 'ltr';
  ctx.textAlign = style.align ?? 'left';
  ctx.textBaseline = 'middle';
  ctx.fillText(rtl ? isolateLeftToRightRuns(text) : text, x, y);
  ctx.direction = 'ltr';
}
