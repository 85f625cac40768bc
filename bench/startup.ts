// `npm run bench:startup`: how fast the shipped bot starts and stops, whole process, as a user meets it.
// - the CLI: an input error (target ≤ 0.3 s) and `run "/backprop preset:mazur"` with its PNG (≤ 0.8 s), median
//   of 5, next to a Python + PyTorch + matplotlib script doing the same when one is installed;
// - the server (dist/main.js, two workers, Discord HTTP against a local stand-in, the embedded database in a
//   fresh DATA_DIR): ready ≤ 2 s after start, the first command after ready answered ≤ 1 s after its
//   acknowledgement, RSS idle ≤ 300 MiB; median of 3 starts (`-- --server-runs N`) after a first one that
//   creates the database;
// - the drain: a command in flight at SIGTERM is delivered and the process exits 0 within the grace period.
// CPU seconds are printed beside wall times: on a loaded machine the wall time mostly measures the others.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { startDiscordStandIn, type DiscordStandIn } from '../test/platforms/discord/discord-stand-in.js';
import { signedHeaders, testApplicationKey } from '../test/platforms/discord/signing.js';
import { discordStandInEnv } from '../test/helpers/stand-in-env.js';
import { freePort } from './free-port.js';
import { startFlags } from './bot-process.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = 5;
// Each server start also waits 10 s for idle memory: three starts by default, `-- --server-runs N` for more.
const serverRunsAt = process.argv.indexOf('--server-runs');
const SERVER_RUNS = serverRunsAt > 0 ? Number(process.argv[serverRunsAt + 1]) : 3;
const work = mkdtempSync(join(tmpdir(), 'bench-startup-'));
// The exercises' database: the embedded one (PGlite in a fresh DATA_DIR), or a PostgreSQL server when
// DATABASE_URL is set (`DATABASE_URL=postgres://… npm run bench:startup`).
const DATABASE_URL = process.env.DATABASE_URL;
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
  const child = spawn(process.execPath, [...startFlags(), join(root, 'dist', 'main.js')], {
    cwd: work,
    env: {
      PATH: process.env.PATH,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'error',
      WORKERS: '2',
      ...discordStandInEnv(standIn, key),
      ...(DATABASE_URL ? { DATABASE_URL } : {}),
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

interface ServerRun {
  ready: number;
  readyCpu: number;
  acknowledged: number;
  answered: number;
  idleRss: number;
  peakRss: number;
  drained: boolean;
  exitCode: number | null;
  stoppedIn: number;
}

/** One start of the server: ready, the first command, idle memory, then SIGTERM with a command in flight. */
async function serverRun(
  standIn: DiscordStandIn,
  key: ReturnType<typeof testApplicationKey>,
): Promise<ServerRun> {
  const started = performance.now();
  const bot = await startBot(standIn, key);
  const ready = await waitReady(bot, started);
  const readyCpu = cpuSeconds(bot.pid);
  const first = await command(bot, standIn, key, `FIRST-${bot.pid}`);
  const answered = ((await first.delivered) - first.acknowledged) / 1000;
  // Idle: ten seconds after the first command (anything it started in the background has settled).
  await new Promise((resolve) => setTimeout(resolve, 10_000));
  const idleRss = rssMiB(bot.pid);
  const peakRss = rssMiB(bot.pid, 'VmHWM');
  // The drain: SIGTERM right after an acknowledgement, while the command is still being computed.
  const token = `IN-FLIGHT-${bot.pid}`;
  const inFlight = await command(bot, standIn, key, token);
  const signalled = performance.now();
  process.kill(bot.pid, 'SIGTERM');
  const exitCode = await bot.exited;
  const stoppedIn = (performance.now() - signalled) / 1000;
  const drained = standIn.calls.some((c) => c.method === 'PATCH' && c.path.includes(`/${token}/`));
  void inFlight.delivered.catch(() => {});
  return {
    ready,
    readyCpu,
    acknowledged: (first.acknowledged - first.sent) / 1000,
    answered,
    idleRss,
    peakRss,
    drained,
    exitCode,
    stoppedIn,
  };
}

async function serverBenchmarks(runs: number): Promise<void> {
  const standIn = await startDiscordStandIn();
  const key = testApplicationKey();
  try {
    // The first start creates the embedded database in DATA_DIR (initdb, once per installation): shown apart.
    const creating = await serverRun(standIn, key);
    console.log(
      `  first start (${DATABASE_URL ? 'migrates the PostgreSQL database' : 'creates the embedded database in DATA_DIR'}): ready ${s(creating.ready)} (${s(creating.readyCpu)} CPU), idle RSS ${creating.idleRss.toFixed(0)} MiB; not counted below`,
    );
    const results: ServerRun[] = [];
    for (let k = 0; k < runs; k++) {
      const run = await serverRun(standIn, key);
      results.push(run);
      console.log(
        `  server start ${k + 1}/${runs}: ready ${s(run.ready)} (${s(run.readyCpu)} CPU), first answer ${s(run.answered)} after its ack (${s(run.acknowledged)}), idle RSS ${run.idleRss.toFixed(0)} MiB (peak ${run.peakRss.toFixed(0)}), drain ${run.drained ? 'delivered' : 'NOT delivered'} exit ${run.exitCode} in ${s(run.stoppedIn)}`,
      );
    }
    const of = (pick: (run: ServerRun) => number) => median(results.map(pick));
    const ready = of((r) => r.ready);
    console.log(
      `server ready (GET /readyz 200) after start: median ${s(ready)} wall, ${s(of((r) => r.readyCpu))} CPU over its threads  (target ≤ 2 s) ${verdict(ready, 2)}`,
    );
    const answered = of((r) => r.answered);
    console.log(
      `first command after ready: acknowledged in ${s(of((r) => r.acknowledged))}, answered ${s(answered)} after it (median)  (target ≤ 1 s) ${verdict(answered, 1)}`,
    );
    const idle = of((r) => r.idleRss);
    console.log(
      `RSS idle with two workers: median ${idle.toFixed(0)} MiB (peak so far ${of((r) => r.peakRss).toFixed(0)} MiB)  (target ≤ 300 MiB) ${verdict(idle, 300)}; under load: npm run bench:load prints its peak`,
    );
    const drainedAll = results.every((r) => r.drained && r.exitCode === 0 && r.stoppedIn <= 25);
    console.log(
      `drain: SIGTERM with a command in flight: delivered and exit 0 in ${results.filter((r) => r.drained && r.exitCode === 0).length}/${runs} starts, slowest exit ${s(Math.max(...results.map((r) => r.stoppedIn)))}  (target: delivered, exit 0 within 25 s) ${drainedAll ? 'PASS' : 'MISS'}`,
    );
  } finally {
    await standIn.close();
  }
}

console.log(
  `bench:startup on ${cpus().length} cores, database ${DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : 'embedded (PGlite)'}, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} (wall times on a loaded machine are inflated; CPU times less so)`,
);
cliBenchmarks();
await serverBenchmarks(SERVER_RUNS);
console.log(
  `load average after: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
