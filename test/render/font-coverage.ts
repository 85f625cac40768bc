// Reads a TrueType font's character map (cmap formats 4 and 12) to check glyph coverage without a renderer.
import { readFileSync } from 'node:fs';

export function codepointsOf(path: string): Set<number> {
  const font = readFileSync(path);
  const tables = font.readUInt16BE(4);
  let cmap = -1;
  for (let k = 0; k < tables; k++) {
    const record = 12 + 16 * k;
    if (font.toString('latin1', record, record + 4) === 'cmap') cmap = font.readUInt32BE(record + 8);
  }
  if (cmap < 0) throw new Error(`${path}: no cmap table`);
  const covered = new Set<number>();
  const subtables = font.readUInt16BE(cmap + 2);
  for (let k = 0; k < subtables; k++) {
    const platform = font.readUInt16BE(cmap + 4 + 8 * k);
    const offset = cmap + font.readUInt32BE(cmap + 8 + 8 * k);
    if (platform !== 3 && platform !== 0) continue;
    const format = font.readUInt16BE(offset);
    if (format === 4) {
      const segments = font.readUInt16BE(offset + 6) / 2;
      const ends = offset + 14;
      const starts = ends + 2 * segments + 2;
      const deltas = starts + 2 * segments;
      const rangeOffsets = deltas + 2 * segments;
      for (let s = 0; s < segments; s++) {
        const end = font.readUInt16BE(ends + 2 * s);
        const start = font.readUInt16BE(starts + 2 * s);
        const delta = font.readInt16BE(deltas + 2 * s);
        const rangeOffset = font.readUInt16BE(rangeOffsets + 2 * s);
        for (let c = start; c <= end && c !== 0xffff; c++) {
          const glyph =
            rangeOffset === 0
              ? (c + delta) & 0xffff
              : font.readUInt16BE(rangeOffsets + 2 * s + rangeOffset + 2 * (c - start));
          if (glyph !== 0) covered.add(c);
        }
      }
    } else if (format === 12) {
      const groups = font.readUInt32BE(offset + 12);
      for (let g = 0; g < groups; g++) {
        const start = font.readUInt32BE(offset + 16 + 12 * g);
        const end = font.readUInt32BE(offset + 20 + 12 * g);
        for (let c = start; c <= end; c++) covered.add(c);
      }
    }
  }
  return covered;
}
