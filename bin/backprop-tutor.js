#!/usr/bin/env node
// The `backprop-tutor` command: runs the built CLI in dist/ (built by `npm install` through `prepare`).
let cli;
try {
  cli = await import('../dist/cli.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  process.stderr.write('backprop-tutor: dist/ is missing; run `npm run build` (npm install does it too)\n');
  process.exit(1);
}
process.exitCode = await cli.main(process.argv.slice(2));
