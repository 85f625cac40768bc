// The legend under a diagram: a diverging colour bar with its range, what it encodes, a key and the loss.
import type { SKRSContext2D } from '@napi-rs/canvas';
import { divergingColour } from './colour.js';
import { font } from './fonts.js';
import { STYLE } from './style.js';
import { drawText, measureText } from './text.js';
import type { Palette } from './theme.js';

export interface LegendContent {
  quantity: string;
  key: string;
  footer: string;
  maxAbs: number;
  rtl: boolean;
}

const BAR_WIDTH = 180;
const BAR_HEIGHT = 12;
const TICK_FONT = font(12);

function tickValue(x: number): string {
  if (x === 0) return '0';
  return Number(x.toPrecision(2)).toString().replace('-', '−');
}

/** Width the legend needs (for the figure's minimum width). */
export function legendWidth(content: LegendContent): number {
  return Math.max(
    BAR_WIDTH + 14 + measureText(content.quantity, STYLE.legendFont),
    measureText(content.key, STYLE.legendFont),
    measureText(content.footer, STYLE.footerFont),
  );
}

export function drawLegend(
  ctx: SKRSContext2D,
  content: LegendContent,
  area: { left: number; right: number; top: number },
  colours: Palette,
): void {
  const { rtl } = content;
  const barX = rtl ? area.right - BAR_WIDTH : area.left;
  const barY = area.top + 8;
  const steps = 60;
  for (let k = 0; k < steps; k++) {
    const v = ((k + 0.5) / steps) * 2 - 1;
    ctx.fillStyle = divergingColour(v, 1, colours);
    ctx.fillRect(barX + (k * BAR_WIDTH) / steps, barY, BAR_WIDTH / steps + 0.5, BAR_HEIGHT);
  }
  ctx.strokeStyle = colours.border;
  ctx.lineWidth = 1;
  ctx.strokeRect(barX + 0.5, barY + 0.5, BAR_WIDTH - 1, BAR_HEIGHT - 1);
  const tickY = barY + BAR_HEIGHT + 10;
  const tick = { font: TICK_FONT, colour: colours.mutedText };
  drawText(ctx, tickValue(-content.maxAbs), barX, tickY, { ...tick, align: 'left' });
  drawText(ctx, '0', barX + BAR_WIDTH / 2, tickY, { ...tick, align: 'center' });
  drawText(ctx, `+${tickValue(content.maxAbs)}`, barX + BAR_WIDTH, tickY, { ...tick, align: 'right' });
  const text = { font: STYLE.legendFont, colour: colours.text };
  if (rtl) drawText(ctx, content.quantity, barX - 14, barY + BAR_HEIGHT / 2, { ...text, align: 'right' });
  else
    drawText(ctx, content.quantity, barX + BAR_WIDTH + 14, barY + BAR_HEIGHT / 2, { ...text, align: 'left' });
  const x = rtl ? area.right : area.left;
  const align = rtl ? 'right' : 'left';
  drawText(ctx, content.key, x, area.top + 52, { font: STYLE.legendFont, colour: colours.mutedText, align });
  drawText(ctx, content.footer, x, area.top + 52 + 26, {
    font: STYLE.footerFont,
    colour: colours.text,
    align,
  });
}
