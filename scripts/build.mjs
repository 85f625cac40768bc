// `npm run build` (also run by `npm install`/`npm ci` through `prepare`): bundles the TypeScript into dist/ with
// esbuild, one ES module per entry point and shared chunks beside them; packages stay in node_modules.
// Dynamic imports stay separate chunks, so the chat SDKs and each CLI subcommand load only when used.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
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
  packages: 'external',
  sourcemap: 'linked',
  chunkNames: 'chunk-[hash]',
  metafile: true,
  logLevel: 'warning',
});
const files = Object.keys(result.metafile.outputs).filter((f) => f.endsWith('.js')).length;
process.stdout.write(`built dist/ (${files} files) in ${Math.round(performance.now() - started)} ms\n`);
