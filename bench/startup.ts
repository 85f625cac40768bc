// `npm run bench:startup`: how fast the shipped bot starts and stops, whole process, as a user meets it.
// - the CLI: an input error (target ≤ 0.3 s) and `run "/backprop preset:mazur"` with its PNG (≤ 0.8 s), median
//   of 5, next to a Python + PyTorch + matplotlib script doing the same when one is installed;
// - the server (dist/main.js, two workers, Discord HTTP against a local stand-in): ready ≤ 2 s after start, the
//   first command after ready answered ≤ 1 s after its acknowledgement, RSS idle ≤ 300 MiB;
// - the drain: a command in flight at SIGTERM is delivered and the process exits 0 within the grace period.
// CPU seconds are printed beside wall times: on a loaded machine the wall time mostly measures the others.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { startDiscordStandIn, type DiscordStandIn } from '../test/platforms/discord/discord-stand-in.js';
import { APPLICATION_ID } from '../test/platforms/discord/harness.js';
import { signedHeaders, testApplicationKey } from '../test/platforms/discord/signing.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = 5;
const work = mkdtempSync(join(tmpdir(), 'bench-startup-'));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const s = (x: number) => `${x.toFixed(2)} s`;
const verdict = (value: number, target: number) => (value <= target ? 'PASS' : 'MISS');

interface Timed {
  wall: number;
  cpu: number;
  code: number | null;
}

/** Runs a command to its end: wall seconds, and user+sys CPU seconds from /usr/bin/time when present. */
function timed(command: string, args: string[]): Timed {
  const useTime = existsSync('/usr/bin/time');
  const started = performance.now();
  const result = useTime
    ? spawnSync('/usr/bin/time', ['-f', 'CPU %U %S', command, ...args], { cwd: work, encoding: 'utf8' })
    : spawnSync(command, args, { cwd: work, encoding: 'utf8' });
  const wall = (performance.now() - started) / 1000;
  const match = /CPU ([\d.]+) ([\d.]+)\s*$/.exec(result.stderr ?? '');
  return { wall, cpu: match ? Number(match[1]) + Number(match[2]) : NaN, code: result.status };
}

