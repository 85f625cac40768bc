// A figure's title and subtitle: left-aligned, or right-aligned when the figure is in Persian.
import type { SKRSContext2D } from '@napi-rs/canvas';
import { STYLE } from './style.js';
import { drawText, measureText } from './text.js';
import type { Palette } from './theme.js';

export function headerWidth(title: string, subtitle: string): number {
  return Math.max(measureText(title, STYLE.titleFont), measureText(subtitle, STYLE.subtitleFont));
}

export function drawHeader(
  ctx: SKRSContext2D,
  text: { title: string; subtitle?: string },
  area: { left: number; right: number; top: number },
  rtl: boolean,
  colours: Palette,
): void {
  const x = rtl ? area.right : area.left;
  const align = rtl ? 'right' : 'left';
  drawText(ctx, text.title, x, area.top + STYLE.titleLine / 2, {
    font: STYLE.titleFont,
    colour: colours.text,
    align,
  });
  if (text.subtitle) {
    const y = area.top + STYLE.titleLine + STYLE.subtitleLine / 2;
    drawText(ctx, text.subtitle, x, y, { font: STYLE.subtitleFont, colour: colours.mutedText, align });
  }
}
