// A command worker thread (see src/dispatch/worker-pool.ts): the same configuration and dependencies as the
// main thread (src/compose.ts), the same dispatcher. It says `{ ready: true }` once loaded and warm.
import { parentPort } from 'node:worker_threads';
import { createDeps } from './compose.js';
import { configOrExit } from './config.js';
import { dispatch } from './dispatch/dispatcher.js';
import type { Reply, Request } from './dispatch/types.js';
import { withRequestId } from './request-context.js';

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
// first user's command is as fast as the next. Nothing more runs after ready: the lessons' figure data and the
// expression parser are built on first use (measured: about 1 s of CPU and 20 MiB per worker that would compete
// with the first commands and stay resident whether or not a lesson is ever asked for).
await withRequestId(
  () =>
    dispatch(
      { command: 'backprop', options: { preset: 'mazur' }, user: { id: 'warm-up' }, locale: 'en' },
      deps,
    ),
  'warm-up',
);
parentPort?.postMessage({ ready: true });
