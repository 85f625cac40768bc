// Each area's messages file loads on its own, before i18n (it once failed: i18n ↔ catalogue import cycle).
import { readdirSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

const areaFiles = readdirSync(new URL('../../src/text/messages/', import.meta.url)).filter(
  (f) => f !== 'index.ts',
);

describe('messages files', () => {
  for (const file of areaFiles) {
    it(`${file} can be the first module imported`, async () => {
      vi.resetModules();
      const module = (await import(
        /* @vite-ignore */ `../../src/text/messages/${file.replace(/\.ts$/, '.js')}`
      )) as Record<string, unknown>;
      const messages = Object.values(module)[0] as Record<string, { en: unknown; fa: unknown }>;
      expect(Object.keys(messages).length).toBeGreaterThan(0);
    });
  }
});
