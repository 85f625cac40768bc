// npm run bench:responsiveness: how long the main thread stalls (GET /healthz) while a heavy /backprop
// trains, with commands on worker threads (WORKERS=2) and on the main thread (WORKERS=0). Loopback only.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { performance } from 'node:perf_hooks';

const HEAVY = '/backprop preset:deep-relu steps:80000';
const ROUNDS = 4;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function startBot(workers: number): Promise<{ port: number; bot: ChildProcess }> {
  const port = await freePort();
  const bot = spawn(process.execPath, ['dist/main.js'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      WORKERS: String(workers),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const deadline = performance.now() + 30_000;
  while (performance.now() < deadline) {
    const up = await fetch(`http://127.0.0.1:${port}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return { port, bot };
    await new Promise((r) => setTimeout(r, 200));
  }
  bot.kill();
  throw new Error('the bot did not start within 30 s');
}

/** Runs the heavy command once and returns its duration and the worst /healthz latency meanwhile. */
async function round(port: number): Promise<{ commandMs: number; worstHealthMs: number }> {
  const started = performance.now();
  let done = false;
  const heavy = fetch(`http://127.0.0.1:${port}/api/command`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ line: HEAVY }),
  })
    .then((r) => r.json())
    .finally(() => (done = true));
  let worst = 0;
  while (!done) {
    const asked = performance.now();
    await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.text());
    worst = Math.max(worst, performance.now() - asked);
    await new Promise((r) => setTimeout(r, 10));
  }
  await heavy;
  return { commandMs: performance.now() - started, worstHealthMs: worst };
}

console.log(`backprop-tutor responsiveness · "${HEAVY}" · node ${process.version}\n`);
for (const workers of [2, 0]) {
  const { port, bot } = await startBot(workers);
  try {
    await round(port); // warm-up: loads the workers' modules and JIT-compiles the maths
    const results = [];
    for (let k = 0; k < ROUNDS; k++) results.push(await round(port));
    const worst = Math.max(...results.map((r) => r.worstHealthMs));
    const command = results.map((r) => r.commandMs).sort((a, b) => a - b)[Math.floor(ROUNDS / 2)]!;
    console.log(
      `WORKERS=${workers}: command median ${command.toFixed(0)} ms; main thread's worst /healthz latency meanwhile ${worst.toFixed(0)} ms`,
    );
  } finally {
    bot.kill();
  }
}
