// Shared by the check tests: golden networks by name and fixtures by file name.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolveSpec, type ResolvedSpec } from '../../src/core/index.js';
import { goldenCases } from '../helpers/golden.js';

export function goldenSpec(name: string): ResolvedSpec {
  const found = goldenCases().find((c) => c.name === name);
  if (!found) throw new Error(`no golden case ${name}`);
  const resolved = resolveSpec(found.spec);
  if (!resolved.ok) throw new Error(`golden case ${name} does not resolve`);
  return resolved.value;
}

export function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../fixtures/check/${name}`, import.meta.url)), 'utf8');
}
