// Canvas → PNG. The raw pixels go through sharp's libpng at a low compression level: measured
// (npm run bench:render) several times faster than @napi-rs/canvas's own PNG encoder for the
// same pixels, at a similar size, because our flat-coloured figures compress well even at level 2.
import type { Canvas } from '@napi-rs/canvas';
import sharp from 'sharp';

export const PNG_COMPRESSION_LEVEL = 2;

// libvips' operation cache keeps recent results (up to 50 MB by default): every image here is new, so it only
// grows RSS. One libvips thread per image: our images are small, and more threads only add malloc arenas.
sharp.cache(false);
sharp.concurrency(1);

export async function encodePng(canvas: Canvas): Promise<Uint8Array> {
  // The canvas is opaque (painted background), so its premultiplied RGBA equals straight RGBA; drop alpha.
  const png = await sharp(canvas.data(), { raw: { width: canvas.width, height: canvas.height, channels: 4 } })
    .removeAlpha()
    .png({ compressionLevel: PNG_COMPRESSION_LEVEL, adaptiveFiltering: false })
    .toBuffer();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
