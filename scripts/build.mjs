// `npm run build` (also run by `npm install`/`npm ci` through `prepare`): bundles the TypeScript into dist/ with
// esbuild, one ES module per entry point and shared chunks beside them; packages stay in node_modules
// (but mathjs, below).
// Dynamic imports stay separate chunks, so the chat SDKs and each CLI subcommand load only when used.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const { dependencies } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
// mathjs is bundled: esbuild keeps only its parser (the package is side-effect free), which loads in about
// 0.1 s of CPU where importing the whole package costs about 1 s. Every other package stays in node_modules.
const BUNDLED = new Set(['mathjs']);
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
  sourcemap: 'linked',
  chunkNames: 'chunk-[hash]',
  metafile: true,
  logLevel: 'warning',
});
writeFileSync(new URL('../dist/meta.json', import.meta.url), JSON.stringify(result.metafile));
const files = Object.keys(result.metafile.outputs).filter((f) => f.endsWith('.js')).length;
process.stdout.write(`built dist/ (${files} files) in ${Math.round(performance.now() - started)} ms\n`);
