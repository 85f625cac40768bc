// Real dependencies for tests, built by the composition root from a configuration (defaults unless given).
import { configFromEnv } from '../../src/config.js';
import { createDeps } from '../../src/compose.js';
import type { Deps, Logger } from '../../src/dispatch/types.js';

export function testDeps<L extends Logger>(log: L, env: NodeJS.ProcessEnv = {}): Promise<Deps & { log: L }> {
  return createDeps(configFromEnv(env), { log }) as Promise<Deps & { log: L }>;
}
