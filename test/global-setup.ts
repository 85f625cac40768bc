// Builds dist/ once before the tests, so the one test that spawns the real bin runs today's code.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// Vitest runs the global setup of the root and of each project (vitest.config.ts has two): build only the first time.
const BUILT = Symbol.for('backprop-tutor.test.dist-built');

export default function setup(): void {
  const state = globalThis as { [BUILT]?: boolean };
  if (state[BUILT]) return;
  execFileSync(process.execPath, [fileURLToPath(new URL('../scripts/build.mjs', import.meta.url))], {
    stdio: 'ignore',
  });
  state[BUILT] = true;
}
