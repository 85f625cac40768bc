// `npm run bench:load`: a class hitting the bot at once. 300 concurrent /backprop requests through each HTTP
// path (Discord interactions, Slack events) on loopback into the real bot (`src/main.ts`, started as its own
// process with both platforms in HTTP mode on one port); local stand-ins in this process play Discord's REST
// API and Slack's Web API and timestamp each reply. Passes when every request is acknowledged within 3 s and
// every reply with its PNG reaches the stand-in; bounded by a deadline, it stops the bot and itself.
import { performance } from 'node:perf_hooks';
import { startDiscordStandIn } from '../test/platforms/discord/discord-stand-in.js';
import { signedHeaders, testApplicationKey } from '../test/platforms/discord/signing.js';
import { signedSlackHeaders, slashCommandBody } from '../test/platforms/slack/harness.js';
import { startSlackStandIn } from '../test/platforms/slack/slack-stand-in.js';
import {
  APPLICATION_ID,
  cpuSeconds,
  firstStartNote,
  peakRssMiB,
  percentile,
  sampleRss,
  startBot,
  startFlags,
} from './bot-process.js';

const REQUESTS = Number(process.env.LOAD_REQUESTS ?? 300);
const ACK_LIMIT_MS = 3000;
/** Issue #14: the bot's resident memory during this bench. */
const RSS_TARGET_MIB = 450;
/** The whole run stops here whatever happens (bounded, self-stopping). */
const DEADLINE_MS = Number(process.env.LOAD_DEADLINE_MS ?? 240_000);

const ms = (x: number) => `${x.toFixed(0).padStart(6)} ms`;

interface PhaseResult {
  name: string;
  acks: number[];
  deliveries: number[];
  lateAcks: number;
  failedAcks: number;
  delivered: number;
}

/**
 * POSTs every body at once, timing each acknowledgement: late past ACK_LIMIT_MS, failed when the
 * status is not 200, the request fails, or `acknowledged` says the answer is not an acknowledgement.
 */
async function sendAll(
  bodies: string[],
  url: string,
  headersOf: (body: string) => Record<string, string>,
  acknowledged: (response: Response) => Promise<boolean>,
): Promise<{ sentAt: number[]; acks: number[]; lateAcks: number; failedAcks: number }> {
  const sentAt: number[] = [];
  const acks: number[] = [];
  let lateAcks = 0;
  let failedAcks = 0;
  await Promise.all(
    bodies.map(async (body, i) => {
      sentAt[i] = performance.now();
      try {
        const response = await fetch(url, { method: 'POST', body, headers: headersOf(body) });
        const ok = await acknowledged(response);
        const elapsed = performance.now() - sentAt[i]!;
        acks.push(elapsed);
        if (response.status !== 200 || !ok) failedAcks++;
        else if (elapsed > ACK_LIMIT_MS) lateAcks++;
      } catch {
        failedAcks++;
      }
    }),
  );
  return { sentAt, acks, lateAcks, failedAcks };
}

function report(result: PhaseResult): boolean {
  const ok = result.failedAcks === 0 && result.lateAcks === 0 && result.delivered === REQUESTS;
  console.log(
    [
      `${result.name}: ${REQUESTS} concurrent /backprop`,
      `  acknowledged  p50 ${ms(percentile(result.acks, 50))}   p99 ${ms(percentile(result.acks, 99))}   max ${ms(Math.max(...result.acks))}` +
        `   (${result.acks.length - result.lateAcks - result.failedAcks}/${REQUESTS} within ${ACK_LIMIT_MS} ms)`,
      `  delivered     p50 ${ms(percentile(result.deliveries, 50))}   p99 ${ms(percentile(result.deliveries, 99))}   max ${ms(Math.max(...result.deliveries))}` +
        `   (${result.delivered}/${REQUESTS} replies with their PNG at the stand-in)`,
      `  ${ok ? 'PASS' : 'FAIL'}`,
    ].join('\n'),
  );
  return ok;
}

