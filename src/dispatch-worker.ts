// A command worker thread (see src/dispatch/worker-pool.ts): the same configuration and dependencies as the
// main thread (src/compose.ts), the same dispatcher.
import { parentPort } from 'node:worker_threads';
import { createDeps } from './compose.js';
import { configOrExit } from './config.js';
import { dispatch } from './dispatch/dispatcher.js';
import type { Reply, Request } from './dispatch/types.js';
import { warmLessonFigures } from './lessons/warm-up.js';

// A worker's environment is a copy of its parent's (with .env already applied there).
const config = configOrExit(process.env, 'backprop-tutor worker');
const deps = await createDeps(config);

// Loaded: the pool may send commands now (a worker that dies before this is a start-up failure).
parentPort?.postMessage({ ready: true });
warmLessonFigures(deps.log);

parentPort?.on('message', async ({ id, request }: { id: number; request: Request }) => {
  // The pool enforces the time limit by stopping this thread; the dispatcher's own limit is a second guard.
  const reply: Reply = await dispatch(request, deps, { timeLimitMs: deps.limits.commandTimeLimitMs * 2 });
  // Move (not copy) the PNG bytes, but only buffers an image owns whole: a pooled Buffer's slab is shared.
  const owned = (reply.images ?? [])
    .map((image) => image.png)
    .filter((png) => png.byteOffset === 0 && png.byteLength === png.buffer.byteLength)
    .map((png) => png.buffer as ArrayBuffer);
  const transfer = [...new Set(owned)];
  parentPort?.postMessage({ id, reply }, transfer);
});