function medianOf(command: string, args: string[]): { wall: number; cpu: number; codes: Set<number | null> } {
  const runs = Array.from({ length: RUNS }, () => timed(command, args));
  return {
    wall: median(runs.map((r) => r.wall)),
    cpu: median(runs.map((r) => r.cpu)),
    codes: new Set(runs.map((r) => r.code)),
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** CPU seconds a process has used (all its threads), from /proc (clock ticks of 1/100 s). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

const rssMiB = (pid: number, field = 'VmRSS') =>
  Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024;

function cliBenchmarks(): void {
  const bin = join(root, 'bin', 'backprop-tutor.js');
  const bad = join(work, 'bad.txt');
  writeFileSync(bad, 'layers: 2-2-2\nactivation: sigmod\n');
  const error = medianOf(process.execPath, [bin, 'trace', bad]);
  console.log(
    `CLI input error (trace, "sigmod"):       median ${s(error.wall)} wall, ${s(error.cpu)} CPU  (target ≤ 0.3 s) ${verdict(error.wall, 0.3)}  exit ${[...error.codes].join(',')}`,
  );
  const run = medianOf(process.execPath, [bin, 'run', '/backprop preset:mazur', '--out', join(work, 'out')]);
  console.log(
    `CLI run "/backprop preset:mazur" + PNG:  median ${s(run.wall)} wall, ${s(run.cpu)} CPU  (target ≤ 0.8 s) ${verdict(run.wall, 0.8)}  exit ${[...run.codes].join(',')}`,
  );
  const python = spawnSync('python3', ['-c', 'import torch, matplotlib'], { encoding: 'utf8' });
  if (python.status !== 0) {
    console.log('Python + PyTorch + matplotlib:            not installed here, no comparison');
    return;
  }
  const script = join(root, 'bench', 'startup', 'mazur.py');
  const py = medianOf('python3', [script, join(work, 'mazur.png')]);
  console.log(
    `Python + PyTorch + matplotlib, same job: median ${s(py.wall)} wall, ${s(py.cpu)} CPU; the bot takes ${(run.wall / py.wall).toFixed(2)}× its time`,
  );
}

interface Bot {
  pid: number;
  exited: Promise<number | null>;
  port: number;
}

async function startBot(standIn: DiscordStandIn, key: ReturnType<typeof testApplicationKey>): Promise<Bot> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(root, 'dist', 'main.js')], {
    cwd: work,
    env: {
      PATH: process.env.PATH,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'error',
      WORKERS: '2',
      DISCORD_TOKEN: 'bench-token',
      DISCORD_PUBLIC_KEY: key.publicKeyHex,
      DISCORD_APPLICATION_ID: APPLICATION_ID,
      DISCORD_API_URL: standIn.apiUrl,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { pid: child.pid!, exited, port };
}

async function waitReady(bot: Bot, started: number): Promise<number> {
  for (;;) {
    const ok = await fetch(`http://127.0.0.1:${bot.port}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return (performance.now() - started) / 1000;
    if (performance.now() - started > 120_000) throw new Error('the bot did not become ready in 120 s');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const interaction = (token: string) => ({
  ...(JSON.parse(
    readFileSync(join(root, 'test/platforms/discord/fixtures/chat-input-backprop-preset.json'), 'utf8'),
  ) as object),
  id: `11800000000000${Math.floor(Math.random() * 1e5)}`,
  token,
});

/** Posts a signed /backprop; resolves with when the acknowledgement came and when the reply reached Discord. */
async function command(
  bot: Bot,
  standIn: DiscordStandIn,
  key: ReturnType<typeof testApplicationKey>,
  token: string,
) {
  const body = JSON.stringify(interaction(token));
  const sent = performance.now();
  const ack = await fetch(`http://127.0.0.1:${bot.port}/discord/interactions`, {
    method: 'POST',
    headers: signedHeaders(key, body),
    body,
  });
  await ack.json();
  const acknowledged = performance.now();
  const delivered = standIn
    .waitFor((c) => c.method === 'PATCH' && c.path.includes(`/${token}/messages/@original`), 1, 60_000)
    .then(() => performance.now());
  return { sent, acknowledged, delivered };
}

async function serverBenchmarks(): Promise<void> {
  const standIn = await startDiscordStandIn();
  const key = testApplicationKey();
  try {
    const started = performance.now();
    const bot = await startBot(standIn, key);
    const ready = await waitReady(bot, started);
    const readyCpu = cpuSeconds(bot.pid);
    console.log(
      `server ready (GET /readyz 200) after start: ${s(ready)} wall, ${s(readyCpu)} CPU over its threads  (target ≤ 2 s) ${verdict(ready, 2)}`,
    );
    const first = await command(bot, standIn, key, 'FIRST');
    const answered = ((await first.delivered) - first.acknowledged) / 1000;
    console.log(
      `first command after ready: acknowledged in ${s((first.acknowledged - first.sent) / 1000)}, answered ${s(answered)} after it  (target ≤ 1 s) ${verdict(answered, 1)}`,
    );
    // Idle: after the workers' background warm-up of the lessons' figures (a few seconds) has settled.
    await new Promise((resolve) => setTimeout(resolve, 10_000));
    const idle = rssMiB(bot.pid);
    console.log(
      `RSS idle with two workers: ${idle.toFixed(0)} MiB (peak so far ${rssMiB(bot.pid, 'VmHWM').toFixed(0)} MiB)  (target ≤ 300 MiB) ${verdict(idle, 300)}; under load: npm run bench:load prints its peak`,
    );

    // The drain: SIGTERM right after an acknowledgement, while the command is still being computed.
    const inFlight = await command(bot, standIn, key, 'IN-FLIGHT');
    const signalled = performance.now();
    process.kill(bot.pid, 'SIGTERM');
    const code = await bot.exited;
    const stoppedIn = (performance.now() - signalled) / 1000;
    const delivered = standIn.calls.some((c) => c.method === 'PATCH' && c.path.includes('/IN-FLIGHT/'));
    void inFlight.delivered.catch(() => {});
    console.log(
      `drain: SIGTERM with a command in flight: ${delivered ? 'delivered' : 'NOT delivered'}, exit ${code} after ${s(stoppedIn)}  (target: delivered, exit 0 within 25 s) ${delivered && code === 0 && stoppedIn <= 25 ? 'PASS' : 'MISS'}`,
    );
  } finally {
    await standIn.close();
  }
}

console.log(
  `bench:startup on ${cpus().length} cores, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} (wall times on a loaded machine are inflated; CPU times less so)`,
);
cliBenchmarks();
await serverBenchmarks();
console.log(
  `load average after: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