async function main(): Promise<boolean> {
  const discordStandIn = await startDiscordStandIn();
  const slackStandIn = await startSlackStandIn();
  const key = testApplicationKey();
  const database = firstStartNote();
  const { bot, base } = await startBot({
    discordApiUrl: discordStandIn.apiUrl,
    discordPublicKeyHex: key.publicKeyHex,
    slackApiUrl: slackStandIn.apiUrl,
  });
  try {
    console.log(
      `backprop-tutor load bench: ${REQUESTS} concurrent requests per path into npm start (node ${startFlags().join(' ')} dist/main.js, pid ${bot.pid}) on ${base}; ${database}`,
    );

    async function discordPhase(): Promise<PhaseResult> {
      const bodies = Array.from({ length: REQUESTS }, (_, i) =>
        JSON.stringify({
          id: String(1180000000000100000n + BigInt(i)),
          application_id: APPLICATION_ID,
          type: 2,
          token: `LOAD-${i}`,
          guild_id: '1180000000000000100',
          channel_id: '1180000000000000200',
          member: { user: { id: String(1180000000000200000n + BigInt(i)), username: `student${i}` } },
          data: {
            id: '1180000000000000500',
            name: 'backprop',
            type: 1,
            options: [{ name: 'preset', type: 3, value: 'mazur' }],
          },
        }),
      );
      const edits = discordStandIn.waitFor(
        (c) => c.method === 'PATCH' && c.path.includes('/LOAD-'),
        REQUESTS,
        DEADLINE_MS,
      );
      const { sentAt, acks, lateAcks, failedAcks } = await sendAll(
        bodies,
        `${base}/discord/interactions`,
        (body) => signedHeaders(key, body),
        async (response) => ((await response.json()) as { type?: number }).type === 5,
      );
      const calls = await edits.catch(() => discordStandIn.calls.filter((c) => c.method === 'PATCH'));
      const deliveries: number[] = [];
      const seen = new Set<number>();
      for (const call of calls) {
        const index = Number(/\/LOAD-(\d+)\//.exec(call.path)?.[1]);
        const png = call.files.some((f) => f.bytes.subarray(1, 4).toString('latin1') === 'PNG');
        if (!Number.isInteger(index) || seen.has(index) || !png) continue;
        seen.add(index);
        deliveries.push(call.at - sentAt[index]!);
      }
      return {
        name: 'Discord HTTP interactions',
        acks,
        deliveries,
        lateAcks,
        failedAcks,
        delivered: seen.size,
      };
    }

    async function slackPhase(): Promise<PhaseResult> {
      const bodies = Array.from({ length: REQUESTS }, (_, i) =>
        slashCommandBody(slackStandIn, '/backprop', 'preset:mazur', {
          channel_id: `C0LOAD${i}`,
          user_id: `U0STUDENT${i}`,
        }),
      );
      const completions = slackStandIn.waitFor(
        (c) => c.api === 'files.completeUploadExternal' && String(c.params.channel_id).startsWith('C0LOAD'),
        REQUESTS,
        DEADLINE_MS,
      );
      const { sentAt, acks, lateAcks, failedAcks } = await sendAll(
        bodies,
        `${base}/slack/events`,
        (body) => signedSlackHeaders(body),
        // Bolt acknowledges with an empty 200; reading the body completes the response.
        async (response) => {
          await response.text();
          return true;
        },
      );
      const calls = await completions.catch(() =>
        slackStandIn.calls.filter((c) => c.api === 'files.completeUploadExternal'),
      );
      const posted = new Set(
        slackStandIn.calls.filter((c) => c.api === 'chat.postMessage').map((c) => String(c.params.channel)),
      );
      const pngUploads = slackStandIn.calls.filter(
        (c) => c.api === 'upload' && c.file?.subarray(1, 4).toString('latin1') === 'PNG',
      ).length;
      const deliveries: number[] = [];
      const seen = new Set<number>();
      for (const call of calls) {
        const index = Number(/^C0LOAD(\d+)$/.exec(String(call.params.channel_id))?.[1]);
        if (!Number.isInteger(index) || seen.has(index) || !posted.has(`C0LOAD${index}`)) continue;
        seen.add(index);
        deliveries.push(call.at - sentAt[index]!);
      }
      const delivered = pngUploads >= seen.size ? seen.size : pngUploads;
      return { name: 'Slack events (Bolt HTTP)', acks, deliveries, lateAcks, failedAcks, delivered };
    }

    // Warm-up: one request through each path, so first-use loading is not counted against the class.
    const warm = JSON.stringify({
      id: '1',
      application_id: APPLICATION_ID,
      type: 2,
      token: 'WARM',
      member: { user: { id: '1' } },
      data: { name: 'backprop', type: 1, options: [{ name: 'preset', type: 3, value: 'mazur' }] },
    });
    await fetch(`${base}/discord/interactions`, {
      method: 'POST',
      body: warm,
      headers: signedHeaders(key, warm),
    });
    await discordStandIn.waitFor((c) => c.path.includes('/WARM/'));
    const warmSlack = slashCommandBody(slackStandIn, '/backprop', 'preset:mazur', { channel_id: 'C0WARM' });
    await fetch(`${base}/slack/events`, {
      method: 'POST',
      body: warmSlack,
      headers: signedSlackHeaders(warmSlack),
    });
    await slackStandIn.waitFor(
      (c) => c.api === 'files.completeUploadExternal' && c.params.channel_id === 'C0WARM',
    );

    const underLoad = sampleRss(bot.pid!);
    const cpuBefore = cpuSeconds(bot.pid!);
    const results = [await discordPhase(), await slackPhase()];
    const loadPeak = underLoad.stop();
    const cpuUsed = cpuSeconds(bot.pid!) - cpuBefore;
    console.log('');
    const passed = results.map(report).every(Boolean);
    const sinceStart = peakRssMiB(bot.pid!);
    const verdict = (mib: number) => (mib <= RSS_TARGET_MIB ? 'PASS' : 'MISS');
    console.log(
      `\npeak RSS of the bot under the load ${loadPeak.toFixed(0)} MiB (target ≤ ${RSS_TARGET_MIB} MiB) ${verdict(loadPeak)}; ` +
        `${sinceStart.toFixed(0)} MiB since start (VmHWM, with start-up) ${verdict(sinceStart)}; ` +
        `the bot used ${cpuUsed.toFixed(1)} s of CPU for the ${2 * REQUESTS} commands ` +
        `(node ${process.version}, ${(await import('node:os')).cpus().length} CPUs, load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)})`,
    );
    return passed;
  } finally {
    bot.kill('SIGTERM');
    await discordStandIn.close();
    await slackStandIn.close();
  }
}

const deadline = setTimeout(() => {
  console.error(`load bench: gave up after ${DEADLINE_MS} ms`);
  process.exit(1);
}, DEADLINE_MS + 30_000);
deadline.unref();

main().then(
  (passed) => process.exit(passed ? 0 : 1),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
