// `npm run bench:adversarial`: the figures of issue #17. The real bot (`dist/main.js`, its own process, both
// platforms over HTTP, the playground on, two workers) on loopback; local stand-ins play Discord's and Slack's
// APIs. It prints: acknowledgement p99 on each platform while the playground and the other platform are
// flooded, the peak RSS under those floods, how long a healthy Slack channel's answer takes while another
// channel's posts fail, and the worst-case step counts of every parser at 8000 characters. All traffic goes
// to 127.0.0.1, bounded in count and by a deadline; the machine's load average is printed with the figures.
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { claimOf } from '../src/check/claim.js';
import { parseAnswerSheet } from '../src/check/answer-sheet.js';
import { checkAnswers } from '../src/check/check-answers.js';
import { parseDefinition } from '../src/definition/index.js';
import { CHECK_WORST_CASES } from '../test/check/worst-cases.js';
import { goldenSpec } from '../test/check/helpers.js';
import { DEFINITION_WORST_CASES } from '../test/definition/worst-cases.js';
import { measureSteps } from '../test/helpers/step-count.js';
import { startDiscordStandIn } from '../test/platforms/discord/discord-stand-in.js';
import { signedHeaders, testApplicationKey } from '../test/platforms/discord/signing.js';
import { signedSlackHeaders, slashCommandBody } from '../test/platforms/slack/harness.js';
import { startSlackStandIn } from '../test/platforms/slack/slack-stand-in.js';
import { APPLICATION_ID, cpuSeconds, peakRssMiB, percentile, sampleRss, startBot } from './bot-process.js';

/** Commands each flood sends at once, and acknowledgements measured per platform. */
const PLAYGROUND_FLOOD = Number(process.env.FLOOD_PLAYGROUND ?? 40);
const BIG_BODIES = 16;
const PLATFORM_FLOOD = Number(process.env.FLOOD_PLATFORM ?? 150);
const PROBES = Number(process.env.PROBES ?? 100);
const DEADLINE_MS = 300_000;

const ms = (x: number) => `${x.toFixed(0)} ms`;
const pause = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

