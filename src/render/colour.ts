// The diverging colour scale: sign by hue (blue negative, orange positive), magnitude by saturation.
import type { Palette } from './theme.js';

type Rgb = [number, number, number];

function parseHex(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function toHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}

/** Colour of `value` on a symmetric scale from −maxAbs (negative end) to +maxAbs (positive end). */
export function divergingColour(value: number, maxAbs: number, colours: Palette): string {
  if (!Number.isFinite(value)) return colours.mutedText;
  const t = maxAbs > 0 ? Math.max(-1, Math.min(1, value / maxAbs)) : 0;
  // sqrt keeps small magnitudes visibly tinted instead of vanishing into the neutral grey
  const strength = Math.sqrt(Math.abs(t));
  const end = parseHex(t < 0 ? colours.negative : colours.positive);
  return toHex(mix(parseHex(colours.neutral), end, strength));
}

/** Largest finite |value| (0 when there is none). */
export function maxAbsOf(values: Iterable<number>): number {
  let max = 0;
  for (const v of values) if (Number.isFinite(v)) max = Math.max(max, Math.abs(v));
  return max;
}
