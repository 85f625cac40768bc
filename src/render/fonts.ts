// The fonts every image uses, shipped with the project and registered once at start-up (never fetched).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { GlobalFonts } from '@napi-rs/canvas';
import { projectPath } from '../paths.js';

/** Latin and Persian (Vazirmatn, OFL, from npm). */
export const TEXT_FAMILY = 'Vazirmatn';
/** Greek and maths symbols Vazirmatn lacks (σ δ η → ∈ …): DejaVu Sans shipped in assets/fonts, under our own alias. */
export const SYMBOL_FAMILY = 'Backprop Tutor Symbols';
const FONT_STACK = `${TEXT_FAMILY}, "${SYMBOL_FAMILY}"`;

const vazirmatnDir = join(
  dirname(createRequire(import.meta.url).resolve('vazirmatn/package.json')),
  'fonts',
  'ttf',
);

/** Every font file the renderer needs, with the family it is registered under. */
export const FONT_FILES: readonly { family: string; path: string }[] = [
  { family: TEXT_FAMILY, path: join(vazirmatnDir, 'Vazirmatn-Regular.ttf') },
  { family: TEXT_FAMILY, path: join(vazirmatnDir, 'Vazirmatn-Bold.ttf') },
  { family: SYMBOL_FAMILY, path: projectPath('assets', 'fonts', 'DejaVuSans.ttf') },
  { family: SYMBOL_FAMILY, path: projectPath('assets', 'fonts', 'DejaVuSans-Bold.ttf') },
];

let registered = false;

/** Registers the shipped fonts; idempotent. Throws a clear error at start-up when a font is missing or unreadable. */
export function registerFonts(): void {
  if (registered) return;
  for (const { family, path } of FONT_FILES) {
    if (!existsSync(path)) {
      throw new Error(
        `Font file missing: ${path} (family "${family}"). Run npm install, and keep assets/fonts in the checkout.`,
      );
    }
    const key = GlobalFonts.registerFromPath(path, family);
    if (!key) throw new Error(`Font could not be registered: ${path} (family "${family}").`);
  }
  registered = true;
}

/** A CSS font string on our stack, e.g. font(14, 'bold'). */
export function font(sizePx: number, weight: 'normal' | 'bold' = 'normal'): string {
  return `${weight === 'bold' ? 'bold ' : ''}${sizePx}px ${FONT_STACK}`;
}
