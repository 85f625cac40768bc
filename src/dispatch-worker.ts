// A command worker thread (see src/dispatch/worker-pool.ts): the same configuration and dependencies as the
// main thread (src/compose.ts), the same dispatcher. It says `{ ready: true }` once loaded and warm.
import { parentPort } from 'node:worker_threads';
import { createDeps } from './compose.js';
import { configOrExit } from './config.js';
import { dispatch } from './dispatch/dispatcher.js';
import type { Reply, Request } from './dispatch/types.js';
import { warmLessonFigures } from './lessons/warm-up.js';
import { withRequestId } from './request-context.js';
import { evaluateExpression } from './definition/index.js';

// A worker's environment is a copy of its parent's (with .env already applied there).
const config = configOrExit(process.env, 'backprop-tutor worker');
const deps = await createDeps(config);
const options = { timeLimitMs: deps.limits.commandTimeLimitMs * 2 };

parentPort?.on('message', ({ id, request }: { id: number; request: Request }) =>
  withRequestId(async () => {
    // The pool enforces the time limit by stopping this thread; the dispatcher's own limit is a second guard.
    const reply: Reply = await dispatch(request, deps, options);
    // Move (not copy) the PNG bytes, but only buffers an image owns whole: a pooled Buffer's slab is shared.
    const owned = (reply.images ?? [])
      .map((image) => image.png)
      .filter((png) => png.byteOffset === 0 && png.byteLength === png.buffer.byteLength)
      .map((png) => png.buffer as ArrayBuffer);
    const transfer = [...new Set(owned)];
    parentPort?.postMessage({ id, reply }, transfer);
  }, request.id),
);

// Warm: one small command through every layer (definition, core, text, the renderer and PNG encoder), so the
// first user's command is as fast as the next; then, after saying ready, the expression parser (built on the
// first number that is not plain) and the lessons' figure data, a piece per turn of the loop.
await withRequestId(
  () =>
    dispatch(
      { command: 'backprop', options: { preset: 'mazur' }, user: { id: 'warm-up' }, locale: 'en' },
      deps,
    ),
  'warm-up',
);
parentPort?.postMessage({ ready: true });
setImmediate(() => evaluateExpression('1/sqrt(2)'));
warmLessonFigures(deps.log);
