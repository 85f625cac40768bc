// Writes a trace's diagrams (and the loss curve when it trained) as PNG files for `trace --png DIR`.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Trace } from '../../core/types.js';
import { registerFonts, renderTraceImages } from '../../render/index.js';
import type { DiagramView } from '../../render/types.js';

export async function writeTraceImages(
  trace: Trace,
  directory: string,
  options: { view: DiagramView | 'all'; theme: 'dark' | 'light'; precision: number; locale: 'en' | 'fa' },
): Promise<string[]> {
  registerFonts();
  const views: DiagramView[] =
    options.view === 'all' ? ['forward', 'backward', 'update', 'summary'] : [options.view];
  const images = await renderTraceImages(trace, {
    views,
    theme: options.theme,
    precision: options.precision,
    locale: options.locale,
  });
  await mkdir(directory, { recursive: true });
  const written: string[] = [];
  for (const { name, image } of images) {
    const path = join(directory, name);
    await writeFile(path, image.png);
    written.push(path);
  }
  return written;
}
