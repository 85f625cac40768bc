// What the runtime adds around every platform adapter without the adapter knowing: a request id on each
// command, and the metrics (commands by outcome, latency, rate-limit refusals, failed deliveries).
import { performance } from 'node:perf_hooks';
import type { Logger, Reply, Request } from '../dispatch/types.js';
import { outcomeOf, type Metrics } from '../metrics.js';
import { currentRequestId, newRequestId } from '../request-context.js';
import type { Limiter } from './rate-limit.js';

/** The adapters' log messages that mean a reply did not reach the user. */
const DELIVERY_FAILURES = new Set([
  'discord reply failed',
  'discord interaction expired before the reply was sent',
  'slack reply failed',
  'slack follow-up failed',
]);

export interface Observer {
  platform: string;
  metrics?: Metrics | undefined;
  /** Command names as registered (anything else is counted as `unknown`, so labels stay few). */
  known: ReadonlySet<string>;
}

/** Dispatch with the request id attached (the worker logs under it) and the command counted and timed. */
export function observedDispatch(
  observer: Observer,
  dispatch: (request: Request) => Promise<Reply>,
): (request: Request) => Promise<Reply> {
  return async (request) => {
    const id = request.id ?? currentRequestId() ?? newRequestId();
    const started = performance.now();
    const reply = await dispatch({ ...request, id });
    const name = request.command.replace(/^\//, '');
    const labels = { command: observer.known.has(name) ? name : 'unknown', platform: observer.platform };
    observer.metrics?.commands.inc({ ...labels, outcome: outcomeOf(reply) });
    observer.metrics?.commandSeconds.observe(labels, (performance.now() - started) / 1000);
    return reply;
  };
}

/** The limiter, counting its refusals (an in-memory one answers at once, a shared one through the database). */
export function countedLimiter(observer: Observer, limiter: Limiter): Limiter {
  const counted = (wait: number) => {
    if (wait > 0) observer.metrics?.rateLimitRefusals.inc({ platform: observer.platform });
    return wait;
  };
  return {
    check: (user, channel) => {
      const wait = limiter.check(user, channel);
      return typeof wait === 'number' ? counted(wait) : wait.then(counted);
    },
  };
}

/** The adapter's logger, counting the lines that report a reply that could not be delivered. */
export function deliveryCountingLog(observer: Observer, log: Logger): Logger {
  return {
    info: (obj, msg) => log.info(obj, msg),
    warn: (obj, msg) => {
      if (msg && DELIVERY_FAILURES.has(msg))
        observer.metrics?.deliveriesFailed.inc({ platform: observer.platform });
      log.warn(obj, msg);
    },
    error: (obj, msg) => {
      if (msg && DELIVERY_FAILURES.has(msg))
        observer.metrics?.deliveriesFailed.inc({ platform: observer.platform });
      log.error(obj, msg);
    },
  };
}
