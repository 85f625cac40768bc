// The built JavaScript (dist/, built by the test run's global setup) loads only what is used: the CLI and the
// server's start-up never import a chat SDK (they load with their platform), and mathjs is bundled (its parser only).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Meta {
  outputs: Record<string, { imports: { path: string; kind: string; external?: boolean }[]; bytes: number }>;
}
const meta = JSON.parse(readFileSync(new URL('../dist/meta.json', import.meta.url), 'utf8')) as Meta;

/** The packages a file loads before it runs: its static imports, transitively. */
function staticPackages(file: string): Set<string> {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const stack = [file];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (seen.has(next)) continue;
    seen.add(next);
    for (const imported of meta.outputs[next]?.imports ?? []) {
      if (imported.kind !== 'import-statement') continue;
      if (imported.external) packages.add(imported.path);
      else stack.push(imported.path);
    }
  }
  return packages;
}

const dynamicTargets = (file: string) =>
  meta.outputs[file]!.imports.filter((i) => i.kind === 'dynamic-import').map((i) => i.path);

describe('dist/', () => {
  it('the CLI and each of its subcommands load no chat SDK', () => {
    for (const file of ['dist/cli.js', ...dynamicTargets('dist/cli.js')]) {
      const packages = staticPackages(file);
      expect(packages.has('discord.js'), file).toBe(false);
      expect(packages.has('@slack/bolt'), file).toBe(false);
    }
  });

  it('the server and the workers load discord.js and Bolt only with their platform', () => {
    for (const file of ['dist/main.js', 'dist/dispatch-worker.js']) {
      const packages = staticPackages(file);
      expect(packages.has('discord.js'), file).toBe(false);
      expect(packages.has('@slack/bolt'), file).toBe(false);
      expect(packages.has('mathjs'), file).toBe(false); // bundled, not imported whole
    }
  });
});
