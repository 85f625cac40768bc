import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { createRenderer, renderTraceImages } from '../../src/render/index.js';
import type { DiagramView, FigureRequest } from '../../src/render/types.js';
import { classicTrace, deepTrace, denseTrace, trainedTrace } from './fixtures.js';

const renderer = createRenderer();
const VIEWS: DiagramView[] = ['forward', 'backward', 'update', 'summary'];
const MiB = 2 ** 20;

async function check(request: FigureRequest): Promise<PNG> {
  const image = await renderer.render(request);
  const png = PNG.sync.read(Buffer.from(image.png));
  expect(png.width).toBe(image.width);
  expect(png.height).toBe(image.height);
  expect(image.width).toBeLessThanOrEqual(1600);
  expect(image.png.length).toBeLessThanOrEqual(MiB);
  expect(image.alt.length).toBeGreaterThan(10);
  return png;
}

describe('createRenderer', () => {
  it('fits every view of small, deep and the largest allowed nets in 1600 px and 1 MiB', async () => {
    const traces = [
      classicTrace(),
      deepTrace(),
      denseTrace([64, 64]),
      denseTrace([64, 32, 32, 32]),
      denseTrace(Array(10).fill(21), 'leaky_relu'),
    ];
    for (const trace of traces)
      for (const view of VIEWS) await check({ kind: 'diagram', trace, view, theme: 'light' });
  });

  it('paints the theme background: dark by default, light on request', async () => {
    const dark = await check({ kind: 'diagram', trace: classicTrace(), view: 'forward' });
    const light = await check({ kind: 'diagram', trace: classicTrace(), view: 'forward', theme: 'light' });
    expect([...dark.data.subarray(0, 3)]).toEqual([0x1e, 0x1f, 0x22]);
    expect([...light.data.subarray(0, 3)]).toEqual([255, 255, 255]);
  });

  it('renders line, bar and histogram plots and panels', async () => {
    const line: FigureRequest = {
      kind: 'plot',
      chart: 'line',
      title: 'ReLU',
      xLabel: 'z',
      yLabel: 'out',
      series: [{ label: 'relu', x: [-1, 0, 1], y: [0, 0, 1] }],
    };
    await check(line);
    await check({ ...line, chart: 'bar', categories: ['w1', 'w2', 'w3'] });
    await check({
      ...line,
      chart: 'histogram',
      series: [{ label: 'samples', x: [], y: [0.1, 0.2, 0.2, 0.9] }],
    });
    const panels = await check({
      kind: 'panels',
      title: 'two',
      panels: [line, line],
      columns: 2,
      locale: 'fa',
    });
    expect(panels.width).toBeGreaterThan(panels.height);
  });

  it('writes alt text in the request language', async () => {
    const image = await renderer.render({
      kind: 'diagram',
      trace: classicTrace(),
      view: 'summary',
      locale: 'fa',
    });
    expect(image.alt).toContain('پس‌انتشار');
    expect(image.alt).toContain('2-2-2');
  });
});

describe('renderTraceImages', () => {
  const options = { theme: 'dark' as const, precision: 4, locale: 'en' as const };

  it('names one file per view', async () => {
    const images = await renderTraceImages(classicTrace(), { ...options, views: ['forward', 'summary'] });
    expect(images.map((i) => i.name)).toEqual(['forward.png', 'summary.png']);
  });

  it('adds the loss curve when the trace was trained for several steps', async () => {
    const images = await renderTraceImages(trainedTrace(50), { ...options, views: ['summary'] });
    expect(images.map((i) => i.name)).toEqual(['summary.png', 'loss-curve.png']);
  });
});
