// The built JavaScript (dist/, built by the test run's global setup) loads only what is used: the CLI and the
// server's start-up never import a chat SDK (they load with their platform), the server's main thread no
// renderer, and mathjs's parser is a file of its own (dist/mathjs-parser.cjs) loaded on the first expression.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './platforms/cli/in-process.js';

interface Meta {
  outputs: Record<
    string,
    {
      imports: { path: string; kind: string; external?: boolean }[];
      inputs: Record<string, unknown>;
      bytes: number;
    }
  >;
}
const meta = JSON.parse(readFileSync(new URL('../dist/meta.json', import.meta.url), 'utf8')) as Meta;

/** The files a file loads before it runs (its static imports, transitively) and the packages among them. */
function staticImports(file: string): { packages: Set<string>; sources: Set<string> } {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const sources = new Set<string>();
  const stack = [file];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (seen.has(next)) continue;
    seen.add(next);
    for (const source of Object.keys(meta.outputs[next]?.inputs ?? {})) sources.add(source);
    for (const imported of meta.outputs[next]?.imports ?? []) {
      if (imported.kind !== 'import-statement') continue;
      if (imported.external) packages.add(imported.path);
      else stack.push(imported.path);
    }
  }
  return { packages, sources };
}

/** The packages a file loads before it runs: imported from node_modules, or bundled in (scripts/build.mjs). */
function staticPackages(file: string): Set<string> {
  const { packages, sources } = staticImports(file);
  for (const source of sources) {
    const name = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source)?.[1];
    if (name) packages.add(name);
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

  it("Discord's HTTP mode loads its REST client and API types, not discord.js (the gateway modes load it)", () => {
    const holding = (source: string) =>
      Object.keys(meta.outputs).filter(
        (file) => file.endsWith('.js') && source in meta.outputs[file]!.inputs,
      );
    const [adapter] = holding('src/platforms/discord/index.ts');
    expect(adapter).toBeDefined();
    expect(staticPackages(adapter!)).toContain('@discordjs/rest');
    expect(staticPackages(adapter!)).not.toContain('discord.js');
    const [gateway] = holding('src/platforms/discord/gateway.ts');
    expect(staticPackages(gateway!)).toContain('discord.js');
  });

  it('the pure-JavaScript packages loaded at start are bundled in (one file to read, not hundreds of modules)', () => {
    const imported = new Set(
      ['dist/main.js', 'dist/dispatch-worker.js', 'dist/cli.js'].flatMap((file) => [
        ...staticImports(file).packages,
      ]),
    );
    for (const name of ['zod', 'yaml', 'kysely']) expect(imported, name).not.toContain(name);
    expect(staticPackages('dist/main.js')).toContain('zod');
  });

  it('the worker threads and the shards load no database package (only the process that opens the store does)', () => {
    for (const file of ['dist/dispatch-worker.js', 'dist/shard.js']) {
      const packages = staticPackages(file);
      for (const name of ['@electric-sql/pglite', 'kysely', 'pg'])
        expect(packages, `${file}: ${name}`).not.toContain(name);
    }
  });

  it("the server's main thread, whose commands run on workers, loads no renderer and no mathjs to start", () => {
    const { sources } = staticImports('dist/main.js');
    const packages = staticPackages('dist/main.js');
    for (const name of ['@napi-rs/canvas', 'sharp', 'd3-scale', 'bidi-js'])
      expect(packages, name).not.toContain(name);
    expect([...sources].filter((source) => /^(node_modules\/mathjs|src\/render)\//.test(source))).toEqual([]);
  });

  it('no entry point loads mathjs to start; the built CLI loads its parser for the first expression', async () => {
    for (const file of ['dist/cli.js', 'dist/main.js', 'dist/dispatch-worker.js', 'dist/shard.js']) {
      for (const loaded of [file, ...dynamicTargets(file)]) {
        const mathjs = [...staticImports(loaded).sources].filter((source) =>
          source.includes('node_modules/mathjs/'),
        );
        expect(mathjs, loaded).toEqual([]);
      }
    }
    const file = join(mkdtempSync(join(tmpdir(), 'build-')), 'net.txt');
    writeFileSync(
      file,
      'layers: 1-1\nactivation: linear\nW1: [[1/sqrt(4)]]\nb1: 2^-1\ninput: [2]\ntarget: [0]\n',
    );
    const builtCli = new URL('../dist/cli.js', import.meta.url).href;
    const { main } = (await import(builtCli)) as { main: (argv: string[]) => Promise<number> };
    const result = await cli(['trace', file, '--json'], undefined, main);
    expect(result.stderr).not.toMatch(/went wrong/);
    expect(result.code).toBe(0);
    // out = w·x + b = 0.5 · 2 + 0.5: both numbers went through the parser loaded from dist/mathjs-parser.cjs.
    expect((JSON.parse(result.stdout) as { out: number[][] }).out).toEqual([[1.5]]);
  });
});
