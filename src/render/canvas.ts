// A fresh canvas painted with the theme's background: opaque, so its raw pixels need no un-premultiplying.
import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';

export function newCanvas(
  width: number,
  height: number,
  background: string,
): { canvas: Canvas; ctx: SKRSContext2D } {
  const canvas = createCanvas(Math.ceil(width), Math.ceil(height));
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.lang = 'en';
  return { canvas, ctx };
}

export function roundedBox(
  ctx: SKRSContext2D,
  box: { x: number; y: number; width: number; height: number },
  radius: number,
  fill: string,
  stroke?: string,
  lineWidth = 1,
): void {
  ctx.beginPath();
  ctx.roundRect(box.x, box.y, box.width, box.height, radius);
  ctx.fillStyle = fill;
  ctx.fill();
  if (stroke) {
    ctx.strokeStyle = stroke;
    ctx.lineWidth = lineWidth;
    ctx.stroke();
  }
}
