// What the benchmarks that drive the real bot share: a free port, the shipped bot (dist/main.js) started as its
// own process with both platforms over HTTP against local stand-ins, readiness, percentiles and peak RSS.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SIGNING_SECRET } from '../test/platforms/slack/harness.js';
import { freePort } from './free-port.js';

export const APPLICATION_ID = '1180000000000000001';

/**
 * The node flags of `npm start` (package.json), so the benches start the bot as it is deployed (the Dockerfile runs
 * the same command); the script must stay `node <flags> dist/main.js`.
 */
export function startFlags(): string[] {
  const { scripts } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    scripts: { start: string };
  };
  const words = scripts.start.trim().split(/\s+/);
  if (words[0] !== 'node' || words.at(-1) !== 'dist/main.js')
    throw new Error(`npm start is not "node <flags> dist/main.js": ${scripts.start}`);
  return words.slice(1, -1);
}

/**
 * What the coming start does first: create the embedded database (a first start: initdb, in a child process of its
 * own since src/store/open-store.ts, so neither its time's memory nor its peak is the bot's) or open the existing one.
 */
export function firstStartNote(env: NodeJS.ProcessEnv = process.env): string {
  if (env.DATABASE_URL) return 'database: PostgreSQL at DATABASE_URL';
  const dataDir = env.DATA_DIR || './data';
  return existsSync(join(dataDir, 'PG_VERSION'))
    ? `database: the embedded one in ${dataDir}, opened`
    : `database: the embedded one in ${dataDir}, CREATED by this first start (initdb in a child process: not in the bot's RSS)`;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** CPU seconds a process has used so far, over all its threads (user + system, from /proc/<pid>/stat). */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15 of stat(5), 12 and 13 after the name
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** Peak resident set size of a process, from Linux's VmHWM (kB). */
export function peakRssMiB(pid: number): number {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : NaN;
}

/** Samples a process's resident set every `everyMs` until stopped: the peak while something runs, unlike VmHWM
 * which also holds the start-up's peak (PGlite's is most of it). */
export function sampleRss(pid: number, everyMs = 50): { stop: () => number } {
  let peak = 0;
  const read = () => {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    if (match) peak = Math.max(peak, Number(match[1]) / 1024);
  };
  read();
  const timer = setInterval(read, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      read();
      return peak;
    },
  };
}

export interface BotProcess {
  bot: ChildProcess;
  base: string;
}

/**
 * Starts `dist/main.js` as `npm start` does (its node flags too) with Discord and Slack in HTTP mode against the stand-ins' URLs,
 * the playground on and the rate limits off (capacity is measured, not the limiter), and waits for /readyz.
 */
export async function startBot(options: {
  discordApiUrl: string;
  discordPublicKeyHex: string;
  slackApiUrl: string;
  env?: Record<string, string>;
}): Promise<BotProcess> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const bot = spawn(process.execPath, [...startFlags(), 'dist/main.js'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'error',
      PLAYGROUND: 'on',
      DISCORD_TOKEN: 'bench-token',
      DISCORD_PUBLIC_KEY: options.discordPublicKeyHex,
      DISCORD_APPLICATION_ID: APPLICATION_ID,
      DISCORD_API_URL: options.discordApiUrl,
      SLACK_BOT_TOKEN: 'xoxb-bench',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: options.slackApiUrl,
      // Empty values win over a developer's .env (dotenv never overrides what is set).
      SLACK_APP_TOKEN: '',
      DISCORD_SHARDS: '',
      // A burst of 0 turns the rate limits off.
      RATE_LIMIT_USER_BURST: '0',
      RATE_LIMIT_CHANNEL_BURST: '0',
      ...options.env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let tries = 0; ; tries++) {
    const ready = await fetch(`${base}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return { bot, base };
    if (tries > 600 || bot.exitCode !== null) {
      bot.kill('SIGKILL');
      throw new Error('the bot did not start');
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
