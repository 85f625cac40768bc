// Writes test/fixtures/check/mistakes/<id>.txt: one answer sheet per catalogued mistake (run: npx tsx test/check/write-mistake-fixtures.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { representativeSheets } from './mistake-sheets.js';

const dir = fileURLToPath(new URL('../fixtures/check/mistakes/', import.meta.url));
mkdirSync(dir, { recursive: true });
for (const { id, text } of representativeSheets()) writeFileSync(`${dir}${id}.txt`, text);
