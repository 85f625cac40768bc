// npm run bench:render: render + PNG-encode time and size per image (issue #4 targets: the classic
// net's summary < 15 ms median, the largest allowed net < 150 ms, RSS growth over 2000 renders < 20 MiB),
// and the encoder comparison behind src/render/encode.ts.
import type { Canvas } from '@napi-rs/canvas';
import sharp, { type Sharp } from 'sharp';
import { renderDiagramCanvas } from '../src/render/diagram/render-diagram.js';
import { createRenderer } from '../src/render/index.js';
import type { FigureRequest } from '../src/render/types.js';
import { classicTrace, deepTrace, denseTrace } from '../test/render/fixtures.js';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kib = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KiB`;

async function time(run: () => Promise<unknown> | unknown, repeats: number): Promise<number> {
  for (let k = 0; k < 3; k++) await run();
  const times: number[] = [];
  for (let k = 0; k < repeats; k++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return median(times);
}

const renderer = createRenderer();
const classic = classicTrace();
const largest: Record<string, FigureRequest> = {
  '64-64 (4096 weights)': { kind: 'diagram', trace: denseTrace([64, 64]), view: 'summary' },
  '64-32-32-32 (4096 weights)': { kind: 'diagram', trace: denseTrace([64, 32, 32, 32]), view: 'summary' },
  '10 layers of 21 (3969 weights)': {
    kind: 'diagram',
    trace: denseTrace(Array(10).fill(21)),
    view: 'summary',
  },
};
const figures: Record<string, FigureRequest> = {
  'classic summary (dark)': { kind: 'diagram', trace: classic, view: 'summary' },
  'classic forward (light)': { kind: 'diagram', trace: classic, view: 'forward', theme: 'light' },
  'deep 2-3-3-2 summary': { kind: 'diagram', trace: deepTrace(), view: 'summary' },
  ...largest,
};

console.log('render + encode, median of 30:');
const results: Record<string, number> = {};
for (const [name, request] of Object.entries(figures)) {
  const image = await renderer.render(request);
  results[name] = await time(() => renderer.render(request), 30);
  console.log(
    `  ${name.padEnd(32)} ${results[name]!.toFixed(1).padStart(6)} ms  ${image.width}×${image.height}  ${kib(image.png.length)}`,
  );
}

console.log('\nencoders on the same pixels (median of 15; time, size):');
const encoders: Record<string, (c: Canvas) => Promise<Buffer>> = {
  'napi encode(png)': (c) => c.encode('png'),
  'sharp level 1': (c) => raw(c).png({ compressionLevel: 1, adaptiveFiltering: false }).toBuffer(),
  'sharp level 2': (c) => raw(c).png({ compressionLevel: 2, adaptiveFiltering: false }).toBuffer(),
  'sharp level 3': (c) => raw(c).png({ compressionLevel: 3, adaptiveFiltering: false }).toBuffer(),
  'sharp level 6': (c) => raw(c).png({ compressionLevel: 6, adaptiveFiltering: false }).toBuffer(),
  'sharp level 6 adaptive': (c) => raw(c).png({ compressionLevel: 6, adaptiveFiltering: true }).toBuffer(),
};
function raw(c: Canvas): Sharp {
  return sharp(c.data(), { raw: { width: c.width, height: c.height, channels: 4 } }).removeAlpha();
}
for (const name of ['classic summary (dark)', 'deep 2-3-3-2 summary', '10 layers of 21 (3969 weights)']) {
  const request = figures[name]!;
  if (request.kind !== 'diagram') continue;
  const { canvas } = renderDiagramCanvas(request);
  const drawOnly = await time(() => renderDiagramCanvas(request), 15);
  console.log(`  ${name} (${canvas.width}×${canvas.height}; drawing alone ${drawOnly.toFixed(1)} ms)`);
  for (const [encoder, encode] of Object.entries(encoders)) {
    const size = (await encode(canvas)).length;
    const ms = await time(() => encode(canvas), 15);
    console.log(`    ${encoder.padEnd(24)} ${ms.toFixed(1).padStart(6)} ms  ${kib(size).padStart(8)}`);
  }
}

const gc = (globalThis as { gc?: () => void }).gc;
const classicSummary = figures['classic summary (dark)']!;
// napi finalizers run after the event loop turns: collect, let it turn, collect again, then read RSS.
const rss = async (): Promise<number> => {
  for (let k = 0; k < 3; k++) {
    gc?.();
    await new Promise((resolve) => setImmediate(resolve));
  }
  return process.memoryUsage().rss / 2 ** 20;
};
for (let k = 0; k < 300; k++) await renderer.render(classicSummary);
const before = await rss();
const checkpoints: string[] = [];
for (let k = 1; k <= 2000; k++) {
  await renderer.render(classicSummary);
  if (k % 500 === 0) checkpoints.push(`${k}: ${((await rss()) - before).toFixed(1)}`);
}
const growth = (await rss()) - before;
console.log(`\nRSS growth (MiB) after warm-up, by render count: ${checkpoints.join(', ')}`);

const worstLargest = Math.max(...Object.keys(largest).map((name) => results[name]!));
console.log('\ntargets:');
const line = (label: string, value: string, pass: boolean): void =>
  console.log(`  ${pass ? 'ok  ' : 'MISS'} ${label}: ${value}`);
line(
  'classic summary render+encode median < 15 ms',
  `${results['classic summary (dark)']!.toFixed(1)} ms`,
  results['classic summary (dark)']! < 15,
);
line('largest allowed net < 150 ms', `${worstLargest.toFixed(1)} ms`, worstLargest < 150);
line(
  `RSS growth over 2000 renders < 20 MiB${gc ? '' : ' (run with --expose-gc for a steadier number)'}`,
  `${growth.toFixed(1)} MiB`,
  growth < 20,
);
