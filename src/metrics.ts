// What `GET /metrics` shows (Prometheus text, prom-client): commands by name, platform and outcome, their
// latency, the queue depth, worker restarts, rate-limit refusals and failed deliveries.
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Reply } from './dispatch/types.js';

/** How a command ended, from its reply. */
export function outcomeOf(reply: Reply): 'ok' | 'user_error' | 'internal_error' {
  if (reply.reference !== undefined) return 'internal_error';
  return reply.kind === 'user-error' ? 'user_error' : 'ok';
}

export interface Metrics {
  registry: Registry;
  commands: Counter<'command' | 'platform' | 'outcome'>;
  commandSeconds: Histogram<'command' | 'platform'>;
  workerRestarts: Counter;
  rateLimitRefusals: Counter<'platform'>;
  deliveriesFailed: Counter<'platform'>;
  restartingRefusals: Counter<'platform'>;
}

/** A registry of its own per server (tests start several), with Node's process metrics. */
export function createMetrics(queueDepth: () => number): Metrics {
  const registry = new Registry();
  const registers = [registry];
  collectDefaultMetrics({ register: registry, prefix: 'backprop_' });
  new Gauge({
    name: 'backprop_queue_depth',
    help: 'Commands waiting for a worker or a delivery slot',
    registers,
    collect() {
      this.set(queueDepth());
    },
  });
  return {
    registry,
    commands: new Counter({
      name: 'backprop_commands_total',
      help: 'Commands answered, by command, platform and outcome (ok, user_error, internal_error)',
      labelNames: ['command', 'platform', 'outcome'],
      registers,
    }),
    commandSeconds: new Histogram({
      name: 'backprop_command_duration_seconds',
      help: 'Time from dispatch to reply (computing and rendering, queueing included)',
      labelNames: ['command', 'platform'],
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 20],
      registers,
    }),
    workerRestarts: new Counter({
      name: 'backprop_worker_restarts_total',
      help: 'Command workers replaced after dying or overrunning the time limit',
      registers,
    }),
    rateLimitRefusals: new Counter({
      name: 'backprop_rate_limit_refusals_total',
      help: 'Commands refused by the per-user or per-channel rate limit',
      labelNames: ['platform'],
      registers,
    }),
    deliveriesFailed: new Counter({
      name: 'backprop_deliveries_failed_total',
      help: 'Replies that could not be delivered to the platform',
      labelNames: ['platform'],
      registers,
    }),
    restartingRefusals: new Counter({
      name: 'backprop_restarting_refusals_total',
      help: 'Commands answered "restarting, try again in a moment" while the process stopped',
      labelNames: ['platform'],
      registers,
    }),
  };
}
