// `npm run build` (also run by `npm install`/`npm ci` through `prepare`): bundles the TypeScript into dist/ with
// esbuild, one ES module per entry point and shared chunks beside them; packages stay in node_modules
// (but mathjs's parser, below).
// Dynamic imports stay separate chunks, so the chat SDKs and each CLI subcommand load only when used.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const { dependencies } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
// Pure-JavaScript packages the entries load at start are bundled in: zod (~95 files) and kysely (~260 files) as
// separate ES modules cost each thread more resolving and compiling than their code. Native (canvas, sharp),
// WebAssembly (PGlite), font and SDK packages stay in node_modules, found by their own paths.
const BUNDLED = new Set(['zod', 'kysely', 'yaml', 'fastest-levenshtein', 'dotenv', 'd3-scale', 'bidi-js']);
const started = performance.now();
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: {
    main: 'src/main.ts',
    cli: 'src/platforms/cli/main.ts',
    'dispatch-worker': 'src/dispatch-worker.ts',
    shard: 'src/platforms/discord/shard.ts',
    register: 'src/platforms/discord/register.ts',
  },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: Object.keys(dependencies).filter((name) => !BUNDLED.has(name)),
  // Bundled CommonJS packages call require() for Node's built-ins: give the ES modules one.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  sourcemap: 'linked',
  chunkNames: 'chunk-[hash]',
  metafile: true,
  logLevel: 'warning',
});
// mathjs's parser, bundled on its own: esbuild keeps only the parse factory (the package is side-effect free),
// which loads in about 0.07 s of CPU where importing the whole package costs about 1 s. CommonJS, so that the
// expression reader can load it synchronously on the first number that is not plain (src/definition/expression.ts).
const parser = await build({
  absWorkingDir: root,
  entryPoints: { 'mathjs-parser': 'src/definition/mathjs-parser.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning',
});
const outputs = { ...result.metafile.outputs, ...parser.metafile.outputs };
const inputs = { ...result.metafile.inputs, ...parser.metafile.inputs };
writeFileSync(new URL('../dist/meta.json', import.meta.url), JSON.stringify({ inputs, outputs }));
const files = Object.keys(outputs).filter((f) => /\.c?js$/.test(f)).length;
process.stdout.write(`built dist/ (${files} files) in ${Math.round(performance.now() - started)} ms\n`);
