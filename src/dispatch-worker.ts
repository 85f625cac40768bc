// A command worker thread (see src/dispatch/worker-pool.ts): its own renderer and logger, the same dispatcher.
import { parentPort, workerData } from 'node:worker_threads';
import { dispatch } from './dispatch/dispatcher.js';
import type { Deps, Reply, Request } from './dispatch/types.js';
import { warmLessonFigures } from './lessons/warm-up.js';
import { createLogger } from './logger.js';
import { createRenderer } from './render/index.js';

const { logLevel, timeLimitMs } = (workerData ?? {}) as { logLevel?: string; timeLimitMs?: number };
const deps: Deps = { render: createRenderer(), random: Math.random, log: createLogger(logLevel ?? 'info') };

warmLessonFigures(deps.log);

parentPort?.on('message', async ({ id, request }: { id: number; request: Request }) => {
  // The pool enforces the time limit by stopping this thread; the dispatcher's own limit is a second guard.
  const reply: Reply = await dispatch(request, deps, timeLimitMs ? { timeLimitMs: timeLimitMs * 2 } : {});
  // Move (not copy) the PNG bytes, but only buffers an image owns whole: a pooled Buffer's slab is shared.
  const owned = (reply.images ?? [])
    .map((image) => image.png)
    .filter((png) => png.byteOffset === 0 && png.byteLength === png.buffer.byteLength)
    .map((png) => png.buffer as ArrayBuffer);
  const transfer = [...new Set(owned)];
  parentPort?.postMessage({ id, reply }, transfer);
});