async function main(): Promise<void> {
  const discord = await startDiscordStandIn();
  const slack = await startSlackStandIn();
  const key = testApplicationKey();
  const { bot, base } = await startBot({
    discordApiUrl: discord.apiUrl,
    discordPublicKeyHex: key.publicKeyHex,
    slackApiUrl: slack.apiUrl,
    env: { WORKERS: '2' },
  });
  const deadline = setTimeout(() => {
    console.error('bench:adversarial: deadline reached, stopping');
    bot.kill('SIGKILL');
    process.exit(2);
  }, DEADLINE_MS);
  try {
    console.log(`backprop-tutor adversarial bench (bot pid ${bot.pid} on ${base}, 2 workers)`);
    console.log(
      `load average before: ${loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')} (2 cores, shared)`,
    );

    let counter = 0;
    const discordBody = (user: string) =>
      JSON.stringify({
        id: String(1180000000000100000n + BigInt(counter)),
        application_id: APPLICATION_ID,
        type: 2,
        token: `ADV-${counter++}`,
        guild_id: '1180000000000000100',
        channel_id: '1180000000000000200',
        member: { user: { id: user, username: 'student' } },
        data: { id: '1', name: 'backprop', type: 1, options: [{ name: 'preset', type: 3, value: 'mazur' }] },
      });
    const postDiscord = async (body: string) => {
      const started = performance.now();
      const response = await fetch(`${base}/discord/interactions`, {
        method: 'POST',
        body,
        headers: signedHeaders(key, body),
      });
      await response.arrayBuffer();
      return { status: response.status, ms: performance.now() - started };
    };
    const postSlack = async (body: string) => {
      const started = performance.now();
      const response = await fetch(`${base}/slack/events`, {
        method: 'POST',
        body,
        headers: signedSlackHeaders(body),
      });
      await response.arrayBuffer();
      return { status: response.status, ms: performance.now() - started };
    };
    const floodPlayground = () => {
      const heavy = Array.from({ length: PLAYGROUND_FLOOD }, () =>
        fetch(`${base}/api/command`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ line: '/backprop preset:mazur steps:3000 view:all' }),
        }).then((r) => r.status),
      );
      // Megabyte bodies of nested brackets: refused (413) before any parsing.
      const big = Array.from({ length: BIG_BODIES }, () =>
        fetch(`${base}/api/command`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: `{"line":"${'['.repeat(1024 * 1024)}"}`,
        }).then(
          (r) => r.status,
          () => 0,
        ),
      );
      return Promise.all([...heavy, ...big]);
    };

    /** Probe acknowledgements of one platform, paced, while the playground and the other platform flood. */
    async function phase(probed: 'discord' | 'slack') {
      const floods: Promise<unknown>[] = [floodPlayground()];
      for (let n = 0; n < PLATFORM_FLOOD; n++) {
        floods.push(
          probed === 'slack'
            ? postDiscord(discordBody(String(1180000000000300000n + BigInt(n))))
            : postSlack(
                slashCommandBody(slack, '/backprop', 'preset:mazur', {
                  channel_id: `C0FLOOD${n}`,
                  user_id: `U0FLOOD${n}`,
                }),
              ),
        );
      }
      const acks: number[] = [];
      const statuses = new Map<number, number>();
      for (let n = 0; n < PROBES; n++) {
        const result =
          probed === 'discord'
            ? await postDiscord(discordBody(String(1180000000000400000n + BigInt(n))))
            : await postSlack(
                slashCommandBody(slack, '/backprop', 'preset:mazur', {
                  channel_id: `C0PROBE${n}`,
                  user_id: `U0PROBE${n}`,
                }),
              );
        acks.push(result.ms);
        statuses.set(result.status, (statuses.get(result.status) ?? 0) + 1);
        await pause(20);
      }
      const playgroundStatuses = (await floods[0]) as number[];
      await Promise.allSettled(floods);
      const counts = (list: number[]) =>
        [...new Set(list)].map((s) => `${list.filter((x) => x === s).length}×${s}`).join(' ');
      console.log(
        `${probed} acks under flood (${PLAYGROUND_FLOOD} heavy + ${BIG_BODIES} 1-MiB playground posts, ${PLATFORM_FLOOD} ${probed === 'slack' ? 'Discord' : 'Slack'} commands): ` +
          `p50 ${ms(percentile(acks, 50))}, p99 ${ms(percentile(acks, 99))}, max ${ms(Math.max(...acks))} ` +
          `(${[...statuses].map(([s, c]) => `${c}×${s}`).join(' ')}; playground answered ${counts(playgroundStatuses)})`,
      );
    }

    const idleRss = sampleRss(bot.pid!).stop();
    const underFloods = sampleRss(bot.pid!);
    const cpuBefore = cpuSeconds(bot.pid!);
    await phase('slack');
    await phase('discord');
    const floodPeak = underFloods.stop();
    const cpuUsed = cpuSeconds(bot.pid!) - cpuBefore;
    const sinceStart = peakRssMiB(bot.pid!);
    const verdict = (mib: number) => (mib <= 450 ? 'PASS' : 'MISS');
    console.log(
      `RSS of the bot: ${idleRss.toFixed(0)} MiB idle and ready, peak ${floodPeak.toFixed(0)} MiB under the floods ` +
        `(target ≤ 450 MiB) ${verdict(floodPeak)}; VmHWM since start ${sinceStart.toFixed(0)} MiB (includes start-up: PGlite opening) ${verdict(sinceStart)}; the bot used ${cpuUsed.toFixed(1)} s of CPU under the floods`,
    );

    // A channel whose posts fail with HTTP 500 while a healthy channel asks once.
    slack.failWithStatus('chat.postMessage', 500, (c) => c.params.channel === 'C0BROKEN');
    for (let n = 0; n < 4; n++) {
      await postSlack(
        slashCommandBody(slack, '/backprop', 'preset:mazur', { channel_id: 'C0BROKEN', user_id: `U0B${n}` }),
      );
    }
    const sent = performance.now();
    await postSlack(
      slashCommandBody(slack, '/backprop', 'preset:mazur', { channel_id: 'C0HEALTHY', user_id: 'U0H' }),
    );
    const [healthy] = await slack.waitFor(
      (c) => c.api === 'chat.postMessage' && c.params.channel === 'C0HEALTHY',
      1,
      120_000,
    );
    const brokenAttempts = slack.calls.filter(
      (c) => c.api === 'chat.postMessage' && c.params.channel === 'C0BROKEN',
    ).length;
    console.log(
      `healthy Slack channel answered ${ms(healthy!.at - sent)} after its ack while another channel's posts failed ` +
        `(${brokenAttempts} failing attempts by then; at most 3 per reply)`,
    );
    console.log(
      `load average after: ${loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')}`,
    );
  } finally {
    clearTimeout(deadline);
    bot.kill('SIGTERM');
    await Promise.allSettled([discord.close(), slack.close()]);
  }

  // Step counts need no server: the parsers in this process, counted as the tests count them.
  const spec = goldenSpec('mazur');
  const parsers: [string, (text: string) => unknown, typeof DEFINITION_WORST_CASES][] = [
    ['parseDefinition', parseDefinition, DEFINITION_WORST_CASES],
    ['parseAnswerSheet', parseAnswerSheet, CHECK_WORST_CASES],
    ['claimOf', claimOf, CHECK_WORST_CASES],
    ['checkAnswers', (text) => checkAnswers(spec, text), CHECK_WORST_CASES],
  ];
  console.log(
    'worst-case parse steps at 8000 characters (steps per character; growth when the input doubles):',
  );
  for (const [name, parse, cases] of parsers) {
    const figures = measureSteps(parse, cases);
    const worst = figures.reduce((a, b) => (b.steps > a.steps ? b : a));
    const growth = Math.max(...figures.map((f) => f.steps / Math.max(1, f.halfSteps)));
    console.log(
      `  ${name.padEnd(16)} worst ${worst.steps} steps (${(worst.steps / worst.characters).toFixed(0)}/char, "${worst.name}"), largest growth ×${growth.toFixed(2)} over ${figures.length} cases`,
    );
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
